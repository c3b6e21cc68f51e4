package com.example.csl.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.Intention;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Task cards name the case (issue 18.2) without opening the case's process variables to staff (R-SEC-1). */
@CslSpringTest
class TaskCardTest {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;

  private String filterId(Http http, String name) {
    for (JsonNode filter : http.get("/engine-rest/filter?resourceType=Task").json()) {
      if (filter.get("name").asText().equals(name)) {
        return filter.get("id").asText();
      }
    }
    throw new AssertionError("no filter " + name);
  }

  @Test
  @DisplayName("R-SEC-1 the 部门待办 card shows number, customer and due date as Tasklist fetches it; search by number finds the task; the case's own variables stay closed")
  void cardsNameTheCase() {
    Customer c = new Customer();
    c.setName("卡片测试客户-" + System.nanoTime());
    c.setContactPerson("钱先生");
    c.setPhone("1360000" + String.format("%04d", (int) (Math.random() * 10000)));
    c.setIntention(Intention.STRONG);
    c.setChannel("API");
    c.setRegisteredAt(Instant.now());
    Customer customer = customers.save(c);
    JsonNode registered = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customer.getId(),
        "channel", "HOTLINE", "category", "TECHNICAL", "description", "卡片测试", "customerRequest", "上门")).json();
    String number = registered.get("number").asText();

    Http zhangwei = Http.as(port, "zhangwei");
    // as Tasklist asks: the filter's list as HAL with the filter's variables embedded
    JsonNode list = zhangwei.postAccepting("/engine-rest/filter/" + filterId(zhangwei, TasklistFilters.GROUP_TASKS)
        + "/list?firstResult=0&maxResults=200", Map.of(), "application/hal+json").json();
    String taskId = null;
    for (JsonNode task : list.at("/_embedded/task")) {
      if (registered.get("processInstanceId").asText().equals(task.get("processInstanceId").asText())) {
        taskId = task.get("id").asText();
      }
    }
    assertThat(taskId).as("the complaint's task is on the list").isNotNull();
    List<String> shown = new ArrayList<>();
    for (JsonNode task : list.at("/_embedded/task")) {
      if (taskId.equals(task.get("id").asText())) {
        task.at("/_embedded/variable").forEach(v -> shown.add(v.get("name").asText() + "=" + v.get("value").asText()));
      }
    }
    assertThat(shown).contains(TaskCardPlugin.NUMBER + "=" + number, TaskCardPlugin.CUSTOMER + "=" + customer.getName());
    assertThat(shown).anyMatch(s -> s.matches(TaskCardPlugin.DUE + "=\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));

    // Tasklist's search: by the number as a task variable, or by the business key
    JsonNode byVariable = zhangwei.post("/engine-rest/task", Map.of("taskVariables",
        List.of(Map.of("name", TaskCardPlugin.NUMBER, "operator", "eq", "value", number)))).json();
    assertThat(byVariable).extracting(t -> t.get("id").asText()).containsExactly(taskId);
    JsonNode byKey = zhangwei.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
    assertThat(byKey).extracting(t -> t.get("id").asText()).containsExactly(taskId);

    // the case's process variables stay closed to staff
    Http.Response variables = zhangwei.get("/engine-rest/process-instance/" + registered.get("processInstanceId").asText() + "/variables");
    assertThat(variables.status()).isIn(403, 404);
    // another group sees neither the task nor its card
    assertThat(Http.as(port, "liuyang").get("/engine-rest/task?processInstanceBusinessKey=" + number).json()).isEmpty();

    // issue 16: the copies keep no history (they repeat the business key, the customer and the due date);
    // the case's own variables do, and completing the task (deleting the copies) works as before
    String instanceId = registered.get("processInstanceId").asText();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableNameIn(TaskCardPlugin.NUMBER, TaskCardPlugin.CUSTOMER, TaskCardPlugin.DUE).count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().list())
        .noneMatch(d -> TaskCardPlugin.COPIES.contains(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("complaintNumber").count()).isEqualTo(1);
    String completed = taskId;
    runAs.run("zhangwei", () -> {
      taskService.claim(completed, "zhangwei");
      taskService.complete(completed, Map.of("validity", "FOUNDED"));
    });
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(completed).finished().count()).isEqualTo(1);
  }

  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired com.example.csl.common.RunAs runAs;

  @Test
  @DisplayName("issue 18 a task's header names every candidate group, also the departments the user is not in (HAL as Tasklist fetches it)")
  void headerNamesEveryCandidateGroup() {
    Customer c = new Customer();
    c.setName("表头测试客户-" + System.nanoTime());
    c.setContactPerson("孙先生");
    c.setPhone("1370000" + String.format("%04d", (int) (Math.random() * 10000)));
    c.setIntention(Intention.STRONG);
    c.setChannel("API");
    c.setRegisteredAt(Instant.now());
    Customer customer = customers.save(c);
    JsonNode registered = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customer.getId(),
        "channel", "HOTLINE", "category", "TECHNICAL", "description", "表头测试", "major", true)).json();
    Http linfeng = Http.as(port, "linfeng");
    JsonNode tasks = linfeng.get("/engine-rest/task?processInstanceId=" + registered.get("processInstanceId").asText()
        + "&taskDefinitionKey=Task_MajorMeasures").json();
    assertThat(tasks).hasSize(1);
    JsonNode hal = linfeng.get("/engine-rest/task/" + tasks.get(0).get("id").asText(), "application/hal+json").json();
    // the task's candidate groups as HAL embeds them (the names Tasklist's header shows)
    List<String> names = new ArrayList<>();
    hal.at("/_embedded/group").forEach(g -> names.add(g.get("name").asText()));
    assertThat(names).contains("总经理/助理", "副总经理");
  }
}
