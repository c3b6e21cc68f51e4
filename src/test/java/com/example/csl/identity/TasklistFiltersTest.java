package com.example.csl.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shared Tasklist filters 我的任务 / 部门待办 / 即将超期 (R-SEC-1, R-CAL-1). */
@CslSpringTest
class TasklistFiltersTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired com.example.csl.calendar.WorkingDayCalendar workingDays;

  private String deploymentId;
  private final List<String> instances = new ArrayList<>();

  @BeforeEach
  void deploy() {
    deploymentId = repositoryService.createDeployment().addModelInstance("filter-fixture.bpmn",
        Bpmn.createExecutableProcess("filter-fixture").name("过滤器测试").camundaHistoryTimeToLive(1)
            .startEvent("Start").name("开始")
            .userTask("Task_Work").name("待办").camundaCandidateGroups("${group}").camundaDueDate("${due}")
            .endEvent("End").name("结束").done()).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  private Task start(String group, Date due) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("filter-fixture", Map.of("group", group, "due", due));
    instances.add(instance.getId());
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private List<String> list(String user, String filterName) {
    Http http = Http.as(port, user);
    JsonNode filters = http.get("/engine-rest/filter?resourceType=Task").json();
    String id = null;
    for (JsonNode filter : filters) {
      if (filter.get("name").asText().equals(filterName)) {
        id = filter.get("id").asText();
      }
    }
    assertThat(id).as("filter %s visible to %s", filterName, user).isNotNull();
    List<String> ids = new ArrayList<>();
    http.post("/engine-rest/filter/" + id + "/list", Map.of()).json().forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  @Test
  @DisplayName("R-SEC-1 every staff user sees the three Chinese filters; the auditor sees none")
  void filtersVisibleToStaff() {
    for (String user : List.of("zhangwei", "liuyang", "gaojun", "luogang")) {
      List<String> names = new ArrayList<>();
      Http.as(port, user).get("/engine-rest/filter?resourceType=Task").json().forEach(f -> names.add(f.get("name").asText()));
      assertThat(names).as(user).contains(TasklistFilters.MY_TASKS, TasklistFilters.GROUP_TASKS, TasklistFilters.DUE_SOON);
    }
    assertThat(Http.as(port, "fengyi").get("/engine-rest/filter?resourceType=Task").json()).isEmpty();
  }

  @Test
  @DisplayName("R-SEC-1 部门待办 lists my groups' unassigned tasks, 我的任务 my assigned ones; other groups' tasks never")
  void groupAndMyTasks() {
    Task mine = start("customer-service", workingDays.fromNow(5));
    Task marketing = start("marketing", workingDays.fromNow(5));
    assertThat(list("zhangwei", TasklistFilters.GROUP_TASKS)).contains(mine.getId()).doesNotContain(marketing.getId());
    assertThat(list("liuyang", TasklistFilters.GROUP_TASKS)).contains(marketing.getId()).doesNotContain(mine.getId());
    taskService.claim(mine.getId(), "zhangwei");
    assertThat(list("zhangwei", TasklistFilters.GROUP_TASKS)).doesNotContain(mine.getId());
    assertThat(list("zhangwei", TasklistFilters.MY_TASKS)).contains(mine.getId());
    assertThat(list("lina", TasklistFilters.MY_TASKS)).doesNotContain(mine.getId());
  }

  @Test
  @DisplayName("R-CAL-1 即将超期 lists tasks due within 1 working day (and overdue ones), not those due later")
  void dueSoon() {
    Task soon = start("customer-service", new Date(System.currentTimeMillis() + 60_000));
    Task overdue = start("customer-service", new Date(System.currentTimeMillis() - 60_000));
    Task later = start("customer-service", workingDays.fromNow(3));
    List<String> listed = list("zhangwei", TasklistFilters.DUE_SOON);
    assertThat(listed).contains(soon.getId(), overdue.getId()).doesNotContain(later.getId());
    assertThat(list("liuyang", TasklistFilters.DUE_SOON)).doesNotContain(soon.getId(), overdue.getId());
  }
}
