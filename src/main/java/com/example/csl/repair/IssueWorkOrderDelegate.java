package com.example.csl.repair;

import com.example.csl.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 开具工程派工单 (R-REP-2, R-REP-3): the approved order goes to the repair team with its deadline,
 * {@code repairDays} working days from now (the model's input parameter: 3 single-trade, 7
 * multi-trade).
 */
@Component("issueWorkOrderDelegate")
public class IssueWorkOrderDelegate implements JavaDelegate {

  private final RepairOrderService orderService;
  private final WorkingDayCalendar workingDays;
  private final DateTimeFormatter format;

  public IssueWorkOrderDelegate(RepairOrderService orderService, WorkingDayCalendar workingDays) {
    this.orderService = orderService;
    this.workingDays = workingDays;
    this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(workingDays.getZone());
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairOrder order = orderService.get(execution);
    int days = Integer.parseInt(execution.getVariable("repairDays").toString());
    Instant due = workingDays.after(ClockUtil.getCurrentTime(), days).toInstant();
    order.setRepairDue(due);
    order.setPerformer("REPAIR_TEAM");
    order.setStatus(RepairStatus.REPAIRING);
    execution.setVariable("repairDue", Date.from(due));
    execution.setVariable("workOrder", String.format("工程派工单 %s：%s类（%s）；%s；预估费用 %s 元；完工期限 %s（%d个工作日）；%s",
        order.getOrderNumber(), order.getOrderType(), "A".equals(order.getOrderType()) ? "保修任务" : "保修期外公司承担",
        "MULTI".equals(order.getTrades()) ? "多工种" : "单工种", order.getEstimatedCost().toPlainString(),
        format.format(due), days, order.getSurveyFindings()));
  }
}
