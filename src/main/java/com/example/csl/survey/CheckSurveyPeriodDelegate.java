package com.example.csl.survey;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.common.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 本期调查是否缺失 (R-SAT-1, issue 17): the model's input parameters {@code periodCron} (when a period
 * begins) and {@code roundPeriod} (its name) say the period; the round is missing when no scheduled round of
 * that name started since the current period began — so a period's first day spent down is made up on the
 * next daily check, and only once.
 */
@Component("checkSurveyPeriodDelegate")
public class CheckSurveyPeriodDelegate implements JavaDelegate {

  private final SurveyRoundRepository rounds;
  private final WorkingDayCalendar calendar;

  public CheckSurveyPeriodDelegate(SurveyRoundRepository rounds, WorkingDayCalendar calendar) {
    this.rounds = rounds;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String period = String.valueOf(execution.getVariable("roundPeriod"));
    Period.decideMissing(execution, calendar.getZone(),
        start -> rounds.existsByPeriodAndStartedAtGreaterThanEqual(period, start.toInstant()));
  }

}
