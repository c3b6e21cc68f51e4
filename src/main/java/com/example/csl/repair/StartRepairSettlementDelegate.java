package com.example.csl.repair;

import com.example.csl.common.SystemActions;
import com.example.csl.form.TrustedInput;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * 转入维修工程决算与结算 (R-AS-11, R-REP-8; issues 14 and 20): the repaired, signed-for and called-back order goes on
 * to its own settlement process ({@code repair-settlement}, business key the order number, with this case's data —
 * the approved band among them), and the repair's result goes back to the complaint now, so the complaint is
 * answered and archived without waiting for the contractor's payment.
 */
@Component("startRepairSettlementDelegate")
public class StartRepairSettlementDelegate implements JavaDelegate {

  private final RepairOrderService orderService;
  private final RuntimeService runtimeService;
  private final SystemActions system;

  public StartRepairSettlementDelegate(RepairOrderService orderService, @Lazy RuntimeService runtimeService, SystemActions system) {
    this.orderService = orderService;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairOrder order = orderService.get(execution);
    var variables = execution.getVariablesTyped();
    // started by the application for the case (no one's start permission; no form to check against)
    String settlement = system.call(() -> TrustedInput.call(() -> runtimeService.createProcessInstanceByKey("repair-settlement")
        .businessKey(order.getOrderNumber()).setVariables(variables).execute().getId()));
    execution.setVariable("settlementProcessInstanceId", settlement);
    execution.setVariable(RepairProcess.REPAIR_RESULT, String.format(
        "维修工单 %s：%s类，%s完工（%s），客户 %s 签认（%s），回访%s；决算与结算另行办理。", order.getOrderNumber(),
        order.getOrderType(), "CONTRACTOR".equals(order.getPerformer()) ? "施工单位" : "维修队", order.getWorkDescription(),
        order.getCustomerSignedBy(), order.getCustomerSignReference(),
        CloseRepairOrderDelegate.satisfaction(order.getCallbackSatisfaction())));
    execution.setVariable(RepairProcess.REPAIR_STATUS, order.getStatus().name());
    execution.setVariable("repairSatisfaction", order.getCallbackSatisfaction());
  }
}
