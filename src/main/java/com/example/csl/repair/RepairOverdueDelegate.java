package com.example.csl.repair;

import com.example.csl.common.StepParameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 记录维修超期 (R-REP-1, R-REP-3, R-REP-4, R-REP-7): a deadline timer fired. Each milestone now past
 * its due time and not reached — survey, repair (by the repair team or, through engineering, the
 * contractor), callback — is recorded once; {@code overdueHandlerGroup} names who was late, for the
 * escalation table to find the supervisor, as for complaints (R-AS-6).
 */
@Component("repairOverdueDelegate")
public class RepairOverdueDelegate implements JavaDelegate {

  private final RepairOrderService orderService;
  private final RepairOverdueRepository overdues;

  public RepairOverdueDelegate(RepairOrderService orderService, RepairOverdueRepository overdues) {
    this.orderService = orderService;
    this.overdues = overdues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairOrder order = orderService.get(execution);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<String> missed = new ArrayList<>();
    String handler = null;
    if (late(order.getSurveyDue(), order.getSurveyedAt(), now)) {
      handler = record(order, "SURVEY", order.getSurveyDue(), StepParameter.of(execution, "surveyParty"), now, missed);
    }
    if (late(order.getRepairDue(), order.getCompletedAt(), now)) {
      // who answers for each late milestone is in the model (properties of 记录维修超期): the team's own
      // work, or the engineering department that supervises a contractor
      handler = record(order, "REPAIR", order.getRepairDue(), StepParameter.of(execution,
          "CONTRACTOR".equals(order.getPerformer()) ? "contractorRepairParty" : "repairTeamParty"), now, missed);
    }
    if (late(order.getCallbackDue(), order.getCalledBackAt(), now)) {
      handler = record(order, "CALLBACK", order.getCallbackDue(), StepParameter.of(execution, "callbackParty"), now, missed);
    }
    execution.setVariableLocal("escalated", !missed.isEmpty());
    if (handler != null) {
      execution.setVariableLocal("overdueHandlerGroup", handler);
    }
    execution.setVariableLocal("missedMilestones", String.join("；", missed));
  }

  private static boolean late(Instant due, Instant done, Instant now) {
    return due != null && !due.isAfter(now) && (done == null || done.isAfter(due));
  }

  private String record(RepairOrder order, String milestone, Instant due, String handler, Instant now, List<String> missed) {
    if (!overdues.existsByRepairOrderIdAndMilestoneAndDue(order.getId(), milestone, due)) {
      overdues.save(new RepairOverdue(order.getId(), milestone, due, handler, now));
      missed.add(switch (milestone) {
        case "SURVEY" -> "现场勘察（1个工作日）";
        case "REPAIR" -> "维修完工（" + ("CONTRACTOR".equals(order.getPerformer()) ? "施工单位" : "维修队") + "）";
        default -> "完工回访（1个工作日）";
      });
      return handler;
    }
    return null;
  }
}
