package com.example.csl.complaint;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.common.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 生成到期的投诉报表 (R-AS-12, S4 3.10): for each kind of report the model's input parameters say when its period
 * begins ({@code weeklyCron}, {@code quarterlyCron}, {@code yearlyCron}; empty = not made) and who receives it
 * ({@code weeklyRecipients} … as comma-separated group ids). When the current period has begun and the report of
 * the period before is not kept yet, it is made, kept and mailed — so a Monday spent down is made up on the next
 * daily run, and each report is made once. Sets {@code reportsMade} (e.g. {@code WEEKLY 2026-W48}).
 */
@Component("complaintReportDelegate")
public class ComplaintReportDelegate implements JavaDelegate {

  private final ComplaintReports reports;
  private final WorkingDayCalendar calendar;

  public ComplaintReportDelegate(ComplaintReports reports, WorkingDayCalendar calendar) {
    this.reports = reports;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(calendar.getZone());
    List<String> made = new ArrayList<>();
    for (ComplaintReport.Kind kind : List.of(ComplaintReport.Kind.WEEKLY, ComplaintReport.Kind.QUARTERLY, ComplaintReport.Kind.YEARLY)) {
      String prefix = kind.name().toLowerCase();
      Object cron = execution.getVariable(prefix + "Cron");
      if (cron == null || cron.toString().isBlank()) {
        continue;
      }
      ZonedDateTime start = Period.start(cron.toString(), now);
      if (start != null && reports.makeIfMissing(kind, start.toLocalDate(),
          new LinkedHashSet<>(com.example.csl.common.Vars.list(execution, prefix + "Recipients", "报表收件部门")))) {
        made.add(kind.name() + " " + com.example.csl.web.ReportPeriod.before(kind.name(), start.toLocalDate(), calendar.getZone()).label());
      }
    }
    execution.setVariable("reportsMade", String.join("、", made));
  }
}
