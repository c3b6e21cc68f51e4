package com.example.csl.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a report from {@code week=YYYY-Www}, {@code quarter=YYYY-Qn} or {@code year=YYYY}
 * (one of them), as instants in the calendar's zone; a bad value is a 400 naming the parameter.
 */
public record ReportPeriod(String label, Instant from, Instant to) {

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  public static ReportPeriod of(String week, String quarter, String year, ZoneId zone) {
    LocalDate start;
    LocalDate end;
    String label;
    if (week != null) {
      Matcher m = WEEK.matcher(week);
      if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 53) {
        throw new FieldValidationException(Map.of("week", "格式须为 YYYY-Www，例如 2026-W48"));
      }
      start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(java.time.DayOfWeek.MONDAY);
      end = start.plusWeeks(1);
      label = week;
    } else if (quarter != null) {
      Matcher m = QUARTER.matcher(quarter);
      if (!m.matches()) {
        throw new FieldValidationException(Map.of("quarter", "格式须为 YYYY-Qn，例如 2026-Q4"));
      }
      start = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
      end = start.plusMonths(3);
      label = quarter;
    } else if (year != null) {
      if (!year.matches("\\d{4}")) {
        throw new FieldValidationException(Map.of("year", "格式须为 YYYY，例如 2026"));
      }
      start = Year.parse(year).atDay(1);
      end = start.plusYears(1);
      label = year;
    } else {
      throw new FieldValidationException(Map.of("week", "须给出 week、quarter 或 year 之一"));
    }
    return new ReportPeriod(label, start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
  }

  /**
   * The last whole period of a kind ({@code WEEKLY}, {@code QUARTERLY}, {@code YEARLY}) before the one holding
   * {@code day}: the report that is due when a period begins (R-AS-12) — on Monday the week before, on 1 January
   * the year before.
   */
  public static ReportPeriod before(String kind, LocalDate day, ZoneId zone) {
    switch (kind) {
      case "WEEKLY" -> {
        LocalDate monday = day.with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
        return of(String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
            null, null, zone);
      }
      case "QUARTERLY" -> {
        LocalDate start = LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1).minusMonths(3);
        return of(null, start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1), null, zone);
      }
      case "YEARLY" -> {
        return of(null, null, String.valueOf(day.getYear() - 1), zone);
      }
      default -> throw new IllegalArgumentException("not a report period: " + kind);
    }
  }
}
