package com.example.csl.complaint;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.web.CurrentUser;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-AS-12: {@code GET /api/reports/complaints?week=2026-W48} (or {@code quarter=2026-Q4},
 * {@code year=2026}): complaints registered in the period by category, handling department,
 * status and service office, missed deadlines, major complaints and the average time to close, as it stands
 * now ({@link ComplaintReports}); the reports the model's timer made and kept under {@code /kept}.
 */
@RestController
public class ComplaintReportController {


  private final ComplaintReports reports;
  private final ComplaintReportRepository kept;
  private final ComplaintNumbers numbers;
  private final CurrentUser currentUser;
  private final ComplaintAccess access;
  private final ZoneId zone;

  public ComplaintReportController(ComplaintReports reports, ComplaintReportRepository kept, ComplaintNumbers numbers,
      CurrentUser currentUser, ComplaintAccess access, WorkingDayCalendar calendar) {
    this.reports = reports;
    this.kept = kept;
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

  @GetMapping("/api/reports/complaints")
  @Transactional(readOnly = true)
  public Map<String, Object> report(@RequestParam(required = false) String week,
      @RequestParam(required = false) String quarter, @RequestParam(required = false) String year) {
    currentUser.requireAnyGroup(access.readers());
    return reports.build(com.example.csl.web.ReportPeriod.of(week, quarter, year, zone));
  }

  /**
   * R-AS-12: the kept reports, newest first — the weekly, quarterly and yearly ones the model's timer made and the
   * special reports of major complaints; {@code kind} narrows to one kind.
   */
  @GetMapping("/api/reports/complaints/kept")
  @Transactional(readOnly = true)
  public List<Map<String, Object>> kept(@RequestParam(required = false) String kind) {
    currentUser.requireAnyGroup(access.readers());
    List<ComplaintReport> found;
    if (kind == null || kind.isBlank()) {
      found = kept.findAllByOrderByGeneratedAtDescIdDesc();
    } else {
      if (java.util.Arrays.stream(ComplaintReport.Kind.values()).noneMatch(k -> k.name().equals(kind))) {
        throw new com.example.csl.web.FieldValidationException(Map.of("kind", "报表种类须为 WEEKLY（周报）、QUARTERLY（季度）、"
            + "YEARLY（年度）或 MAJOR（重大投诉专题报告）"));
      }
      found = kept.findByKindOrderByPeriodFromDescIdDesc(kind);
    }
    return found.stream().map(report -> reports.view(report, false)).toList();
  }

  /** One kept report with its content as it was made. */
  @GetMapping("/api/reports/complaints/kept/{id}")
  @Transactional(readOnly = true)
  public Map<String, Object> keptOne(@org.springframework.web.bind.annotation.PathVariable long id) {
    currentUser.requireAnyGroup(access.readers());
    return reports.view(kept.findById(id).orElseThrow(() -> new com.example.csl.web.NotFoundException("报表不存在: " + id)), true);
  }
}
