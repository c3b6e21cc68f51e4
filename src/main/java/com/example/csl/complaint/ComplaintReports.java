package com.example.csl.complaint;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.form.CodeLabels;
import com.example.csl.notification.NotificationService;
import com.example.csl.web.ReportPeriod;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-AS-12 (S4 3.10): the complaint report of a period — by category, handling department, status, missed
 * deadline, per service office (客户服务处) and department, the major complaints — made on demand, or made once
 * per period by the model's timer, kept and mailed to the groups the model names; and the special report
 * (专题报告) of a major complaint (S4 3.10.5–3.10.6).
 */
@Service
public class ComplaintReports {

  /** The office of a complaint whose customer has no region in the archive. */
  public static final String NO_OFFICE = "未指定服务处";
  static final Map<String, String> STATUS = Map.of("REGISTERED", "已登记", "UNFOUNDED", "不成立结案", "IN_HANDLING", "处理中",
      "CONFIRMED", "客户已确认", "CALLED_BACK", "已回访", "ARCHIVED", "已归档");
  static final Map<String, String> DEADLINE = Map.of("FIRST_RESPONSE", "首次响应", "INVESTIGATION", "开始调查", "REPLY", "答复客户",
      "FEEDBACK", "反馈处理情况", "RESOLUTION", "处理完毕");
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final ComplaintRepository complaints;
  private final ComplaintReportRepository reports;
  private final CustomerRepository customers;
  private final ComplaintEscalationRepository escalations;
  private final NotificationService notifications;
  private final CodeLabels labels;
  private final ZoneId zone;

  public ComplaintReports(ComplaintRepository complaints, ComplaintReportRepository reports, CustomerRepository customers,
      ComplaintEscalationRepository escalations, NotificationService notifications, CodeLabels labels,
      WorkingDayCalendar calendar) {
    this.complaints = complaints;
    this.reports = reports;
    this.customers = customers;
    this.escalations = escalations;
    this.notifications = notifications;
    this.labels = labels;
    this.zone = calendar.getZone();
  }

  /** The report of a period as it stands now, aggregated in the database. */
  @SuppressWarnings("unchecked")
  @Transactional(readOnly = true)
  public Map<String, Object> build(ReportPeriod period) {
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
    List<Object[]> closed = complaints.closedBetween(from, to);
    body.put("closed", closed.size());
    body.put("averageHoursToClose", closed.isEmpty() ? null : Math.round(closed.stream()
        .mapToLong(row -> Duration.between((Instant) row[0], (Instant) row[1]).toMinutes()).average().orElse(0) / 6.0) / 10.0);
    // S4 3.10.3–3.10.4: each service office reports its week, quarter and year; the department sums them up
    Map<String, Map<String, Object>> offices = new TreeMap<>();
    for (Object[] row : complaints.countByOfficeAndHandlerGroup(from, to)) {
      Map<String, Object> office = offices.computeIfAbsent(office(row[0]), k -> newOffice());
      office.put("registered", (Long) office.get("registered") + (Long) row[2]);
      ((Map<String, Long>) office.get("byHandlerGroup")).put(String.valueOf(row[1]), (Long) row[2]);
    }
    for (Object[] row : complaints.countClosedByOffice(from, to)) {
      offices.computeIfAbsent(office(row[0]), k -> newOffice()).put("closed", row[1]);
    }
    body.put("byServiceOffice", offices);
    List<Map<String, Object>> majors = new ArrayList<>();
    for (Complaint major : complaints.majorsRegistered(from, to)) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("complaintNumber", major.getComplaintNumber());
      line.put("customer", customers.findById(major.getCustomerId()).map(c -> c.getName()).orElse(""));
      line.put("category", major.getCategory() == null ? null : major.getCategory().name());
      line.put("handlerGroup", major.getHandlerGroup());
      line.put("serviceOffice", office(major.getServiceOffice()));
      line.put("status", major.getStatus().name());
      majors.add(line);
    }
    body.put("majorComplaints", majors);
    // the codes above as people read them (issue 18): categories as the forms word them, departments by name
    Map<String, String> names = new TreeMap<>();
    ((Map<String, Long>) body.get("byCategory")).keySet().forEach(code -> names.put(code, labels.of("category", code)));
    Set<String> groups = new LinkedHashSet<>(((Map<String, Long>) body.get("byHandlerGroup")).keySet());
    majors.forEach(line -> {
      if (line.get("handlerGroup") != null) {
        groups.add((String) line.get("handlerGroup"));
      }
      if (line.get("category") != null) {
        names.put((String) line.get("category"), labels.of("category", line.get("category")));
      }
    });
    groups.forEach(group -> names.put(group, labels.group(group)));
    ((Map<String, Long>) body.get("byStatus")).keySet().forEach(code -> names.put(code, STATUS.getOrDefault(code, code)));
    majors.forEach(line -> names.put((String) line.get("status"), STATUS.getOrDefault((String) line.get("status"), "")));
    ((Map<String, Long>) body.get("missedDeadlines")).keySet().forEach(code -> names.put(code, DEADLINE.getOrDefault(code, code)));
    body.put("labels", names);
    return body;
  }

  /**
   * Makes, keeps and mails the report of a kind for the period before the one holding {@code day}, unless it is
   * kept already; true when it was made now. Two nodes making it at once: the unique key keeps one, the other's
   * transaction fails and its job is retried (and then finds it).
   */
  @Transactional
  public boolean makeIfMissing(ComplaintReport.Kind kind, java.time.LocalDate day, Set<String> recipientGroups) {
    ReportPeriod period = ReportPeriod.before(kind.name(), day, zone);
    if (reports.existsByKindAndPeriodLabel(kind.name(), period.label())) {
      return false;
    }
    Map<String, Object> content = build(period);
    ComplaintReport report = reports.saveAndFlush(new ComplaintReport(kind, period.label(), period.from(), period.to(),
        json(content), "system", ClockUtil.getCurrentTime().toInstant()));
    mail(report, content, recipientGroups);
    return true;
  }

  /**
   * Keeps the special report of a major complaint (S4 3.10.5–3.10.6: the meeting's minutes and the report the
   * department gives the company) with the case's record, and mails it; a second one for the same complaint is
   * refused by the unique key.
   */
  @Transactional
  public ComplaintReport keepMajorReport(Complaint complaint, Map<String, Object> written, String by, Set<String> recipientGroups) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("complaintNumber", complaint.getComplaintNumber());
    content.put("customer", customers.findById(complaint.getCustomerId()).map(c -> c.getName()).orElse(""));
    content.put("serviceOffice", office(complaint.getServiceOffice()));
    content.put("category", complaint.getCategory() == null ? null : labels.of("category", complaint.getCategory().name()));
    content.put("handlerGroup", labels.group(complaint.getHandlerGroup()));
    content.put("registeredAt", complaint.getRegisteredAt());
    content.put("description", complaint.getDescription());
    content.put("majorMeasures", complaint.getMajorMeasures());
    content.put("handlingResult", complaint.getHandlingResult());
    content.put("confirmation", complaint.getConfirmation());
    content.put("callbackOpinion", complaint.getCallbackOpinion());
    content.put("archivedAt", complaint.getArchivedAt());
    content.put("missedDeadlines", escalations.findByComplaintIdOrderByIdAsc(complaint.getId()).stream()
        .map(e -> DEADLINE.getOrDefault(e.getDeadline().name(), e.getDeadline().name())).toList());
    content.putAll(written);
    content.put("writtenBy", by);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    ComplaintReport report = reports.saveAndFlush(new ComplaintReport(ComplaintReport.Kind.MAJOR,
        complaint.getComplaintNumber(), complaint.getRegisteredAt(), now, json(content), by, now));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("reportName", ComplaintReport.Kind.MAJOR.label());
    model.put("complaintNumber", complaint.getComplaintNumber());
    model.put("customerName", content.get("customer"));
    model.put("meetingMinutes", written.getOrDefault("meetingMinutes", ""));
    model.put("causeAnalysis", written.getOrDefault("causeAnalysis", ""));
    model.put("lessons", written.getOrDefault("lessons", ""));
    model.put("reportId", report.getId());
    notifications.toUsers(notifications.usersOf(recipientGroups, Set.of()), "complaint-report:MAJOR:" + complaint.getComplaintNumber(),
        "complaint-major-report", model, complaint.getComplaintNumber());
    return report;
  }

  @SuppressWarnings("unchecked")
  private void mail(ComplaintReport report, Map<String, Object> content, Set<String> recipientGroups) {
    Map<String, String> names = (Map<String, String>) content.get("labels");
    DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(zone);
    StringBuilder offices = new StringBuilder();
    ((Map<String, Map<String, Object>>) content.get("byServiceOffice")).forEach((office, figures) -> {
      offices.append("  ").append(office).append("：登记 ").append(figures.get("registered")).append(" 宗，已结案 ")
          .append(figures.get("closed")).append(" 宗（");
      List<String> departments = new ArrayList<>();
      ((Map<String, Long>) figures.get("byHandlerGroup")).forEach((group, count) ->
          departments.add(names.getOrDefault(group, group) + " " + count));
      offices.append(String.join("、", departments)).append("）\n");
    });
    StringBuilder departments = new StringBuilder();
    ((Map<String, Long>) content.get("byHandlerGroup")).forEach((group, count) ->
        departments.append("  ").append(names.getOrDefault(group, group)).append("：").append(count).append(" 宗\n"));
    StringBuilder missed = new StringBuilder();
    ((Map<String, Long>) content.get("missedDeadlines")).forEach((deadline, count) ->
        missed.append("  ").append(names.getOrDefault(deadline, deadline)).append("：").append(count).append(" 次\n"));
    StringBuilder majors = new StringBuilder();
    ((List<Map<String, Object>>) content.get("majorComplaints")).forEach(line -> majors.append("  ")
        .append(line.get("complaintNumber")).append(" ").append(line.get("customer")).append("（")
        .append(names.getOrDefault((String) line.get("status"), "")).append("）\n"));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("reportName", report.getKind().label());
    model.put("period", report.getPeriodLabel());
    model.put("fromDay", day.format(report.getPeriodFrom()));
    model.put("toDay", day.format(report.getPeriodTo().minusSeconds(1)));
    model.put("registered", content.get("registered"));
    model.put("closed", content.get("closed"));
    model.put("byOffice", offices.length() == 0 ? "  无\n" : offices.toString());
    model.put("byDepartment", departments.length() == 0 ? "  无\n" : departments.toString());
    model.put("missed", missed.length() == 0 ? "  无\n" : missed.toString());
    model.put("majors", majors.length() == 0 ? "  无\n" : majors.toString());
    model.put("reportId", report.getId());
    notifications.toUsers(notifications.usersOf(recipientGroups, Set.of()),
        "complaint-report:" + report.getKind().name() + ":" + report.getPeriodLabel(), "complaint-report", model,
        report.getKind().label() + " " + report.getPeriodLabel());
  }

  /** The kept report with its content as data. */
  public Map<String, Object> view(ComplaintReport report, boolean withContent) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", report.getId());
    view.put("kind", report.getKind().name());
    view.put("kindLabel", report.getKind().label());
    view.put("period", report.getPeriodLabel());
    view.put("from", report.getPeriodFrom());
    view.put("to", report.getPeriodTo());
    view.put("generatedBy", report.getGeneratedBy());
    view.put("generatedAt", report.getGeneratedAt());
    if (withContent) {
      try {
        view.put("content", JSON.readValue(report.getContent(), Map.class));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("kept report " + report.getId() + " is not JSON", e);
      }
    }
    return view;
  }

  private static String office(Object office) {
    return office == null || office.toString().isBlank() ? NO_OFFICE : office.toString();
  }

  private static Map<String, Object> newOffice() {
    Map<String, Object> office = new LinkedHashMap<>();
    office.put("registered", 0L);
    office.put("closed", 0L);
    office.put("byHandlerGroup", new TreeMap<String, Long>());
    return office;
  }

  private static Map<String, Long> counts(List<Object[]> rows) {
    Map<String, Long> counts = new TreeMap<>();
    rows.forEach(row -> counts.put(String.valueOf(row[0]), (Long) row[1]));
    return counts;
  }

  private static String json(Map<String, Object> content) {
    try {
      return JSON.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
