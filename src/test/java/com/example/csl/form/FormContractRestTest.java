package com.example.csl.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.complaint.ComplaintRepository;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The deployed form is the contract of its step (issue 13, R-SEC-1), tried as a hostile client would
 * through the engine REST API that Tasklist itself uses: undeclared and system-owned variables,
 * wrong types, every problem answered at once as 400 problem+json in Chinese, a lost race as 409.
 */
@CslSpringTest
class FormContractRestTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CustomerRepository customers;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  @Autowired ComplaintRepository complaints;

  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], Map.of("value", keyValues[i + 1]));
    }
    return Map.of("variables", variables);
  }

  static List<String> fields(Http.Response response) {
    List<String> fields = new ArrayList<>();
    response.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  private String registerComplaint() {
    Http.Response created = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerPhone", "13916880001",
        "channel", "HOTLINE", "category", "TECHNICAL", "description", "设备报警，需要检修"));
    if (created.status() != 201) {
      // no sample customer in the test profile: register one first
      Http.Response customer = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "表单契约测试客户" + System.nanoTime(),
          "contactPerson", "钱女士", "phone", "1391688" + String.format("%04d", (int) (System.nanoTime() % 10000)),
          "intention", "MODERATE"));
      assertThat(customer.status()).as(customer.body()).isEqualTo(201);
      created = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customer.json().path("id").asLong(),
          "channel", "HOTLINE", "category", "TECHNICAL", "description", "设备报警，需要检修"));
    }
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("processInstanceId").asText();
  }

  @Test
  @DisplayName("R-SEC-1 a pre-sale start form with a system-owned customerId is refused and changes nothing")
  void preSaleCustomerIdRefused() {
    long customersBefore = customers.count();
    long casesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("pre-sale").count();
    Http.Response response = Http.as(port, "wangfang").post("/engine-rest/process-definition/key/pre-sale/submit-form",
        vars("name", "劫持测试有限公司", "contactPerson", "王经理", "phone", "13800138000", "intention", "STRONG", "customerId", 2));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(fields(response)).containsExactly("customerId");
    assertThat(response.json().path("message").asText()).contains("customerId").contains("不能");
    assertThat(customers.count()).isEqualTo(customersBefore);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("pre-sale").count()).isEqualTo(casesBefore);
  }

  @Test
  @DisplayName("R-AS-1 an after-sale start form with complaintId, and an in-sale start with contractId, are refused")
  void afterSaleAndInSaleIdsRefused() {
    long complaintsBefore = complaints.count();
    Http.Response afterSale = Http.as(port, "zhangwei").post("/engine-rest/process-definition/key/after-sale/submit-form",
        vars("customerPhone", "13916880001", "channel", "HOTLINE", "category", "TECHNICAL", "description", "x", "complaintId", 1));
    assertThat(afterSale.status()).as(afterSale.body()).isEqualTo(400);
    assertThat(fields(afterSale)).contains("complaintId");
    assertThat(complaints.count()).isEqualTo(complaintsBefore);

    Http.Response inSale = Http.as(port, "wangfang").post("/engine-rest/process-definition/key/in-sale/start",
        vars("contractId", 1));
    assertThat(inSale.status()).as(inSale.body()).isIn(400, 403);
    assertThat(inSale.body()).doesNotContain("ENGINE-");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("in-sale").variableValueEquals("contractId", 1L).count()
        + runtimeService.createProcessInstanceQuery().processDefinitionKey("in-sale").variableValueEquals("contractId", 1).count())
        .isZero();
  }

  @Test
  @DisplayName("R-AS-1 one answer names every problem with the form's Chinese label; no engine text, no values echoed")
  void everyProblemAtOnce() {
    Http.Response response = Http.as(port, "zhangwei").post("/engine-rest/process-definition/key/after-sale/submit-form",
        vars("customerPhone", "13916880001", "category", "NOPE", "description", "   ",
            "customerRequest", "<script>alert(1)</script>", "major", 2, "contractId", "12万"));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(fields(response)).containsExactlyInAnyOrder("channel", "category", "description", "customerRequest", "major", "contractId");
    JsonNode errors = response.json().path("errors");
    List<String> texts = new ArrayList<>();
    errors.forEach(e -> texts.add(e.path("label").asText() + "：" + e.path("message").asText()));
    assertThat(texts).contains("投诉渠道：必填", "投诉类别：不是可选的取值", "投诉内容：必填", "重大投诉（可能严重损害公司利益）：须为是或否",
        "合同编号（内部号，可选）：须为数字");
    assertThat(response.json().path("message").asText()).startsWith("请修正以下6项后再提交");
    assertThat(response.body()).doesNotContain("ENGINE-").doesNotContain("script>").doesNotContain("12万").doesNotContain("NOPE");
  }

  @Test
  @DisplayName("R-SAT-6 completing a CAPA action with issuerGroup is refused: the doer cannot route the check to himself")
  void capaFourEyesBypassClosed() {
    Http.Response issued = Http.as(port, "zhangwei").post("/engine-rest/process-definition/key/corrective-action/submit-form",
        vars("department", "marketing", "problem", "报价回复太慢"));
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    String instance = issued.json().path("id").asText();
    Task action = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_RecordAction").singleResult();
    assertThat(Http.as(port, "liuyang").post("/engine-rest/task/" + action.getId() + "/claim", Map.of("userId", "liuyang")).status())
        .isEqualTo(204);
    Http.Response bypass = Http.as(port, "liuyang").post("/engine-rest/task/" + action.getId() + "/submit-form",
        vars("capaAction", "已加快报价流程", "issuerGroup", "marketing"));
    assertThat(bypass.status()).as(bypass.body()).isEqualTo(400);
    assertThat(fields(bypass)).containsExactly("issuerGroup");
    assertThat(bypass.json().path("errors").get(0).path("message").asText()).contains("由系统维护");
    assertThat(runtimeService.getVariable(instance, "issuerGroup")).isEqualTo("customer-service");
    assertThat(taskService.createTaskQuery().taskId(action.getId()).count()).isEqualTo(1);
    // the same completion without the smuggled variable goes to the issuer's group for the check
    Http.Response ok = Http.as(port, "liuyang").post("/engine-rest/task/" + action.getId() + "/submit-form",
        vars("capaAction", "已加快报价流程"));
    assertThat(ok.status()).as(ok.body()).isEqualTo(204);
    Task verify = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_Verify").singleResult();
    assertThat(taskService.getIdentityLinksForTask(verify.getId())).extracting(link -> link.getGroupId())
        .containsExactly("customer-service");
  }

  @Test
  @DisplayName("R-PRE-1 no coercion: \"12万\" for an amount and 2 for a checkbox are refused")
  void noCoercion() {
    Http.Response response = Http.as(port, "wangfang").post("/engine-rest/process-definition/key/pre-sale/submit-form",
        vars("name", "类型测试有限公司", "contactPerson", "王经理", "phone", "13800138001", "intention", "STRONG",
            "priorYearRevenue", "12万", "strategic", 2));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(fields(response)).containsExactlyInAnyOrder("priorYearRevenue", "strategic");
  }

  @Test
  @DisplayName("R-AS-3 a read-only field the form shows is not written through it; a hidden field is neither required nor written")
  void readOnlyAndHiddenNotWritten() {
    String instance = registerComplaint();
    Object description = runtimeService.getVariable(instance, "description");
    Task validity = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_CheckValidity").singleResult();
    Http http = Http.as(port, "zhangwei");
    assertThat(http.post("/engine-rest/task/" + validity.getId() + "/claim", Map.of("userId", "zhangwei")).status()).isEqualTo(204);
    Http.Response response = http.post("/engine-rest/task/" + validity.getId() + "/submit-form",
        vars("validity", "FOUNDED", "description", "篡改后的投诉内容", "unfoundedReason", "隐藏字段的值"));
    assertThat(response.status()).as(response.body()).isEqualTo(204);
    assertThat(runtimeService.getVariable(instance, "description")).isEqualTo(description);
    assertThat(runtimeService.getVariable(instance, "unfoundedReason")).isNull();
  }

  @Test
  @DisplayName("R-SEC-1 a task claimed by someone else answers 409 in Chinese, not 500")
  void lostClaimIs409() {
    String instance = registerComplaint();
    Task validity = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_CheckValidity").singleResult();
    assertThat(Http.as(port, "lina").post("/engine-rest/task/" + validity.getId() + "/claim", Map.of("userId", "lina")).status())
        .isEqualTo(204);
    Http.Response lost = Http.as(port, "zhangwei").post("/engine-rest/task/" + validity.getId() + "/claim", Map.of("userId", "zhangwei"));
    assertThat(lost.status()).as(lost.body()).isEqualTo(409);
    assertThat(lost.json().path("message").asText()).contains("刚被他人处理");
    assertThat(taskService.createTaskQuery().taskId(validity.getId()).singleResult().getAssignee()).isEqualTo("lina");
  }

  @Test
  @DisplayName("R-AS-3 two people completing one task: the second is told 409, the first one's answer stands")
  void secondCompletionIs409() {
    String instance = registerComplaint();
    Task validity = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_CheckValidity").singleResult();
    Http http = Http.as(port, "zhangwei");
    assertThat(http.post("/engine-rest/task/" + validity.getId() + "/claim", Map.of("userId", "zhangwei")).status()).isEqualTo(204);
    assertThat(http.post("/engine-rest/task/" + validity.getId() + "/submit-form", vars("validity", "FOUNDED")).status())
        .isEqualTo(204);
    Http.Response again = http.post("/engine-rest/task/" + validity.getId() + "/submit-form",
        vars("validity", "UNFOUNDED", "unfoundedReason", "重复", "replyToCustomer", "重复"));
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.json().path("message").asText()).contains("刚被他人处理完成");
    assertThat(runtimeService.getVariable(instance, "founded")).isEqualTo(true);
  }

  @Test
  @DisplayName("R-SEC-1 comments need work permission on the task and are capped; auditors read, they do not annotate")
  void commentsNeedWorkPermission() {
    String instance = registerComplaint();
    Task validity = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_CheckValidity").singleResult();
    Http.Response auditor = Http.as(port, "fengyi").post("/engine-rest/task/" + validity.getId() + "/comment/create",
        Map.of("message", "审计员的备注", "processInstanceId", instance));
    assertThat(auditor.status()).as(auditor.body()).isEqualTo(403);
    Http.Response owner = Http.as(port, "hanxue").post("/engine-rest/task/" + validity.getId() + "/comment/create",
        Map.of("message", "流程负责人的备注", "processInstanceId", instance));
    assertThat(owner.status()).as(owner.body()).isEqualTo(403);
    // staff comment through the Java API here: the REST comment resource looks the task up in the history,
    // which staff may not read (noted in the session note)
    com.example.csl.common.RunAs as = new com.example.csl.common.RunAs(identityService);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> as.run("zhangwei",
            () -> taskService.createComment(validity.getId(), instance, "长".repeat(3000))))
        .isInstanceOf(FormContractViolation.class).hasMessageContaining("备注").hasMessageContaining("最多2000");
    as.run("zhangwei", () -> taskService.createComment(validity.getId(), instance, "已电话联系客户"));
    assertThat(taskService.getTaskComments(validity.getId())).extracting(c -> c.getFullMessage()).containsExactly("已电话联系客户");
  }

  @Test
  @DisplayName("R-SEC-1 both APIs answer with nosniff, no-store and no framing")
  void securityHeaders() throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("zhangwei:" + Http.DEMO_PASSWORD).getBytes());
    for (String path : List.of("/api/complaints/TS-00000000-0000", "/engine-rest/task/count")) {
      java.net.http.HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create("http://localhost:" + port + path)).header("Authorization", basic).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
    }
  }

  @Test
  @DisplayName("R-SEC-1 staff cannot write variables, messages or signals around the forms (403)")
  void noWritesAroundForms() {
    String instance = registerComplaint();
    Http http = Http.as(port, "zhangwei");
    Http.Response variable = http.put("/engine-rest/process-instance/" + instance + "/variables/description",
        Map.of("value", "改写", "type", "String"));
    assertThat(variable.status()).as(variable.body()).isEqualTo(403);
    Http.Response message = http.post("/engine-rest/message", Map.of("messageName", "ComplaintRerouted",
        "processInstanceId", instance, "processVariables", Map.of("rerouteGroup", Map.of("value", "auditor"))));
    assertThat(message.status()).as(message.body()).isEqualTo(403);
    assertThat(runtimeService.getVariable(instance, "description")).isNotEqualTo("改写");
  }
}
