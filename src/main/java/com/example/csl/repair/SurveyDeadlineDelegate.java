package com.example.csl.repair;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 确定勘察期限 (R-REP-1): the joint site survey is due by the model's input parameter
 * {@code surveyDeadline} (1 working day) — from the opening and again after a rejection that asks
 * for a new survey, so a re-survey gets its own deadline and its own overdue check.
 */
@Component("surveyDeadlineDelegate")
public class SurveyDeadlineDelegate implements JavaDelegate {

  private final RepairOrderService orderService;

  public SurveyDeadlineDelegate(RepairOrderService orderService) {
    this.orderService = orderService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairOrder order = orderService.get(execution);
    Date due = (Date) execution.getVariable("surveyDeadline");
    order.setSurveyDue(due.toInstant());
    order.setSurveyedAt(null);
    order.setStatus(RepairStatus.SURVEY);
    execution.getProcessInstance().setVariable("surveyDue", due);
  }
}
