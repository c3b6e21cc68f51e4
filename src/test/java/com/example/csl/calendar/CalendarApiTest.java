package com.example.csl.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import java.time.LocalDate;
import java.util.Date;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CslSpringTest
class CalendarApiTest {

  @LocalServerPort int port;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @Test
  @DisplayName("R-CAL-1 GET /api/calendar/due answers both SPEC examples")
  void dueEndpoint() {
    Http http = Http.as(port, "zhangwei");
    Http.Response first = http.get("/api/calendar/due?from=2026-12-31T17:00:00%2B08:00&workingDays=1");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("due").asText()).isEqualTo("2027-01-04T17:00:00+08:00");
    Http.Response second = http.get("/api/calendar/due?from=2027-01-09T10:00:00%2B08:00&workingDays=1");
    assertThat(second.json().get("due").asText()).isEqualTo("2027-01-12T09:00:00+08:00");
    // a local date-time is read in the calendar's zone (Asia/Shanghai)
    Http.Response local = http.get("/api/calendar/due?from=2026-09-30T11:00:00&workingDays=1");
    assertThat(local.json().get("due").asText()).isEqualTo("2026-10-08T11:00:00+08:00");
  }

  @Test
  @DisplayName("R-CAL-1 bad parameters get 400 problem+json naming each field; no credentials get 401")
  void badInput() {
    Http.Response bad = Http.as(port, "zhangwei").get("/api/calendar/due?from=yesterday&workingDays=abc");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("from", "workingDays");
    Http.Response missing = Http.as(port, "zhangwei").get("/api/calendar/due?workingDays=1");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
    assertThat(Http.anonymous(port).get("/api/calendar/due?from=2026-12-31T17:00:00%2B08:00&workingDays=1").status())
        .isEqualTo(401);
  }

  @Test
  @DisplayName("R-CAL-1 the shipped 2026 list: Spring Festival days are holidays, the make-up Saturdays are working days")
  void shippedHolidayList() {
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-02-23"))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-10-08"))).isTrue();
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
  }

  @Test
  @DisplayName("R-CAL-1 BPMN uses the calendar: a task due date and a timer of ${workingDays.after(now(), N)} skip the New Year holiday")
  void usableFromBpmnExpressions() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("calendar-fixture")
        .name("日历测试").camundaHistoryTimeToLive(1)
        .startEvent("Start").name("开始")
        .userTask("Task_Wait").name("等待").camundaCandidateGroups("customer-service")
        .camundaDueDate("${workingDays.after(now(), 2)}")
        .boundaryEvent("Timer_Late").name("超期").timerWithDate("${workingDays.after(now(), 3)}").cancelActivity(false)
        .endEvent("End_Late").name("超期结束")
        .moveToActivity("Task_Wait").endEvent("End").name("结束")
        .done();
    String deploymentId = repositoryService.createDeployment().addModelInstance("calendar-fixture.bpmn", model).deploy().getId();
    try {
      ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-12-31T17:00:00+08:00").toInstant()));
      ProcessInstance instance = runtimeService.startProcessInstanceByKey("calendar-fixture");
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getDueDate().toInstant()).isEqualTo(ZonedDateTime.parse("2027-01-05T17:00:00+08:00").toInstant());
      Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
      assertThat(timer.getDuedate().toInstant()).isEqualTo(ZonedDateTime.parse("2027-01-06T17:00:00+08:00").toInstant());
    } finally {
      ClockUtil.reset();
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }
}
