package com.example.csl.repair;

import com.example.csl.common.Actor;
import com.example.csl.form.CodeLabels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * 现场勘察会签确认 (R-REP-1, S4 3.4.5): each party of the joint site survey signs the survey record for itself; an
 * objection sends the survey back with its reason ({@code surveyDisputed}, {@code lastRejection}).
 */
@Component("surveyConfirmListener")
public class SurveyConfirmListener extends PartySignatureListener {

  public SurveyConfirmListener(RepairOrderService orderService, RepairDecisionRepository decisions, CodeLabels labels, Actor actor) {
    super(orderService, decisions, labels, actor, "SURVEY_CONFIRM", "surveyConfirmation", "surveyConfirmRemarks", "同意勘察结论",
        "会签表");
  }

  @Override
  void showRecord(DelegateTask task, RepairOrder order) {
    task.setVariableLocal("surveyAttendees", order.getSurveyAttendees());
    task.setVariableLocal("responsiblePartyLabel", labels.of("responsibleParty", order.getResponsibleParty()));
    task.setVariableLocal("orderTypeLabel", labels.of("orderType", order.getOrderType()));
  }

  @Override
  void disputed(DelegateTask task, RepairOrder order, String party, String remarks) {
    task.getExecution().setVariable("surveyDisputed", true);
    task.getExecution().setVariable("lastRejection", party + " 会签异议：" + remarks);
  }
}
