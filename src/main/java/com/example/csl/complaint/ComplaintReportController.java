package com.example.csl.complaint;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.web.CurrentUser;
import com.example.csl.web.FieldValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-AS-12: {@code GET /api/reports/complaints?week=2026-W48} (or {@code quarter=2026-Q4},
 * {@code year=2026}): complaints registered in the period by category, handling department and
 * status, missed deadlines, and the average time to close. Aggregated in the database.
 */
@RestController
public class ComplaintReportController {

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private final ComplaintRepository complaints;
  private final CurrentUser currentUser;
  private final ComplaintAccess access;
  private final ZoneId zone;

  public ComplaintReportController(ComplaintRepository complaints, CurrentUser currentUser, ComplaintAccess access,
      WorkingDayCalendar calendar) {
    this.complaints = complaints;
    this.currentUser = currentUser;
    this.access = access;
    this.zone = calendar.getZone();
  }

  @GetMapping("/api/reports/complaints")
  @Transactional(readOnly = true)
  public Map<String, Object> report(@RequestParam(required = false) String week,
      @RequestParam(required = false) String quarter, @RequestParam(required = false) String year) {
    currentUser.requireAnyGroup(access.readers());
    LocalDate start;
    LocalDate end;
    String period;
    if (week != null) {
      Matcher m = WEEK.matcher(week);
      if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 53) {
        throw new FieldValidationException(Map.of("week", "格式须为 YYYY-Www，例如 2026-W48"));
      }
      start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(java.time.DayOfWeek.MONDAY);
      end = start.plusWeeks(1);
      period = week;
    } else if (quarter != null) {
      Matcher m = QUARTER.matcher(quarter);
      if (!m.matches()) {
        throw new FieldValidationException(Map.of("quarter", "格式须为 YYYY-Qn，例如 2026-Q4"));
      }
      start = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
      end = start.plusMonths(3);
      period = quarter;
    } else if (year != null) {
      if (!year.matches("\\d{4}")) {
        throw new FieldValidationException(Map.of("year", "格式须为 YYYY，例如 2026"));
      }
      start = Year.parse(year).atDay(1);
      end = start.plusYears(1);
      period = year;
    } else {
      throw new FieldValidationException(Map.of("week", "须给出 week、quarter 或 year 之一"));
    }
    Instant from = start.atStartOfDay(zone).toInstant();
    Instant to = end.atStartOfDay(zone).toInstant();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("period", period);
    body.put("from", from);
    body.put("to", to);
    body.put("registered", complaints.countRegistered(from, to));
    body.put("byCategory", counts(complaints.countByCategory(from, to)));
    body.put("byHandlerGroup", counts(complaints.countByHandlerGroup(from, to)));
    body.put("byStatus", counts(complaints.countByStatus(from, to)));
    body.put("missedDeadlines", counts(complaints.missedByDeadline(from, to)));
    List<Object[]> closed = complaints.closedBetween(from, to);
    body.put("closed", closed.size());
    body.put("averageHoursToClose", closed.isEmpty() ? null : Math.round(closed.stream()
        .mapToLong(row -> Duration.between((Instant) row[0], (Instant) row[1]).toMinutes()).average().orElse(0) / 6.0) / 10.0);
    return body;
  }

  private static Map<String, Long> counts(List<Object[]> rows) {
    Map<String, Long> counts = new TreeMap<>();
    rows.forEach(row -> counts.put(String.valueOf(row[0]), (Long) row[1]));
    return counts;
  }
}
