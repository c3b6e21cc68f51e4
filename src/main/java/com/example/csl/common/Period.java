package com.example.csl.common;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.support.CronExpression;

/**
 * Issue 17: work that must happen once per period (a survey round, the year's visit plan) is decided by
 * "is this period's record missing", not by today's date. The period is a cron expression in the model
 * (the owner edits it in Modeler, as for a timer); this finds the moment the current period began.
 */
public final class Period {

  private Period() {}

  /** Parses a cron expression of the model, or says which field is wrong. */
  public static CronExpression cron(String expression) {
    try {
      return CronExpression.parse(expression == null ? "" : expression.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("periodCron of the model is not a cron expression: " + expression, e);
    }
  }

  /** The latest time of {@code cron} at or before {@code now}, looked for within the last 25 months; null if none. */
  public static ZonedDateTime start(String cron, ZonedDateTime now) {
    CronExpression expression = cron(cron);
    ZonedDateTime latest = null;
    ZonedDateTime next = expression.next(now.minusMonths(25));
    while (next != null && !next.isAfter(now)) {
      latest = next;
      next = expression.next(next);
    }
    return latest;
  }

  /**
   * The step 本期…是否缺失 of a schedule pool: from the model's {@code periodCron}, the current period's start on
   * the engine clock in {@code zone}; sets {@code periodMissing} (a start exists and {@code recorded} says no
   * record of the period exists since it) and {@code periodStart}.
   */
  public static void decideMissing(DelegateExecution execution, ZoneId zone, Predicate<ZonedDateTime> recorded) {
    ZonedDateTime start = start((String) execution.getVariable("periodCron"), ClockUtil.getCurrentTime().toInstant().atZone(zone));
    execution.setVariable("periodMissing", start != null && !recorded.test(start));
    if (start != null) {
      execution.setVariable("periodStart", Date.from(start.toInstant()));
    }
  }
}
