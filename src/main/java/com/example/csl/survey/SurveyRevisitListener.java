package com.example.csl.survey;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import com.example.csl.customer.CustomerRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 严重不满意顾客再回访 (R-SAT-7, S4 3.7.5.9): the cs-manager sees the customer's answer and records the
 * revisit and the follow-up of the problems the customer was dissatisfied with.
 */
@Component("surveyRevisitListener")
public class SurveyRevisitListener implements TaskListener {

  private final SurveyResponseRepository responses;
  private final CustomerRepository customers;
  private final Actor actor;

  public SurveyRevisitListener(SurveyResponseRepository responses, CustomerRepository customers, Actor actor) {
    this.responses = responses;
    this.customers = customers;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    SurveyResponse response = responses.findById(Vars.id(task, "responseId")).orElseThrow();
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariableLocal("revisitResult", null);
      task.setVariableLocal("customerName", customers.findById(response.getCustomerId()).orElseThrow().getName());
      task.setVariableLocal("surveyAnswer", String.format("总分 %s（%s级）；各项：%s；不满意原因：%s %s",
          response.getTotalScore(), response.getBand(), response.getItemScores(), response.getDissatisfactionReason(),
          response.getDissatisfactionDetail() == null ? "" : response.getDissatisfactionDetail()));
      return;
    }
    response.setRevisitResult(Vars.text(task, "revisitResult"));
    response.setRevisitedBy(actor.currentOr(task.getAssignee()));
    response.setRevisitedAt(ClockUtil.getCurrentTime().toInstant());
  }
}
