package com.example.csl.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bad-input corpus of issue 13 against every start form and every task form of every deployed
 * process, through the engine REST API (as Tasklist submits), and against the /api POSTs: missing,
 * empty, whitespace, wrong JSON types, NaN, huge numbers, 100k-character strings, control and bidi
 * characters, HTML/script, undeclared and system-owned fields, malformed JSON. Every one must be
 * answered 400 naming its field — 0 answers 500, 0 bad inputs accepted, 0 rows or instances left.
 */
@CslSpringTest
class BadInputCorpusTest {

  static final List<String> SYSTEM_OWNED = List.of("customerId", "contractId", "complaintId", "capaId", "issuerGroup",
      "repairOrderId", "visitPlanId", "email_");
  static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*([a-zA-Z_]\\w*)\\s*}");

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  final List<String> accepted = new ArrayList<>();
  final List<String> serverErrors = new ArrayList<>();
  final List<String> unnamed = new ArrayList<>();
  int submissions;

  record Bad(String field, String what, Object value, String type) {}

  static FormContract contract(String formKey) throws IOException {
    try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/" + formKey + ".form")) {
      return FormContract.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** A value the field accepts (best effort: options fed from a variable may be unknown here). */
  static Object valid(FormField field) {
    return switch (field.type()) {
      case "number" -> field.min() != null ? field.min().max(java.math.BigDecimal.ONE).intValue() : 1;
      case "checkbox" -> field.required();
      case "select", "radio" -> field.options() != null && !field.options().isEmpty() ? field.options().get(0) : "x";
      case "checklist", "taglist" -> field.options() != null && !field.options().isEmpty() ? List.of(field.options().get(0)) : List.of();
      case "datetime" -> "time".equals(field.subtype()) ? "10:00" : "datetime".equals(field.subtype()) ? "2027-06-01T10:00" : "2027-06-01";
      default -> field.pattern() != null ? "13812345678" : "测试内容";
    };
  }

  static List<Bad> corpus(FormContract contract) {
    List<Bad> bad = new ArrayList<>();
    for (FormField f : contract.fields().values()) {
      if (f.readonly()) {
        continue;
      }
      String k = f.key();
      if (f.required() && f.hide() == null) {
        bad.add(new Bad(k, "missing", null, "MISSING"));
        if (f.isText()) {
          bad.add(new Bad(k, "empty", "", null));
          bad.add(new Bad(k, "whitespace", "   ", null));
        }
      }
      if (f.hide() != null) {
        continue; // a hidden field's value is dropped, not refused; its checks run when the condition shows it
      }
      switch (f.type()) {
        case "textfield", "textarea" -> {
          bad.add(new Bad(k, "100k chars", "长".repeat(100_000), null));
          bad.add(new Bad(k, "control char", "ab\u0007c", null));
          bad.add(new Bad(k, "bidi override", "ab\u202Ec", null));
          bad.add(new Bad(k, "script", "<script>alert(1)</script>", null));
          bad.add(new Bad(k, "number for text", 12345, null));
          bad.add(new Bad(k, "boolean for text", true, null));
          bad.add(new Bad(k, "object for text", "{\"a\":1}", "Json"));
        }
        case "number" -> {
          bad.add(new Bad(k, "12万", "12万", null));
          bad.add(new Bad(k, "NaN text", "NaN", null));
          bad.add(new Bad(k, "huge", 1e300, null));
          bad.add(new Bad(k, "boolean for number", true, null));
          if (f.min() != null) {
            bad.add(new Bad(k, "below min", f.min().subtract(java.math.BigDecimal.ONE).doubleValue(), null));
          }
          if (f.max() != null) {
            bad.add(new Bad(k, "above max", f.max().add(java.math.BigDecimal.ONE).doubleValue(), null));
          }
          if (f.decimalDigits() != null) {
            bad.add(new Bad(k, "too many decimals", 1.0123456, null));
          }
        }
        case "checkbox" -> {
          bad.add(new Bad(k, "2 for boolean", 2, null));
          bad.add(new Bad(k, "text for boolean", "true", null));
        }
        case "select", "radio" -> {
          bad.add(new Bad(k, "not an option", "NOT_AN_OPTION", null));
          bad.add(new Bad(k, "number option", 7, null));
        }
        case "checklist", "taglist" -> {
          bad.add(new Bad(k, "not an option", "[\"NOT_AN_OPTION\"]", "Json"));
          bad.add(new Bad(k, "scalar for list", 5, null));
        }
        case "datetime" -> {
          bad.add(new Bad(k, "impossible date", "2026-13-45", null));
          bad.add(new Bad(k, "words for date", "明天", null));
          bad.add(new Bad(k, "number for date", 20261201, null));
        }
        default -> { }
      }
    }
    for (String owned : SYSTEM_OWNED) {
      if (contract.field(owned) == null) {
        bad.add(new Bad(owned, "undeclared/system-owned", 7, null));
      }
    }
    return bad;
  }

  static Map<String, Object> body(FormContract contract, Bad bad) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (FormField f : contract.fields().values()) {
      if (!f.readonly() && f.hide() == null && !f.key().equals(bad.field())) {
        Object value = valid(f);
        variables.put(f.key(), value instanceof List<?> list ? Map.of("value", toJson(list), "type", "Json") : Map.of("value", value));
      }
    }
    if (!"MISSING".equals(bad.type())) {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("value", bad.value());
      if (bad.type() != null) {
        value.put("type", bad.type());
      }
      variables.put(bad.field(), value);
    }
    return Map.of("variables", variables);
  }

  static String toJson(List<?> list) {
    return list.stream().map(o -> "\"" + o + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
  }

  private void submitAll(String step, String path, FormContract contract) {
    Http http = Http.as(port, "admin");
    for (Bad bad : corpus(contract)) {
      submissions++;
      Http.Response response = http.post(path, body(contract, bad));
      String label = step + " " + bad.field() + " (" + bad.what() + ")";
      if (response.status() >= 500) {
        serverErrors.add(label + ": " + response.body());
      } else if (response.status() < 400) {
        accepted.add(label);
      } else if (!response.body().contains("\"field\":\"" + bad.field() + "\"")) {
        unnamed.add(label + ": " + response.status() + " " + response.body());
      }
    }
    submissions++;
    Http.Response malformed = http.post(path, "{\"variables\": {\"x\": ");
    if (malformed.status() >= 500 || malformed.status() < 400) {
      serverErrors.add(step + " malformed JSON: " + malformed.status() + " " + malformed.body());
    }
  }

  static String processOf(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
    for (var e = element; e != null; e = e.getParentElement()) {
      if (e instanceof org.camunda.bpm.model.bpmn.instance.Process process) {
        return process.getId();
      }
    }
    return null;
  }

  static final Pattern UNKNOWN = Pattern.compile("\\$\\{([a-zA-Z_]\\w*)(?:\\.(\\w+))?}");

  /**
   * Starts an instance right before the task, skipping listeners and I/O mappings; the variables its
   * expressions need (groups, due dates, a decision result's fields) are supplied as the engine asks.
   */
  private ProcessInstance reach(ProcessDefinition definition, UserTask userTask, Map<String, Object> variables, List<String> skipped) {
    Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
    String last = "";
    for (int attempt = 0; attempt < 40; attempt++) {
      try {
        Map<String, Object> all = new LinkedHashMap<>(variables);
        objects.forEach((name, fields) -> all.put(name, org.camunda.bpm.engine.variable.Variables.objectValue(fields)
            .serializationDataFormat("application/json").create()));
        return runtimeService.createProcessInstanceById(definition.getId()).setVariables(all).startBeforeActivity(userTask.getId())
            .execute(true, true);
      } catch (RuntimeException e) {
        last = String.valueOf(e.getMessage());
        Matcher m = UNKNOWN.matcher(last);
        if (!m.find()) {
          skipped.add(definition.getKey() + "/" + userTask.getId() + ": " + e.getMessage());
          return null;
        }
        String name = m.group(1);
        if (m.group(2) != null) {
          objects.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(m.group(2), "customer-service");
        } else {
          variables.put(name, name.matches(".*(Due|At|Date|By)$") ? new Date(System.currentTimeMillis() + 86_400_000L) : "customer-service");
        }
      }
    }
    skipped.add(definition.getKey() + "/" + userTask.getId() + ": too many unknown variables, last: " + last);
    return null;
  }

  private Map<String, Long> domainRows() {
    Map<String, Long> rows = new LinkedHashMap<>();
    jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) LIKE 'CSL\\_%' ESCAPE '\\' AND TABLE_SCHEMA = CURRENT_SCHEMA", String.class)
        .stream().filter(table -> !table.equalsIgnoreCase("csl_deadline")) // see orphanDeadlines()
        .forEach(table -> rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
    return rows;
  }

  /**
   * The deadlines the calendar computed for cases that do not exist (a refused start that left a record).
   * csl_deadline itself grows with the cases the corpus starts to reach each task, like the engine's history.
   */
  private long orphanDeadlines() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM csl_deadline d WHERE NOT EXISTS"
        + " (SELECT 1 FROM ACT_HI_PROCINST h WHERE h.ID_ = d.process_instance_id)", Long.class);
  }

  @Test
  @DisplayName("R-SEC-1 every start form and every task form refuses each bad input with 400 naming the field, and nothing is stored")
  void everyFormRefusesTheCorpus() throws IOException {
    Map<String, Long> rowsBefore = domainRows();
    List<String> steps = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        String formRef = start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        if (formRef == null || !(start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
            || !definition.getKey().equals(processOf(start))) {
          continue;
        }
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
        submitAll(definition.getKey() + " start", "/engine-rest/process-definition/" + definition.getId() + "/submit-form", contract(formRef));
        steps.add(definition.getKey() + " start " + formRef);
        if (runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count() != instances) {
          accepted.add(definition.getKey() + " start: an instance was created");
        }
      }
      for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
        String formRef = userTask.getCamundaFormRef();
        if (formRef == null) {
          continue;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String attribute : new String[] {userTask.getCamundaCandidateGroups(), userTask.getCamundaAssignee(),
            userTask.getCamundaDueDate(), userTask.getCamundaFollowUpDate()}) {
          Matcher m = VARIABLE.matcher(attribute == null ? "" : attribute);
          while (m.find()) {
            boolean date = attribute.equals(userTask.getCamundaDueDate()) || attribute.equals(userTask.getCamundaFollowUpDate());
            variables.put(m.group(1), date ? new Date() : "customer-service");
          }
        }
        if (!definition.getKey().equals(processOf(userTask))) {
          continue; // a task of another pool in the same file
        }
        ProcessInstance instance = reach(definition, userTask, variables, skipped);
        if (instance == null) {
          continue;
        }
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(userTask.getId()).singleResult();
        if (task == null) { // a multi-instance body: take any task of it
          task = taskService.createTaskQuery().processInstanceId(instance.getId()).list().stream().findFirst().orElseThrow();
        }
        Map<String, Object> before = runtimeService.getVariables(instance.getId());
        submitAll(definition.getKey() + "/" + userTask.getId(), "/engine-rest/task/" + task.getId() + "/submit-form", contract(formRef));
        steps.add(definition.getKey() + "/" + userTask.getId() + " " + formRef);
        if (taskService.createTaskQuery().taskId(task.getId()).count() != 1) {
          accepted.add(userTask.getId() + ": the task was completed");
          continue;
        }
        if (!runtimeService.getVariables(instance.getId()).equals(before)) {
          accepted.add(userTask.getId() + ": variables changed");
        }
        runtimeService.deleteProcessInstance(instance.getId(), "bad-input corpus", true, true);
      }
    }
    System.out.println("bad-input corpus: " + submissions + " submissions over " + steps.size() + " steps; skipped " + skipped);
    assertThat(skipped).as("task forms that could not be reached").isEmpty();
    assertThat(steps.size()).isGreaterThanOrEqualTo(50);
    List<String> all = new ArrayList<>();
    accepted.forEach(a -> all.add("ACCEPTED " + a));
    serverErrors.forEach(a -> all.add("500 " + a.substring(0, Math.min(200, a.length()))));
    unnamed.forEach(a -> all.add("UNNAMED " + a.substring(0, Math.min(300, a.length()))));
    assertThat(all).as("accepted, answered 500, or not naming the field").isEmpty();
    assertThat(domainRows()).as("no domain rows written").isEqualTo(rowsBefore);
    assertThat(orphanDeadlines()).as("no deadline recorded for a refused start").isZero();
  }

  @Test
  @DisplayName("R-SEC-1 the /api POSTs refuse unknown, mistyped, oversized, duplicate-key and malformed bodies with 400, never 500")
  void apiRefusesTheCorpus() {
    // the cases the other endpoints act on: a customer, a contractor, a complaint in handling
    Http.Response prospect = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "语料档案客户",
        "contactPerson", "孙", "phone", "13500135002", "intention", "STRONG"));
    long prospectId = prospect.json().path("id").asLong();
    long contractorId = Http.as(port, "huangmei").post("/api/contractors", Map.of("name", "语料保证金单位")).json().path("id").asLong();
    Http.Response registered = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", prospectId,
        "channel", "HOTLINE", "category", "OTHER", "description", "语料改派"));
    String complaintNumber = registered.json().path("number").asText();
    Task validity = taskService.createTaskQuery().processInstanceId(registered.json().path("processInstanceId").asText())
        .taskDefinitionKey("Task_CheckValidity").singleResult();
    Http.as(port, "zhangwei").post("/engine-rest/task/" + validity.getId() + "/claim", Map.of("userId", "zhangwei"));
    Http.as(port, "zhangwei").post("/engine-rest/task/" + validity.getId() + "/submit-form",
        Map.of("variables", Map.of("validity", Map.of("value", "FOUNDED"))));
    Map<String, Long> rowsBefore = domainRows();
    Map<String, Object> customer = new LinkedHashMap<>(Map.of("name", "语料测试有限公司", "contactPerson", "钱女士",
        "phone", "13500135000", "intention", "MODERATE"));
    Map<String, Object> complaint = new LinkedHashMap<>(Map.of("customerPhone", "13500135999", "channel", "HOTLINE",
        "category", "TECHNICAL", "description", "设备报警"));
    Map<String, Object> contractor = new LinkedHashMap<>(Map.of("name", "语料施工单位", "contactPerson", "钱", "phone", "13500135001"));
    record Endpoint(String user, String path, Map<String, Object> body, List<String> texts, List<String> numbers, List<String> booleans) {}
    List<Endpoint> endpoints = List.of(
        new Endpoint("wangfang", "/api/customers", customer, List.of("name", "contactPerson", "phone", "address", "intention"),
            List.of("priorYearRevenue"), List.of("strategic")),
        new Endpoint("zhangwei", "/api/complaints", complaint, List.of("customerPhone", "description", "category", "channel"),
            List.of("customerId", "contractId"), List.of("major")),
        new Endpoint("huangmei", "/api/contractors", contractor, List.of("name", "contactPerson", "phone"), List.of(), List.of()),
        new Endpoint("huangmei", "/api/contractors/" + contractorId + "/deposits",
            new LinkedHashMap<>(Map.of("amount", 100, "note", "语料")), List.of("note"), List.of("amount"), List.of()),
        new Endpoint("zhangwei", "/api/complaints/" + complaintNumber + "/reroute",
            new LinkedHashMap<>(Map.of("handlerGroup", "eng-tech", "reason", "语料")), List.of("handlerGroup", "reason"), List.of(), List.of()),
        new Endpoint("wangfang", "/api/customers/" + prospectId + "/contracts",
            new LinkedHashMap<>(Map.of("contractNumber", "YL-1", "amount", 1000)),
            List.of("contractNumber"), List.of("amount"), List.of("involvesDesignInstallation")));
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (Endpoint endpoint : endpoints) {
      List<Map<String, Object>> bodies = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (String text : endpoint.texts()) {
        for (Object bad : new Object[] {12345, true, "x".repeat(100_000), "ab\u0007c", "ab\u202Ec", List.of("x")}) {
          Map<String, Object> body = new LinkedHashMap<>(endpoint.body());
          body.put(text, bad);
          bodies.add(body);
          names.add(text);
        }
      }
      for (String number : endpoint.numbers()) {
        // 1.5 is a fine amount but no id
        Object[] values = number.endsWith("Id") ? new Object[] {"12万", 1.5, "1", true} : new Object[] {"12万", "1", true, "NaN"};
        for (Object bad : values) {
          Map<String, Object> body = new LinkedHashMap<>(endpoint.body());
          body.put(number, bad);
          bodies.add(body);
          names.add(number);
        }
      }
      for (String bool : endpoint.booleans()) {
        for (Object bad : new Object[] {2, "true", "是"}) {
          Map<String, Object> body = new LinkedHashMap<>(endpoint.body());
          body.put(bool, bad);
          bodies.add(body);
          names.add(bool);
        }
      }
      Map<String, Object> unknown = new LinkedHashMap<>(endpoint.body());
      unknown.put("email_", "typo@example.com");
      bodies.add(unknown);
      names.add("email_");
      Http http = Http.as(port, endpoint.user());
      for (int i = 0; i < bodies.size(); i++) {
        count++;
        Http.Response response = http.post(endpoint.path(), bodies.get(i));
        if (response.status() != 400 || !response.body().contains("\"field\":\"" + names.get(i) + "\"")) {
          failures.add(endpoint.path() + " " + names.get(i) + ": " + response.status() + " " + response.body());
        }
        if (response.body().contains("xxxxxxxx") || response.body().contains("12万")) {
          failures.add(endpoint.path() + " " + names.get(i) + " echoes the value");
        }
      }
      String json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(endpoint.body()).toString();
      for (String raw : new String[] {"{", "[]", json.replace("{", "{\"name\":\"a\",\"name\":\"b\","), "null"}) {
        count++;
        Http.Response response = http.post(endpoint.path(), raw);
        if (response.status() != 400) {
          failures.add(endpoint.path() + " raw " + raw.substring(0, Math.min(20, raw.length())) + ": " + response.status() + " " + response.body());
        }
      }
      count++;
      Http.Response huge = http.post(endpoint.path(), "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}");
      if (huge.status() != 413 && huge.status() != 400) {
        failures.add(endpoint.path() + " 300 KB body: " + huge.status());
      }
    }
    System.out.println("api corpus: " + count + " requests");
    assertThat(failures).isEmpty();
    assertThat(domainRows()).isEqualTo(rowsBefore);
  }
}
