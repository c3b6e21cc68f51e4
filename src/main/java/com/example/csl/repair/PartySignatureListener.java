package com.example.csl.repair;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.form.CodeLabels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A party's own signature on a joint record of a repair (R-REP-1 the site survey, R-REP-6 the completion check;
 * issue 20.3): one of the parallel tasks over the groups the model names ({@code confirmGroup}); the contractor's
 * signature is recorded by the model's recording group ({@code contractorRecorderGroup}). Each task starts empty,
 * an objection needs its reason, every signature is kept as a repair decision of the step's stage, and an objection
 * is handed to {@link #disputed}.
 */
abstract class PartySignatureListener implements TaskListener {

  private final RepairOrderService orderService;
  private final RepairDecisionRepository decisions;
  protected final CodeLabels labels;
  private final Actor actor;
  private final String stage;
  private final String decisionField;
  private final String remarksField;
  private final String agreeLabel;
  private final String recordName;

  PartySignatureListener(RepairOrderService orderService, RepairDecisionRepository decisions, CodeLabels labels, Actor actor,
      String stage, String decisionField, String remarksField, String agreeLabel, String recordName) {
    this.orderService = orderService;
    this.decisions = decisions;
    this.labels = labels;
    this.actor = actor;
    this.stage = stage;
    this.decisionField = decisionField;
    this.remarksField = remarksField;
    this.agreeLabel = agreeLabel;
    this.recordName = recordName;
  }

  /** Context of the record for the signer's form (task-local). */
  abstract void showRecord(DelegateTask task, RepairOrder order);

  /** What an objection does to the case. */
  abstract void disputed(DelegateTask task, RepairOrder order, String party, String remarks);

  @Override
  public void notify(DelegateTask task) {
    RepairOrder order = orderService.get(task);
    String group = Vars.text(task, "confirmGroup");
    boolean forContractor = group != null && group.equals(Vars.text(task, "contractorRecorderGroup"));
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariableLocal(decisionField, null);
      task.getExecution().setVariableLocal(remarksField, null);
      task.setVariableLocal("confirmPartyName", forContractor ? "施工单位（由" + labels.group(group) + "照" + recordName + "代为记录）"
          : labels.group(group));
      showRecord(task, order);
      return;
    }
    String decision = Vars.requiredText(task, decisionField, "本方会签意见");
    if (!"AGREE".equals(decision) && !"DISAGREE".equals(decision)) {
      throw new BusinessRuleViolation(decisionField, "会签意见须为“" + agreeLabel + "”或“有异议”");
    }
    String remarks = Vars.limited(task, remarksField, "异议与理由", 1000, "DISAGREE".equals(decision));
    decisions.save(new RepairDecision(order.getId(), stage, forContractor ? "contractor" : group, order.getEstimatedCost(),
        decision, remarks, actor.currentOr(task.getAssignee()), ClockUtil.getCurrentTime().toInstant()));
    if ("DISAGREE".equals(decision)) {
      disputed(task, order, forContractor ? "施工单位" : labels.group(group), remarks);
    }
  }
}
