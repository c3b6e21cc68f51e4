package com.example.csl.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.csl.support.AsUser;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-ARC-4 archive upkeep: updates with history through the API and the Tasklist process, and recorded reads. */
@CslSpringTest
class CustomerArchiveTest {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired JdbcTemplate jdbc;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  AsUser as;

  @BeforeEach
  void setUp() {
    as = new AsUser(identityService);
  }

  static String phone() {
    return "137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
  }

  long register(String name, String phone) {
    Http.Response created = Http.as(port, "wangfang").post("/api/customers", Map.of("name", name, "contactPerson", "李先生",
        "phone", phone, "intention", "MODERATE", "industry", "制造", "priorYearRevenue", 1200000));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  long changes(long id) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM csl_customer_change WHERE customer_id = ?", Long.class, id);
  }

  @Test
  @DisplayName("R-ARC-4 a keeper updates contact, address, revenue and credit status through the API: each change kept with who, when, old, new and reason; the record shows its history")
  void updateWithHistory() {
    long id = register("档案维护-" + UUID.randomUUID().toString().substring(0, 8), phone());
    Http.Response updated = Http.as(port, "zhangwei").patch("/api/customers/" + id, Map.of("contactPerson", "王经理",
        "address", "上海市浦东新区张江路 88 号", "priorYearRevenue", 5600000, "creditStatus", "GOOD",
        "industry", "制造", "reason", "客户来电告知联系人变更，并提供上年度收入"));
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().get("changed")).extracting(JsonNode::asText)
        .containsExactly("contactPerson", "address", "priorYearRevenue", "creditStatus");
    Customer customer = customers.findById(id).orElseThrow();
    assertThat(customer.getContactPerson()).isEqualTo("王经理");
    assertThat(customer.getPriorYearRevenue()).isEqualByComparingTo(new BigDecimal("5600000"));
    JsonNode history = Http.as(port, "liuyang").get("/api/customers/" + id + "/changes").json();
    assertThat(history).hasSize(4);
    assertThat(history.get(0).get("field").asText()).isEqualTo("contactPerson");
    assertThat(history.get(0).get("oldValue").asText()).isEqualTo("李先生");
    assertThat(history.get(0).get("newValue").asText()).isEqualTo("王经理");
    assertThat(history.get(0).get("changedBy").asText()).isEqualTo("zhangwei");
    assertThat(history.get(0).get("reason").asText()).contains("联系人变更");
    assertThat(history.get(0).get("changedAt").asText()).isNotBlank();
    assertThat(history.get(2).get("oldValue").asText()).isEqualTo("1200000.00");
    assertThat(history.get(2).get("newValue").asText()).isEqualTo("5600000");
    assertThat(history.get(1).path("oldValue").isMissingNode() || history.get(1).get("oldValue").isNull())
        .as("no address before").isTrue();
    assertThat(Http.as(port, "liuyang").get("/api/customers/" + id).json().get("changeHistory")).hasSize(4);
  }

  @Test
  @DisplayName("R-ARC-4 R-PRE-2 refused updates change nothing: another archive's name and phone (409), a bad phone or no reason (400 per field), nothing changed, a non-keeper (403)")
  void refusedUpdates() {
    String phone = phone();
    String otherName = "重复甲-" + UUID.randomUUID().toString().substring(0, 8);
    register(otherName, phone);
    long id = register("重复乙-" + UUID.randomUUID().toString().substring(0, 8), phone);
    Http keeper = Http.as(port, "liuyang");
    Http.Response duplicate = keeper.patch("/api/customers/" + id, Map.of("name", otherName, "reason", "更正名称"));
    assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
    assertThat(duplicate.json().get("existingCustomerId").asLong()).isNotEqualTo(id);
    assertThat(duplicate.body()).contains("同名同电话的档案只能有一份");
    Http.Response bad = keeper.patch("/api/customers/" + id, Map.of("phone", "12345", "creditStatus", "EXCELLENT"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("phone").contains("电话格式不正确").contains("creditStatus").contains("reason").contains("修改原因");
    Http.Response nothing = keeper.patch("/api/customers/" + id, Map.of("industry", "制造", "reason", "核对"));
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.body()).contains("没有任何字段被修改");
    assertThat(keeper.patch("/api/customers/" + id, Map.of("contactPerson", "x", "unknownField", 1, "reason", "r")).status())
        .as("undeclared fields are refused").isEqualTo(400);
    assertThat(Http.as(port, "zhaolei").patch("/api/customers/" + id, Map.of("contactPerson", "x", "reason", "r")).status())
        .as("the marketing VP reads the archive but does not keep it").isEqualTo(403);
    assertThat(keeper.patch("/api/customers/99999999", Map.of("contactPerson", "x", "reason", "r")).status()).isEqualTo(404);
    assertThat(changes(id)).isZero();
    assertThat(customers.findById(id).orElseThrow().getName()).startsWith("重复乙-");
  }

  @Test
  @DisplayName("R-ARC-4 R-ARC-2 every read of an archive record is recorded; auditors read the log, others may not; non-readers cannot read the archive")
  void readsRecorded() {
    long id = register("查阅记录-" + UUID.randomUUID().toString().substring(0, 8), phone());
    assertThat(Http.as(port, "liuyang").get("/api/customers/" + id).status()).isEqualTo(200);
    assertThat(Http.as(port, "zhaolei").get("/api/customers/" + id).status()).isEqualTo(200);
    assertThat(Http.as(port, "huangmei").get("/api/customers/" + id).status()).as("finance is no archive reader").isEqualTo(403);
    Http.Response log = Http.as(port, "fengyi").get("/api/customers/" + id + "/reads");
    assertThat(log.status()).as(log.body()).isEqualTo(200);
    assertThat(log.json().get("total").asLong()).isEqualTo(2);
    assertThat(log.json().get("items").get(0).get("readBy").asText()).isEqualTo("zhaolei");
    assertThat(log.json().get("items").get(1).get("readBy").asText()).isEqualTo("liuyang");
    assertThat(log.json().get("items").get(0).get("readAt").asText()).isNotBlank();
    assertThat(Http.as(port, "liuyang").get("/api/customers/" + id + "/reads").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-ARC-4 客户档案维护 in Tasklist: the keeper's task shows the archive's values; a refused submission keeps the task; the update lands with its history and the read is recorded")
  void updateThroughTasklist() {
    String phone = phone();
    String otherName = "表单甲-" + UUID.randomUUID().toString().substring(0, 8);
    register(otherName, phone);
    long id = register("表单乙-" + UUID.randomUUID().toString().substring(0, 8), phone);
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("customer-update")
        .latestVersion().singleResult().getId();
    assertThatThrownBy(() -> as.call("zhangwei", () -> formService.submitStartForm(definition, Map.of("customerId", 99999999L))))
        .hasMessageContaining("没有编号为 99999999 的客户档案");
    assertThatThrownBy(() -> as.call("zhaolei", () -> formService.submitStartForm(definition, Map.of("customerId", id))))
        .as("only keepers start it").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    ProcessInstance instance = as.call("zhangwei", () -> formService.submitStartForm(definition, Map.of("customerId", id)));
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getAssignee()).isEqualTo("zhangwei");
    Map<String, Object> shown = taskService.getVariables(task.getId());
    assertThat(shown.get("contactPerson")).isEqualTo("李先生");
    assertThat(shown.get("industry")).isEqualTo("制造");
    assertThat(((Number) shown.get("priorYearRevenue")).doubleValue()).isEqualTo(1200000.0);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM csl_customer_read WHERE customer_id = ? AND channel = 'TASKLIST'",
        Long.class, id)).isEqualTo(1);

    Map<String, Object> form = new HashMap<>();
    for (String key : CustomerService.UPDATABLE) {
      if (shown.get(key) != null) {
        form.put(key, shown.get(key));
      }
    }
    form.put("name", otherName);
    form.put("updateReason", "更正名称");
    assertThatThrownBy(() -> as.run("zhangwei", () -> taskService.complete(task.getId(), form)))
        .hasMessageContaining("同名同电话的档案只能有一份");
    form.put("name", customers.findById(id).orElseThrow().getName());
    form.put("updateReason", "");
    assertThatThrownBy(() -> as.run("zhangwei", () -> taskService.complete(task.getId(), form))).hasMessageContaining("修改原因");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the refused task stays open").isEqualTo(1);
    assertThat(changes(id)).isZero();

    form.put("phone", "021-68881234");
    form.put("companySize", "LARGE");
    form.put("updateReason", "客户更换总机，补登企业规模");
    as.run("zhangwei", () -> taskService.complete(task.getId(), form));
    Customer customer = customers.findById(id).orElseThrow();
    assertThat(customer.getPhone()).isEqualTo("02168881234");
    assertThat(customer.getCompanySize()).isEqualTo("LARGE");
    assertThat(jdbc.queryForList("SELECT field FROM csl_customer_change WHERE customer_id = ? ORDER BY id", String.class, id))
        .containsExactly("phone", "companySize");
    assertThat(jdbc.queryForObject("SELECT changed_by FROM csl_customer_change WHERE customer_id = ? AND field = 'phone'",
        String.class, id)).isEqualTo("zhangwei");
  }
}
