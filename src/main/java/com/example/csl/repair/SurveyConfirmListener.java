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
 * 现场勘察会签确认 (R-REP-1, S4 3.4.5): each party of the joint site survey signs the survey record for itself — in
 * parallel tasks for the groups the model names; the contractor's signature is recorded by customer service. A
 * party's objection is kept with its reason and sends the survey back ({@code surveyDisputed}, {@code lastRejection}).
 */
@Component("surveyConfirmListener")
public class SurveyConfirmListener implements TaskListener {

  static final String[] FIELDS = {"surveyConfirmation", "surveyConfirmRemarks"};

  private final RepairOrderService orderService;
  private final RepairDecisionRepository decisions;
  private final CodeLabels labels;
  private final Actor actor;

  public SurveyConfirmListener(RepairOrderService orderService, RepairDecisionRepository decisions, CodeLabels labels, Actor actor) {
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
      task.setVariableLocal("confirmPartyName", forContractor ? "施工单位（由" + labels.group(group) + "照会签表代为记录）"
          : labels.group(group));
      task.setVariableLocal("surveyAttendees", order.getSurveyAttendees());
      task.setVariableLocal("responsiblePartyLabel", labels.of("responsibleParty", order.getResponsibleParty()));
      task.setVariableLocal("orderTypeLabel", labels.of("orderType", order.getOrderType()));
      return;
    }
    String decision = Vars.requiredText(task, "surveyConfirmation", "本方会签意见");
    if (!"AGREE".equals(decision) && !"DISAGREE".equals(decision)) {
      throw new BusinessRuleViolation("surveyConfirmation", "会签意见须为“同意勘察结论”或“有异议”");
    }
    String remarks = Vars.limited(task, "surveyConfirmRemarks", "异议与理由", 1000, "DISAGREE".equals(decision));
    String party = forContractor ? "contractor" : group;
    decisions.save(new RepairDecision(order.getId(), "SURVEY_CONFIRM", party, order.getEstimatedCost(), decision, remarks,
        actor.currentOr(task.getAssignee()), ClockUtil.getCurrentTime().toInstant()));
    if ("DISAGREE".equals(decision)) {
      task.getExecution().setVariable("surveyDisputed", true);
      task.getExecution().setVariable("lastRejection", (forContractor ? "施工单位" : labels.group(group)) + " 会签异议：" + remarks);
    }
  }
}
