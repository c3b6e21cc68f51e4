package com.example.csl.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.support.AsUser;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Regulated model changes (issue 15, S0 3.6–3.8): drafted by 企管部, confirmed, approved, deployed by the application. */
@CslSpringTest
class RegulationChangeTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  @AfterEach
  void removeDeployedChanges() {
    // the other tests of this JVM expect the shipped models: the changes deployed here are taken back
    for (Deployment d : repositoryService.createDeploymentQuery().deploymentSource("regulation-change").list()) {
      repositoryService.deleteDeployment(d.getId(), true);
    }
  }

  static String model(String file) {
    try {
      return Files.readString(Path.of("processes", file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Http.Response submit(String user, String title, Map<String, String> files) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("reason", "营销部提议：上年度销售收入 400 万元以上即列为重点顾客（S0 4.2.2.2 的调整）");
    return Http.as(port, user).postMultipart("/api/regulation-changes", fields, files);
  }

  private String keyCustomerOf(int revenue) {
    Http.Response created = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "制度变更测试客户-" + System.nanoTime(),
        "contactPerson", "钱经理", "phone", "1370000" + String.format("%04d", (int) (Math.random() * 10000)),
        "intention", "MODERATE", "strategic", false, "priorYearRevenue", revenue));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("grade").asText() + "/" + created.json().get("keyCustomer").asBoolean();
  }

  @Test
  @DisplayName("R-SEC-1 S0 3.6–3.8 a lower key-customer threshold is drafted, confirmed by the marketing manager, approved by the general manager, deployed by the application and in force for the next customer")
  void thresholdChangeEndToEnd() {
    assertThat(keyCustomerOf(4_500_000)).isEqualTo("B/false");
    String changed = model("customer-grading.dmn").replace("5000000", "4000000");
    Http.Response submitted = submit("hanxue", "重点顾客收入门槛调整为400万元", Map.of("customer-grading.dmn", changed));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    JsonNode change = submitted.json();
    String instanceId = change.get("processInstanceId").asText();
    assertThat(change.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(change.get("summary").asText()).contains("【修改】customer-grading.dmn")
        .contains("规则 key-customer/Rule_Key_Revenue：>= 5000000 | - ⇒ true  →  >= 4000000 | - ⇒ true");
    // nothing in force before the review
    assertThat(keyCustomerOf(4_500_000)).isEqualTo("B/false");

    Task confirm = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_Confirm").singleResult();
    assertThat(taskService.getIdentityLinksForTask(confirm.getId())).extracting("groupId").containsExactly("marketing-manager");
    assertThat(taskService.getVariable(confirm.getId(), "changeSummary").toString()).contains(">= 4000000");
    new AsUser(identityService).completeTask(taskService, instanceId, "Task_Confirm", "chenjie", Map.of("confirmDecision", "CONFIRM"));
    Task approve = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_Approve").singleResult();
    assertThat(taskService.getIdentityLinksForTask(approve.getId())).extracting("groupId").containsExactly("general-manager");
    assertThat(taskService.getVariable(approve.getId(), "confirmations").toString()).contains("营销部门经理 陈杰（chenjie）：确认");
    new AsUser(identityService).completeTask(taskService, instanceId, "Task_Approve", "gaojun", Map.of("approveDecision", "APPROVE"));
    assertThat(keyCustomerOf(4_500_000)).as("approved but not yet deployed").isEqualTo("B/false");
    Job deploy = managementService.createJobQuery().processInstanceId(instanceId).singleResult();
    managementService.executeJob(deploy.getId());

    JsonNode done = Http.as(port, "fengyi").get("/api/regulation-changes/" + change.get("id").asText()).json();
    assertThat(done.get("status").asText()).isEqualTo("DEPLOYED");
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(done.get("deploymentId").asText()).singleResult();
    assertThat(deployment.getName()).isEqualTo("制度变更 RC-" + change.get("id").asText());
    assertThat(deployment.getSource()).isEqualTo("regulation-change");
    assertThat(keyCustomerOf(4_500_000)).as("the next customer follows the new threshold").isEqualTo("B/true");
    assertThat(keyCustomerOf(3_999_999)).isEqualTo("B/false");
    // the history keeps who drafted, confirmed and approved which version
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getStartUserId())
        .isEqualTo("hanxue");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instanceId).finished().list())
        .extracting(t -> t.getTaskDefinitionKey() + ":" + t.getAssignee())
        .containsExactlyInAnyOrder("Task_Confirm:chenjie", "Task_Approve:gaojun");
    assertThat(Http.as(port, "hanxue").get("/api/regulation-changes/" + change.get("id").asText()
        + "/files/customer-grading.dmn?previous=true", "text/plain, */*").body()).contains("&gt;= 5000000");
  }

  @Test
  @DisplayName("R-SEC-1 a returned change is not deployed; the reason stays in the history")
  void returnedChange() {
    Http.Response submitted = submit("hanxue", "重点顾客门槛调整（退回）",
        Map.of("customer-grading.dmn", model("customer-grading.dmn").replace("5000000", "3000000")));
    String instanceId = submitted.json().get("processInstanceId").asText();
    new AsUser(identityService).completeTask(taskService, instanceId, "Task_Confirm", "chenjie",
        Map.of("confirmDecision", "RETURN", "returnReason", "300 万元门槛过低，请与营销副总商定"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    JsonNode done = Http.as(port, "hanxue").get("/api/regulation-changes/" + submitted.json().get("id").asText()).json();
    assertThat(done.get("status").asText()).isEqualTo("RETURNED");
    assertThat(done.path("deploymentId").isNull() || done.path("deploymentId").isMissingNode()).isTrue();
    assertThat(repositoryService.createDeploymentQuery().deploymentSource("regulation-change").count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("confirmations")
        .singleResult().getValue().toString()).contains("退回（300 万元门槛过低");
  }

  @Test
  @DisplayName("R-SEC-1 refused: a back door in a BPMN (with its element id), a broken file, no files, a non-owner; no direct deployment by the process owner; no bare engine start")
  void refusals() {
    String backDoor = model("corrective-action.bpmn").replace("${issueCorrectiveActionDelegate}",
        "${identityService.createMembership('hanxue','camunda-admin')}");
    Http.Response refused = submit("hanxue", "后门", Map.of("corrective-action.bpmn", backDoor));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("files[0]").contains("Task_Issue").contains("identityService");
    Http.Response broken = submit("hanxue", "坏文件", Map.of("capa-department.dmn", "<definitions"));
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.body()).contains("files[0]").contains("capa-department.dmn");
    Http.Response badName = submit("hanxue", "坏文件名", Map.of("../evil.bpmn", model("corrective-action.bpmn")));
    assertThat(badName.status()).isEqualTo(400);
    Http.Response none = submit("hanxue", "没有文件", Map.of());
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.body()).contains("files");
    assertThat(submit("zhangwei", "不是企管部", Map.of("capa-department.dmn", model("capa-department.dmn"))).status()).isEqualTo(403);
    assertThat(Http.as(port, "hanxue").get("/api/regulation-changes").status()).isEqualTo(200);
    assertThat(Http.as(port, "zhangwei").get("/api/regulation-changes").status()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RegulationChanges.PROCESS).count()).isZero();

    // the engine REST deployment is closed to the process owner
    Http.Response direct = Http.as(port, "hanxue").postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", "直接部署"), Map.of("capa-department.dmn", model("capa-department.dmn")));
    assertThat(direct.status()).as(direct.body()).isEqualTo(403);
    // and a bare engine start of the review (without a drafted change) is refused
    Http.Response bare = Http.as(port, "hanxue").post("/engine-rest/process-definition/key/regulation-change/start", Map.of());
    assertThat(bare.status()).as(bare.body()).isEqualTo(400);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RegulationChanges.PROCESS).count()).isZero();
  }

  @Test
  @DisplayName("R-SEC-1 four eyes: a drafter who is also a confirming manager cannot confirm their own change")
  void drafterCannotConfirm() {
    var both = identityService.newUser("rcboth");
    both.setFirstName("双岗");
    both.setPassword("Regel#Pr0be-2026");
    identityService.saveUser(both);
    try {
      identityService.createMembership("rcboth", "process-owner");
      identityService.createMembership("rcboth", "marketing-manager");
      Http.Response submitted = Http.as(port, "rcboth", "Regel#Pr0be-2026").postMultipart("/api/regulation-changes",
          Map.of("title", "自己确认", "reason", "四眼原则测试"),
          Map.of("customer-grading.dmn", model("customer-grading.dmn").replace("5000000", "4500000")));
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
      String instanceId = submitted.json().get("processInstanceId").asText();
      assertThatThrownBy(() -> new AsUser(identityService).completeTask(taskService, instanceId, "Task_Confirm", "rcboth",
          Map.of("confirmDecision", "CONFIRM")))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("企管部提交制度变更");
      runtimeService.deleteProcessInstance(instanceId, "test clean-up");
    } finally {
      identityService.deleteUser("rcboth");
    }
  }
}
