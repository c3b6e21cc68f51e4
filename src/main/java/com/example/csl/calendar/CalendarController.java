package com.example.csl.calendar;

import com.example.csl.web.FieldValidationException;
import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** R-CAL-1: {@code GET /api/calendar/due?from=2026-12-31T17:00:00+08:00&workingDays=1}. */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  /** Refuses absurd requests; a year of working days is far beyond any deadline in the regulation. */
  private static final int MAX_WORKING_DAYS = 366;

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final WorkingDayCalendar calendar;

  public CalendarController(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping("/due")
  public Map<String, Object> due(@RequestParam("from") String from, @RequestParam("workingDays") String workingDays) {
    Map<String, String> errors = new LinkedHashMap<>();
    ZonedDateTime start = null;
    try {
      start = calendar.parse(from);
    } catch (DateTimeException e) {
      errors.put("from", "不是ISO-8601日期时间，例如 2026-12-31T17:00:00+08:00 (not an ISO-8601 date-time)");
    }
    int days = -1;
    try {
      days = Integer.parseInt(workingDays.trim());
      if (days < 0 || days > MAX_WORKING_DAYS) {
        errors.put("workingDays", "必须在 0 到 " + MAX_WORKING_DAYS + " 之间 (must be 0.." + MAX_WORKING_DAYS + ")");
      }
    } catch (NumberFormatException e) {
      errors.put("workingDays", "必须是整数 (must be a whole number)");
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    ZonedDateTime due = calendar.deadline(start, days);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", ISO.format(start.withZoneSameInstant(calendar.getZone())));
    body.put("workingDays", days);
    body.put("due", ISO.format(due));
    body.put("zone", calendar.getZone().getId());
    return body;
  }
}
