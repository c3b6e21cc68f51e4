package com.example.csl.calendar;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.identity.StaffGroup;
import com.example.csl.web.CurrentUser;
import com.example.csl.web.NotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-CAL-2: the working calendar as data. {@code GET /api/calendar/years} lists the declared years and
 * coverage; {@code GET /api/calendar/years/{year}} a year's days and change history;
 * {@code POST /api/calendar/years/{year}} (process owner) submits a year's notice for verification —
 * the same process and checks as the Tasklist start form; {@code GET /api/calendar/working-calendar.ics}
 * is the read-only iCalendar feed for calendar clients.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarYearController {

  private final WorkingDayCalendar calendar;
  private final CalendarStore store;
  private final CalendarCoverage coverage;
  private final CurrentUser currentUser;
  private final FormService formService;
  private final RepositoryService repositoryService;

  public CalendarYearController(WorkingDayCalendar calendar, CalendarStore store, CalendarCoverage coverage,
      CurrentUser currentUser, FormService formService, RepositoryService repositoryService) {
    this.calendar = calendar;
    this.store = store;
    this.coverage = coverage;
    this.currentUser = currentUser;
    this.formService = formService;
    this.repositoryService = repositoryService;
  }

  @GetMapping("/years")
  public Map<String, Object> years() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("years", store.years());
    coverage.missingYear().ifPresent(y -> body.put("missingYear", y));
    body.put("revision", calendar.data().revision());
    return body;
  }

  @GetMapping("/years/{year}")
  public Map<String, Object> year(@PathVariable String year) {
    int y = yearOf(year);
    CalendarData data = calendar.data();
    if (!data.isDeclared(y) && data.holidaysOf(y).isEmpty() && data.workdaysOf(y).isEmpty()) {
      throw new NotFoundException(y + " 年的节假日安排尚未录入");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", y);
    body.put("declared", data.isDeclared(y));
    body.put("noticeTitle", data.declaredYears() == null ? null : data.declaredYears().get(y));
    body.put("holidays", data.holidaysOf(y).stream().map(LocalDate::toString).toList());
    body.put("extraWorkingDays", data.workdaysOf(y).stream().map(LocalDate::toString).toList());
    body.put("changes", store.changes(y));
    return body;
  }

  /** The notice as JSON; unknown properties are refused by the strict JSON reader. */
  public record YearRequest(String noticeTitle, List<String> holidays, List<String> extraWorkingDays) {}

  /** 202: the notice waits for 行政事务部's verification (process calendar-year); 400 per bad field; 403 not process owner. */
  @PostMapping("/years/{year}")
  public ResponseEntity<Map<String, Object>> submit(@PathVariable String year, @RequestBody YearRequest request) {
    currentUser.requireAnyGroup(StaffGroup.PROCESS_OWNER.id());
    int y = yearOf(year);
    String holidays = request.holidays() == null ? "" : String.join("\n", request.holidays());
    String workdays = request.extraWorkingDays() == null ? "" : String.join("\n", request.extraWorkingDays());
    YearNotice.parse(y, request.noticeTitle(), holidays, workdays); // the same rules as the form, before anything starts
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(CalendarYearSteps.PROCESS)
        .latestVersion().singleResult().getId();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(YearNotice.YEAR, (long) y);
    variables.put(YearNotice.TITLE, request.noticeTitle());
    variables.put(YearNotice.HOLIDAYS, holidays);
    variables.put(YearNotice.WORKDAYS, workdays);
    ProcessInstance instance = formService.submitStartForm(definitionId, "calendar-" + y, variables);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", y);
    body.put("processInstanceId", instance.getId());
    body.put("status", "待行政事务部核对");
    return ResponseEntity.accepted().location(URI.create("/api/calendar/years/" + y)).body(body);
  }

  /** The read-only iCalendar feed: every holiday and make-up working day the calendar knows. */
  @GetMapping(value = "/working-calendar.ics", produces = "text/calendar;charset=UTF-8")
  public ResponseEntity<String> ics() throws IOException {
    CalendarData data = calendar.data();
    Calendar ics = new Calendar();
    ics.add(new ProdId("-//Customer Service Lifecycle//Working Calendar//ZH"));
    ics.add(ImmutableVersion.VERSION_2_0);
    ics.add(ImmutableCalScale.GREGORIAN);
    ics.add(new XProperty("X-WR-CALNAME", "工作日历（节假日与调休）"));
    ics.add(new XProperty("X-WR-TIMEZONE", calendar.getZone().getId()));
    for (LocalDate day : data.holidays()) {
      ics.add(event(data, day, "放假", "holiday"));
    }
    for (LocalDate day : data.workdays()) {
      ics.add(event(data, day, "调休上班", "workday"));
    }
    StringWriter out = new StringWriter();
    new CalendarOutputter(false).output(ics, out);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(out.toString());
  }

  private static VEvent event(CalendarData data, LocalDate day, String summary, String kind) {
    VEvent event = new VEvent(day, summary);
    event.add(new Uid(kind + "-" + day + "@csl.example.com"));
    String notice = data.declaredYears() == null ? null : data.declaredYears().get(day.getYear());
    event.add(new Description(notice != null ? "依据：" + notice : day.getYear() + " 年的节假日安排尚未录入（已知的法定节日）"));
    return event;
  }

  private static int yearOf(String text) {
    if (text == null || !text.matches("\\d{4}") || Integer.parseInt(text) < 2000 || Integer.parseInt(text) > 2100) {
      throw new BusinessRuleViolation(YearNotice.YEAR, "年度应为 2000 到 2100 之间的四位数字");
    }
    return Integer.parseInt(text);
  }
}
