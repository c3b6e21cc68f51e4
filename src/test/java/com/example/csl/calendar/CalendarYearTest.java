package com.example.csl.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.Intention;
import com.example.csl.support.AsUser;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** R-CAL-2: the calendar is data the process owner keeps; coverage is watched; open deadlines follow a change. */
@CslSpringTest
class CalendarYearTest {

  /** A fictitious 2027 notice: the Spring Festival holiday Fri 5 – Fri 12 February, Saturday 20 February worked. */
  static final String NOTICE = "国务院办公厅关于2027年部分节假日安排的通知（测试）";
  static final List<String> HOLIDAYS = List.of("2027-01-01", "2027-02-05至2027-02-12");
  static final List<String> WORKDAYS = List.of("2027-02-20");

  @LocalServerPort int port;
  @Autowired WorkingDayCalendar calendar;
  @Autowired CalendarSync sync;
  @Autowired CalendarStore store;
  @Autowired CalendarCoverage coverage;
  @Autowired CalendarProperties properties;
  @Autowired DeadlineFollower follower;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void restore() {
    ClockUtil.reset();
    // the other tests of this JVM share the database: put back the shipped calendar (2027 undeclared)
    runtimeService.createProcessInstanceQuery().processDefinitionKey(CalendarYearSteps.PROCESS).list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test clean-up"));
    new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      jdbc.update("DELETE FROM csl_calendar_day WHERE cal_year = 2027");
      jdbc.update("DELETE FROM csl_calendar_year WHERE cal_year = 2027");
      jdbc.update("DELETE FROM csl_calendar_request");
      jdbc.update("INSERT INTO csl_calendar_day (day_date, cal_year, kind) VALUES (DATE '2027-01-01', 2027, 'HOLIDAY')");
      jdbc.update("UPDATE csl_calendar_revision SET revision = revision + 1 WHERE id = 1");
    });
    sync.refresh();
    identityService.deleteUser("calboth");
  }

  static Instant at(String iso) {
    return ZonedDateTime.parse(iso).toInstant();
  }

  private JsonNode registerComplaint() {
    Customer c = new Customer();
    c.setName("日历测试客户-" + System.nanoTime());
    c.setContactPerson("钱先生");
    c.setPhone("1390000" + String.format("%04d", (int) (Math.random() * 10000)));
    c.setIntention(Intention.STRONG);
    c.setChannel("API");
    c.setRegisteredAt(Instant.now());
    Customer customer = customers.save(c);
    Map<String, Object> body = new HashMap<>(Map.of("customerId", customer.getId(), "channel", "HOTLINE",
        "category", "TECHNICAL", "description", "春节前设备报警", "customerRequest", "节前上门"));
    Http.Response response = Http.as(port, "zhangwei").post("/api/complaints", body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  /** Runs the calendar-year case's jobs (apply, then move), as the job executor would. */
  private void runJobs(String processInstanceId) {
    for (int i = 0; i < 5; i++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> managementService.executeJob(j.getId()));
    }
  }

  private String declare2027ThroughTheProcess() {
    Http.Response submitted = Http.as(port, "hanxue").post("/api/calendar/years/2027",
        Map.of("noticeTitle", NOTICE, "holidays", HOLIDAYS, "extraWorkingDays", WORKDAYS));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
    String instanceId = submitted.json().get("processInstanceId").asText();
    assertThat(calendar.data().isDeclared(2027)).as("not in force before verification").isFalse();
    Task verify = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_VerifyNotice").singleResult();
    assertThat(taskService.getIdentityLinksForTask(verify.getId())).extracting("groupId").containsExactly("admin-affairs");
    assertThat(taskService.getVariable(verify.getId(), "currentNotice").toString()).contains("尚未录入");
    assertThat(taskService.getVariable(verify.getId(), "holidays")).isEqualTo("2027-01-01\n2027-02-05至2027-02-12");
    new AsUser(identityService).completeTask(taskService, instanceId, "Task_VerifyNotice", "hexin", Map.of("verifyDecision", "APPROVE"));
    runJobs(instanceId);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).finished().count()).isEqualTo(1);
    return instanceId;
  }

  @Test
  @DisplayName("R-CAL-2 R-AS-5 a complaint across undeclared 2027 is provisional; the verified notice moves its reply deadline, task and timer off the new holiday, once")
  void openDeadlinesFollowTheNotice() {
    ClockUtil.setCurrentTime(Date.from(at("2027-02-03T10:00:00+08:00")));
    JsonNode registered = registerComplaint();
    assertThat(registered.get("deadlinesProvisional").asBoolean()).isTrue();
    assertThat(registered.get("deadlinesNote").asText()).contains("暂定");
    // Monday–Friday through undeclared 2027: Wed 3 Feb + 2 working days = Fri 5 Feb
    assertThat(Instant.parse(registered.at("/deadlines/reply").asText())).isEqualTo(at("2027-02-05T10:00:00+08:00"));
    String instanceId = registered.get("processInstanceId").asText();
    assertThat(runtimeService.getVariable(instanceId, DeadlineRegistry.PROVISIONAL)).isEqualTo(true);
    assertThat(runtimeService.getVariable(instanceId, DeadlineRegistry.PROVISIONAL_YEAR)).isEqualTo(2027);
    // the complaint's forms show it (field deadlineNote, shown while deadlineProvisional is true)
    assertThat(runtimeService.getVariable(instanceId, DeadlineRegistry.NOTE).toString()).contains("2027 年的节假日安排尚未录入");
    new AsUser(identityService).completeTask(taskService, instanceId, "Task_CheckValidity", "zhangwei", Map.of("validity", "FOUNDED"));
    Task reply = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_Reply").singleResult();
    assertThat(reply.getDueDate().toInstant()).isEqualTo(at("2027-02-05T10:00:00+08:00"));

    declare2027ThroughTheProcess();

    assertThat(calendar.data().isDeclared(2027)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-20"))).isTrue();
    // Thu 4 Feb is the first working day, then the holiday, then Mon 15 Feb
    JsonNode file = Http.as(port, "zhangwei").get("/api/complaints/" + registered.get("number").asText()).json();
    assertThat(file.get("deadlinesProvisional").asBoolean()).isFalse();
    assertThat(Instant.parse(file.at("/deadlines/investigation").asText())).isEqualTo(at("2027-02-04T10:00:00+08:00"));
    assertThat(Instant.parse(file.at("/deadlines/reply").asText())).isEqualTo(at("2027-02-15T10:00:00+08:00"));
    assertThat(Instant.parse(file.at("/deadlines/feedback").asText())).isEqualTo(at("2027-02-16T10:00:00+08:00"));
    assertThat(Instant.parse(file.at("/deadlines/resolution").asText())).isEqualTo(at("2027-02-18T10:00:00+08:00"));
    reply = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_Reply").singleResult();
    assertThat(reply.getDueDate().toInstant()).isEqualTo(at("2027-02-15T10:00:00+08:00"));
    assertThat(runtimeService.getVariable(instanceId, "replyDue")).isEqualTo(Date.from(at("2027-02-15T10:00:00+08:00")));
    assertThat(runtimeService.getVariable(instanceId, DeadlineRegistry.PROVISIONAL)).isEqualTo(false);
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().list())
        .filteredOn(d -> DeadlineFollower.CORRECTION.equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()))
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getValue().toString())
        .anySatisfy(text -> assertThat(text).contains("2027-02-05 10:00 改为 2027-02-15 10:00").contains(NOTICE));

    // the timer follows: not due at the old time, due and firing at the new one
    Job timer = managementService.createJobQuery().processInstanceId(instanceId).activityId("Timer_Reply").singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(at("2027-02-15T10:00:00+08:00"));
    ClockUtil.setCurrentTime(Date.from(at("2027-02-05T10:00:01+08:00")));
    assertThat(managementService.createJobQuery().processInstanceId(instanceId).activityId("Timer_Reply").executable().count()).isZero();
    ClockUtil.setCurrentTime(Date.from(at("2027-02-15T10:00:01+08:00")));
    Job due = managementService.createJobQuery().processInstanceId(instanceId).activityId("Timer_Reply").executable().singleResult();
    managementService.executeJob(due.getId());
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_Supervise").count()).isEqualTo(1);

    // once: a second pass moves nothing and writes no second correction
    long corrections = historyService.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().list().stream()
        .filter(d -> DeadlineFollower.CORRECTION.equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()))
        .count();
    assertThat(follower.follow()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().list().stream()
        .filter(d -> DeadlineFollower.CORRECTION.equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()))
        .count()).isEqualTo(corrections);
    // who entered and verified which notice, with the days before and after
    JsonNode year = Http.as(port, "zhangwei").get("/api/calendar/years/2027").json();
    assertThat(year.get("noticeTitle").asText()).isEqualTo(NOTICE);
    assertThat(year.at("/changes/0/enteredBy").asText()).isEqualTo("hanxue");
    assertThat(year.at("/changes/0/verifiedBy").asText()).isEqualTo("hexin");
    assertThat(year.at("/changes/0/oldHolidays").asText()).isEqualTo("2027-01-01");
    assertThat(year.get("holidays")).hasSize(9);
  }

  @Test
  @DisplayName("R-CAL-2 a year declared at run time on one node is used by another node within its refresh, without a restart")
  void anotherNodeLoadsTheChange() {
    WorkingDayCalendar otherNode = new WorkingDayCalendar(properties);
    CalendarSync otherSync = new CalendarSync(store, otherNode, properties);
    otherSync.afterSingletonsInstantiated();
    assertThat(otherNode.isWorkingDay(LocalDate.parse("2027-02-08"))).isTrue();
    assertThat(otherNode.compute(ZonedDateTime.parse("2027-02-03T10:00:00+08:00"), 2).provisional()).isTrue();

    declare2027ThroughTheProcess();

    assertThat(otherSync.refresh()).isTrue();
    assertThat(otherNode.isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();
    WorkingDayCalendar.Deadline due = otherNode.compute(ZonedDateTime.parse("2027-02-03T10:00:00+08:00"), 2);
    assertThat(due.provisional()).isFalse();
    assertThat(due.due().toInstant()).isEqualTo(at("2027-02-15T10:00:00+08:00"));
    assertThat(otherSync.refresh()).as("nothing new").isFalse();
  }

  @Test
  @DisplayName("R-CAL-2 coverage: from 60 days before the end of 2026 health shows calendar DEGRADED naming 2027 and the process owner gets 录入下一年度节假日安排 once, reminded weekly")
  void coverageWatched() {
    ClockUtil.setCurrentTime(Date.from(at("2026-10-31T12:00:00+08:00")));
    assertThat(coverage.missingYear()).isEmpty();
    assertThat(Http.anonymous(port).get("/actuator/health").json().at("/components/calendar/status").asText()).isEqualTo("UP");
    assertThat(coverage.watch()).isEmpty();

    ClockUtil.setCurrentTime(Date.from(at("2026-11-02T08:00:00+08:00")));
    JsonNode health = Http.anonymous(port).get("/actuator/health").json();
    assertThat(health.at("/components/calendar/status").asText()).isEqualTo("DEGRADED");
    assertThat(health.at("/components/calendar/description").asText()).contains("2027年节假日安排尚未录入");
    assertThat(coverage.watch()).hasValue(2027);
    assertThat(coverage.watch()).as("once").isEmpty();
    List<ProcessInstance> asked = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("calendar-2027").list();
    assertThat(asked).hasSize(1);
    Task enter = taskService.createTaskQuery().processInstanceId(asked.get(0).getId()).singleResult();
    assertThat(enter.getName()).isEqualTo("录入下一年度节假日安排");
    assertThat(taskService.getIdentityLinksForTask(enter.getId())).extracting("groupId").containsExactly("process-owner");

    // a week later the reminder goes to the process owner, and the next one is a week after that
    Job reminder = managementService.createJobQuery().processInstanceId(asked.get(0).getId()).timers().singleResult();
    assertThat(reminder.getDuedate().toInstant()).isEqualTo(at("2026-11-09T08:00:00+08:00"));
    ClockUtil.setCurrentTime(reminder.getDuedate());
    managementService.executeJob(reminder.getId());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM csl_notification WHERE template = 'calendar-reminder' AND recipient = 'hanxue@example.com'",
        Integer.class)).isEqualTo(1);
    Job next = managementService.createJobQuery().processInstanceId(asked.get(0).getId()).timers().singleResult();
    assertThat(next.getDuedate().toInstant()).isEqualTo(at("2026-11-16T08:00:00+08:00"));
    assertThat(taskService.createTaskQuery().processInstanceId(asked.get(0).getId()).taskDefinitionKey("Task_EnterNotice").count()).isEqualTo(1);

    // entered in the task, verified, in force: health is UP again
    Map<String, Object> entry = Map.of("noticeTitle", NOTICE, "holidays", String.join("\n", HOLIDAYS),
        "extraWorkingDays", String.join("\n", WORKDAYS));
    new AsUser(identityService).completeTask(taskService, asked.get(0).getId(), "Task_EnterNotice", "hanxue", entry);
    new AsUser(identityService).completeTask(taskService, asked.get(0).getId(), "Task_VerifyNotice", "hexin", Map.of("verifyDecision", "APPROVE"));
    runJobs(asked.get(0).getId());
    assertThat(coverage.missingYear()).isEmpty();
    assertThat(Http.anonymous(port).get("/actuator/health").json().at("/components/calendar/status").asText()).isEqualTo("UP");
  }

  @Test
  @DisplayName("R-CAL-2 a wrong notice is refused field by field and changes nothing; only the process owner submits; the verifier is a second person")
  void refusals() {
    Http.Response bad = Http.as(port, "hanxue").post("/api/calendar/years/2027",
        Map.of("noticeTitle", "", "holidays", List.of("2027-02-30"), "extraWorkingDays", List.of("2027-02-22")));
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsText("field")).contains("noticeTitle", "holidays");
    Http.Response weekday = Http.as(port, "hanxue").post("/api/calendar/years/2027",
        Map.of("noticeTitle", NOTICE, "holidays", HOLIDAYS, "extraWorkingDays", List.of("2027-02-22")));
    assertThat(weekday.status()).isEqualTo(400);
    assertThat(weekday.body()).contains("extraWorkingDays").contains("不是周六或周日");
    Http.Response otherYear = Http.as(port, "hanxue").post("/api/calendar/years/2027",
        Map.of("noticeTitle", NOTICE, "holidays", List.of("2028-01-01")));
    assertThat(otherYear.status()).isEqualTo(400);
    assertThat(otherYear.body()).contains("不在 2027 年度内");
    assertThat(Http.as(port, "zhangwei").post("/api/calendar/years/2027",
        Map.of("noticeTitle", NOTICE, "holidays", HOLIDAYS)).status()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CalendarYearSteps.PROCESS).count()).isZero();

    // the Tasklist start form is checked alike (the start listener's rule, labelled by the form)
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(CalendarYearSteps.PROCESS)
        .latestVersion().singleResult().getId();
    assertThatThrownBy(() -> new AsUser(identityService).run("hanxue", () -> formService.submitStartForm(definitionId,
        Map.of("year", 2027L, "noticeTitle", NOTICE, "holidays", "二月五日到十二日"))))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("放假日期");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CalendarYearSteps.PROCESS).count()).isZero();

    // someone in both groups cannot verify the notice they entered
    var both = identityService.newUser("calboth");
    both.setFirstName("双岗");
    both.setPassword("Kalender#Pr0be-2026");
    identityService.saveUser(both);
    identityService.createMembership("calboth", "process-owner");
    identityService.createMembership("calboth", "admin-affairs");
    ProcessInstance started = new AsUser(identityService).call("calboth", () -> formService.submitStartForm(definitionId,
        Map.of("year", 2027L, "noticeTitle", NOTICE, "holidays", String.join("\n", HOLIDAYS))));
    assertThatThrownBy(() -> new AsUser(identityService).completeTask(taskService, started.getId(), "Task_VerifyNotice", "calboth",
        Map.of("verifyDecision", "APPROVE")))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("企管部录入或更正节假日安排");
    assertThat(calendar.data().isDeclared(2027)).isFalse();
  }

  @Test
  @DisplayName("R-CAL-2 the iCalendar feed lists holidays and make-up working days for calendar clients, read-only")
  void icalendarFeed() {
    Http.Response ics = Http.as(port, "zhangwei").get("/api/calendar/working-calendar.ics", "text/calendar, */*");
    assertThat(ics.status()).isEqualTo(200);
    assertThat(ics.contentType()).startsWith("text/calendar");
    assertThat(ics.body()).contains("BEGIN:VCALENDAR").contains("PRODID:-//Customer Service Lifecycle//Working Calendar//ZH")
        .contains("DTSTART;VALUE=DATE:20261001").contains("SUMMARY:放假").contains("DTSTART;VALUE=DATE:20261010")
        .contains("SUMMARY:调休上班").contains("UID:holiday-2026-10-01@csl.example.com").contains("END:VCALENDAR");
    assertThat(Http.as(port, "zhangwei").post("/api/calendar/working-calendar.ics", Map.of()).status()).isIn(403, 405);
  }
}
