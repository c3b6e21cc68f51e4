package com.example.csl.survey;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.common.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 本年度抽查是否缺失 (R-SAT-9, S4 3.7.5.8; issue 17's pattern): the year's spot check is missing when no check was
 * opened for the period that began at the model's {@code periodCron} — a due day spent down is made up the next day.
 */
@Component("checkSpotCheckYearDelegate")
public class CheckSpotCheckYearDelegate implements JavaDelegate {

  private final SurveySpotCheckRepository checks;
  private final WorkingDayCalendar calendar;

  public CheckSpotCheckYearDelegate(SurveySpotCheckRepository checks, WorkingDayCalendar calendar) {
    this.checks = checks;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Period.decideMissing(execution, calendar.getZone(), start -> checks.existsByPeriodStartGreaterThanEqual(start.toInstant()));
  }
}
