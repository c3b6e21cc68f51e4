package com.example.csl.complaint;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.web.CurrentUser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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


  private final ComplaintRepository complaints;
  private final ComplaintNumbers numbers;
  private final CurrentUser currentUser;
  private final ComplaintAccess access;
  private final ZoneId zone;
  private final com.example.csl.form.CodeLabels labels;

  public ComplaintReportController(ComplaintRepository complaints, ComplaintNumbers numbers, CurrentUser currentUser,
      ComplaintAccess access, WorkingDayCalendar calendar, com.example.csl.form.CodeLabels labels) {
    this.labels = labels;
    this.complaints = complaints;
    this.numbers = numbers;
    this.currentUser = currentUser;
    this.access = access;
    this.zone = calendar.getZone();
  }

  /**
   * R-AS-1: the numbers a day handed out and any that no stored complaint carries (a registration that
   * failed after taking its number), so an auditor sees every gap in the 统一编号 explained.
   */
  @GetMapping("/api/reports/complaint-numbers")
  @Transactional(readOnly = true)
  public Map<String, Object> numbers(@RequestParam java.time.LocalDate day) {
    currentUser.requireAnyGroup(access.readers());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("day", day);
    body.put("issued", numbers.issued(day));
    body.put("unused", numbers.unused(day));
    return body;
  }

  @SuppressWarnings("unchecked")
  @GetMapping("/api/reports/complaints")
  @Transactional(readOnly = true)
  public Map<String, Object> report(@RequestParam(required = false) String week,
      @RequestParam(required = false) String quarter, @RequestParam(required = false) String year) {
    currentUser.requireAnyGroup(access.readers());
    com.example.csl.web.ReportPeriod period = com.example.csl.web.ReportPeriod.of(week, quarter, year, zone);
    Instant from = period.from();
    Instant to = period.to();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("period", period.label());
    body.put("from", from);
    body.put("to", to);
    body.put("registered", complaints.countRegistered(from, to));
    body.put("byCategory", counts(complaints.countByCategory(from, to)));
    body.put("byHandlerGroup", counts(complaints.countByHandlerGroup(from, to)));
    body.put("byStatus", counts(complaints.countByStatus(from, to)));
    body.put("missedDeadlines", counts(complaints.missedByDeadline(from, to)));
    // the codes above as people read them (issue 18): categories as the forms word them, departments by name
    Map<String, String> names = new TreeMap<>();
    ((Map<String, Long>) body.get("byCategory")).keySet().forEach(code -> names.put(code, labels.of("category", code)));
    ((Map<String, Long>) body.get("byHandlerGroup")).keySet().forEach(group -> names.put(group, labels.group(group)));
    body.put("labels", names);
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
