package com.example.csl.repair;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.form.CodeLabels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 竣工检查会签确认 (R-REP-6, S4 3.5.3): the parties of the completion check sign it themselves, in parallel — the
 * repair lead, and for a repair the contractor did, customer service recording the contractor's signature. An
 * objection (with its reason) counts as a failed check: back to rework ({@code completionDisputed}).
 */
@Component("completionConfirmListener")
public class CompletionConfirmListener implements TaskListener {

  static final String[] FIELDS = {"completionConfirmation", "completionConfirmRemarks"};

  private final RepairOrderService orderService;
  private final RepairDecisionRepository decisions;
  private final CodeLabels labels;
  private final Actor actor;

  public CompletionConfirmListener(RepairOrderService orderService, RepairDecisionRepository decisions, CodeLabels labels, Actor actor) {
    this.orderService = orderService;
    this.decisions = decisions;
    this.labels = labels;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    RepairOrder order = orderService.get(task);
    String group = Vars.text(task, "confirmGroup");
    boolean forContractor = group != null && group.equals(Vars.text(task, "contractorRecorderGroup"));
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      for (String field : FIELDS) {
        task.getExecution().setVariableLocal(field, null);
      }
      task.setVariableLocal("confirmPartyName", forContractor ? "施工单位（由" + labels.group(group) + "照检查记录代为记录）"
          : labels.group(group));
      task.setVariableLocal("checkResultLabel", Boolean.TRUE.equals(task.getVariable("checkPassed")) ? "合格" : "不合格，返工");
      return;
    }
    String decision = Vars.requiredText(task, "completionConfirmation", "本方会签意见");
    if (!"AGREE".equals(decision) && !"DISAGREE".equals(decision)) {
      throw new BusinessRuleViolation("completionConfirmation", "会签意见须为“同意检查结论”或“有异议”");
    }
    String remarks = Vars.limited(task, "completionConfirmRemarks", "异议与理由", 1000, "DISAGREE".equals(decision));
    decisions.save(new RepairDecision(order.getId(), "COMPLETION_CONFIRM", forContractor ? "contractor" : group,
        order.getEstimatedCost(), decision, remarks, actor.currentOr(task.getAssignee()), ClockUtil.getCurrentTime().toInstant()));
    if ("DISAGREE".equals(decision)) {
      // as a failed check: rework by the repair team, the completion undone
      order.setPerformer("REPAIR_TEAM");
      order.setStatus(RepairStatus.REPAIRING);
      order.setCompletedAt(null);
      task.getExecution().setVariable("completionDisputed", true);
      task.getExecution().setVariable("lastCheckRemarks", (forContractor ? "施工单位" : labels.group(group)) + " 会签异议：" + remarks);
    }
  }
}
