package com.example.csl.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 维修工单结案 (R-REP-1, R-REP-9): closes the order — paid, or found not the company's responsibility
 * at the survey — and leaves {@code repairResult} and {@code repairStatus} for the calling complaint.
 */
@Component("closeRepairOrderDelegate")
public class CloseRepairOrderDelegate implements JavaDelegate {

  private final RepairOrderService orderService;

  public CloseRepairOrderDelegate(RepairOrderService orderService) {
    this.orderService = orderService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairOrder order = orderService.get(execution);
    order.setClosedAt(ClockUtil.getCurrentTime().toInstant());
    String result;
    if (order.getStatus() == RepairStatus.NOT_COMPANY_RESPONSIBILITY) {
      result = "维修工单 " + order.getOrderNumber() + "：现场勘察认定非公司责任（" + order.getSurveyAttendees() + "会签）："
          + order.getSurveyFindings();
    } else {
      order.setStatus(RepairStatus.CLOSED);
      result = String.format("维修工单 %s：%s类，%s完工（%s），客户 %s 签认（%s），回访%s；结算 %s 元。",
          order.getOrderNumber(), order.getOrderType(), "CONTRACTOR".equals(order.getPerformer()) ? "施工单位" : "维修队",
          order.getWorkDescription(), order.getCustomerSignedBy(), order.getCustomerSignReference(),
          satisfaction(order.getCallbackSatisfaction()), order.getSettledCost().toPlainString());
    }
    execution.setVariable(RepairProcess.REPAIR_RESULT, result);
    execution.setVariable(RepairProcess.REPAIR_STATUS, order.getStatus().name());
    execution.setVariable("repairSatisfaction", order.getCallbackSatisfaction());
  }

  static String satisfaction(String value) {
    return switch (value == null ? "" : value) {
      case "SATISFIED" -> "满意";
      case "BASICALLY_SATISFIED" -> "基本满意";
      case "DISSATISFIED" -> "不满意";
      default -> "未回访";
    };
  }
}
