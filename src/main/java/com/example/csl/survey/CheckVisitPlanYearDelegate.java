package com.example.csl.survey;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.common.Period;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 本年度走访计划是否缺失 (R-SAT-8, issue 17): the year's plan is missing when, since the current period began
 * ({@code periodCron} of the model, every 5 January), no visit-plan case was started (by the schedule or by
 * hand) and no plan for that year exists — a 5 January spent down is made up on the next daily check, once.
 */
@Component("checkVisitPlanYearDelegate")
public class CheckVisitPlanYearDelegate implements JavaDelegate {

  private final VisitPlanRepository plans;
  private final HistoryService historyService;
  private final WorkingDayCalendar calendar;

  public CheckVisitPlanYearDelegate(VisitPlanRepository plans, HistoryService historyService, WorkingDayCalendar calendar) {
    this.plans = plans;
    this.historyService = historyService;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Period.decideMissing(execution, calendar.getZone(), start -> plans.existsByPlanYear(start.getYear())
        || historyService.createHistoricProcessInstanceQuery().processDefinitionKey("customer-visit-plan")
            .startedAfter(Date.from(start.toInstant().minusMillis(1))).count() > 0);
  }

}
