package com.example.csl.presale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.CustomerStatus;
import com.example.csl.customer.Intention;
import com.example.csl.customer.FollowUp;
import com.example.csl.customer.FollowUpRepository;
import com.example.csl.customer.GradeChange;
import com.example.csl.customer.GradeChangeRepository;
import com.example.csl.support.AsUser;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** pre-sale.bpmn end to end through the real engine, REST API and database (SPEC §1). */
@CslSpringTest
class PreSaleProcessTest {

  /** Thu 2026-11-19 10:00 in Shanghai: weeks away from any holiday. */
  static final Instant START = ZonedDateTime.parse("2026-11-19T10:00:00+08:00").toInstant();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired GradeChangeRepository gradeChanges;
  @Autowired FollowUpRepository followUps;
  @Autowired ContractRepository contracts;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  AsUser as;

  @BeforeEach
  void setUp() {
    as = new AsUser(identityService);
    ClockUtil.setCurrentTime(Date.from(START));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String phone() {
    return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
  }

  /** Registers through the Tasklist start form as 营销内勤 王芳; returns the process instance. */
  ProcessInstance registerByForm(String intention, Double revenue, boolean strategic) {
    Map<String, Object> form = new HashMap<>();
    form.put("name", unique("测试客户"));
    form.put("contactPerson", "李先生");
    form.put("phone", phone());
    form.put("intention", intention);
    form.put("priorYearRevenue", revenue);
    form.put("strategic", strategic);
    return as.call("wangfang", () -> formService.submitStartForm(preSaleDefinitionId(), form));
  }

  String preSaleDefinitionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("pre-sale").latestVersion()
        .singleResult().getId();
  }

  Customer customerOf(ProcessInstance instance) {
    return customers.findById(Long.valueOf(instance.getBusinessKey() != null ? instance.getBusinessKey()
        : runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey()))
        .orElseThrow();
  }

  Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  void complete(String user, Task task, Map<String, Object> variables) {
    as.run(user, () -> {
      taskService.claim(task.getId(), user);
      taskService.complete(task.getId(), variables);
    });
  }

  /** Review confirmed by 赵磊 (营销副总), schedule by 陈杰 with owner 刘洋. */
  void reviewAndSchedule(ProcessInstance instance) {
    complete("zhaolei", task(instance, "Task_ReviewGrade"), Map.of("reviewDecision", "CONFIRM", "reviewReason", "资料属实"));
    complete("chenjie", task(instance, "Task_ServiceSchedule"), Map.of("plannedActions", "电话拜访，邮寄资料", "owner", "liuyang"));
  }

  Job followUpTimer(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers().activityId("Timer_FollowUpDue")
        .singleResult();
  }

  Map<String, Object> followUp(String decision, String intention) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("followUpDate", "2026-11-19");
    vars.put("followUpAction", "PHONE_VISIT");
    vars.put("followUpOutcome", "电话沟通了需求");
    vars.put("followUpNextStep", "寄送样本");
    vars.put("intention", intention);
    vars.put("caseDecision", decision);
    vars.put("needsTechnicalConsultation", false);
    return vars;
  }

  @ParameterizedTest(name = "R-PRE-3 R-PRE-6 intention {0}: grade {1}, follow-up every {2}, fired when due and not before")
  @CsvSource({"STRONG, A, P7D", "MODERATE, B, P15D", "NONE, C, P1M"})
  void gradedCadence(String intention, String grade, String interval) {
    ProcessInstance instance = registerByForm(intention, 1000.0, false);
    Customer customer = customerOf(instance);
    assertThat(customer.getGrade()).isEqualTo(grade);
    assertThat(instance).isWaitingAt("Task_ReviewGrade");
    reviewAndSchedule(instance);

    Job timer = followUpTimer(instance);
    Date due = workingDays.afterPeriod(Date.from(START), interval);
    assertThat(timer.getDuedate()).isEqualTo(due);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_FollowUp").count()).isZero();
    // one minute before it is due nothing is executable; at the due time the follow-up task appears
    ClockUtil.setCurrentTime(new Date(due.getTime() - 60_000));
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).executable().timers().count()).isZero();
    ClockUtil.setCurrentTime(due);
    managementService.executeJob(timer.getId());
    Task followUp = task(instance, "Task_FollowUp");
    assertThat(followUp.getAssignee()).isEqualTo("liuyang");
    assertThat(customers.findById(customer.getId()).orElseThrow().getFollowUpInterval()).isEqualTo(interval);
    // grade A also gets the on-site visit appointment (R-PRE-6)
    assertThat(task(instance, "Task_AppointVisit") != null).isEqualTo(grade.equals("A"));
  }

  @Test
  @DisplayName("R-PRE-6 R-PRE-8 a follow-up is recorded; a changed intention re-grades C→A and the next follow-up comes at A's cadence")
  void regradeChangesCadence() {
    ProcessInstance instance = registerByForm("NONE", null, false);
    reviewAndSchedule(instance);
    Job first = followUpTimer(instance);
    ClockUtil.setCurrentTime(first.getDuedate());
    managementService.executeJob(first.getId());
    Task task = task(instance, "Task_FollowUp");
    complete("liuyang", task, followUp("CONTINUE", "STRONG"));

    Customer customer = customerOf(instance);
    assertThat(customer.getGrade()).isEqualTo("A");
    // R-PRE-13: the re-grade does not skip the review by 营销副总/部门经理; the reason is shown there
    assertThat(instance).isWaitingAt("Task_ReviewGrade");
    assertThat((String) taskService.getVariable(task(instance, "Task_ReviewGrade").getId(), "regradeReason"))
        .contains("跟进后合作意向变为 STRONG");
    reviewAndSchedule(instance);
    List<GradeChange> history = gradeChanges.findByCustomerIdOrderByIdAsc(customer.getId());
    assertThat(history).extracting(GradeChange::getSource).containsExactly(
        GradeChange.Source.DECISION, GradeChange.Source.REVIEW_CONFIRMED, GradeChange.Source.FOLLOW_UP,
        GradeChange.Source.REVIEW_CONFIRMED);
    assertThat(history.get(2).getGradeBefore()).isEqualTo("C");
    List<FollowUp> records = followUps.findByCustomerIdOrderByIdAsc(customer.getId());
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getPerformedBy()).isEqualTo("liuyang");
    assertThat(records.get(0).getIntentionBefore().name()).isEqualTo("NONE");
    assertThat(records.get(0).getIntentionAfter().name()).isEqualTo("STRONG");
    Job next = followUpTimer(instance);
    assertThat(next.getDuedate()).isEqualTo(workingDays.afterPeriod(first.getDuedate(), "P7D"));
    assertThat(task(instance, "Task_AppointVisit")).as("A grade: on-site visit appointment").isNotNull();
    // an appointment lies ahead: yesterday is refused, tomorrow accepted (issue 18)
    java.time.OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(java.time.ZoneOffset.ofHours(8));
    Task appoint = task(instance, "Task_AppointVisit");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete("liuyang", appoint,
        new java.util.HashMap<>(Map.of("visitAppointmentAt", now.minusDays(1).toString(), "visitParticipants", "刘洋"))))
        .hasStackTraceContaining("上门拜访时间须晚于现在");
    complete("liuyang", appoint, new java.util.HashMap<>(Map.of("visitAppointmentAt", now.plusDays(1).toString(), "visitParticipants", "刘洋")));
    assertThat(task(instance, "Task_AppointVisit")).isNull();
  }

  @Test
  @DisplayName("R-PRE-7 technical consultation goes to engineering and is recorded as a follow-up")
  void technicalConsultation() {
    ProcessInstance instance = registerByForm("MODERATE", null, false);
    reviewAndSchedule(instance);
    Job timer = followUpTimer(instance);
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
    Map<String, Object> vars = followUp("CONTINUE", "MODERATE");
    vars.put("needsTechnicalConsultation", true);
    vars.put("consultationQuestion", "设备的安装条件？");
    complete("liuyang", task(instance, "Task_FollowUp"), vars);
    Task consultation = task(instance, "Task_TechnicalConsultation");
    assertThat(taskService.getIdentityLinksForTask(consultation.getId())).extracting("groupId").contains("engineering");
    complete("zhouqiang", consultation, Map.of("consultationOutcome", "电话说明了安装条件"));
    List<FollowUp> records = followUps.findByCustomerIdOrderByIdAsc(customerOf(instance).getId());
    assertThat(records).extracting(FollowUp::getAction)
        .containsExactly(FollowUp.Action.PHONE_VISIT, FollowUp.Action.TECHNICAL_CONSULTATION);
    assertThat(records.get(1).getPerformedBy()).isEqualTo("zhouqiang");
    assertThat(followUpTimer(instance)).as("back to waiting for the next follow-up").isNotNull();
  }

  @Test
  @DisplayName("R-PRE-4 the review needs a reason; an override is recorded in the grade history with the reviewer")
  void reviewOverride() {
    ProcessInstance instance = registerByForm("MODERATE", null, false);
    Task review = task(instance, "Task_ReviewGrade");
    assertThatThrownBy(() -> complete("zhaolei", review, Map.of("reviewDecision", "OVERRIDE", "reviewedGrade", "A")))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("审核说明");
    assertThat(instance).isWaitingAt("Task_ReviewGrade");
    as.run("zhaolei", () -> taskService.complete(review.getId(),
        Map.of("reviewDecision", "OVERRIDE", "reviewedGrade", "A", "reviewReason", "客户已提交采购计划")));
    Customer customer = customerOf(instance);
    assertThat(customer.getGrade()).isEqualTo("A");
    GradeChange last = gradeChanges.findByCustomerIdOrderByIdAsc(customer.getId()).get(1);
    assertThat(last.getSource()).isEqualTo(GradeChange.Source.REVIEW_OVERRIDDEN);
    assertThat(last.getGradeBefore()).isEqualTo("B");
    assertThat(last.getReason()).isEqualTo("客户已提交采购计划");
    assertThat(last.getChangedBy()).isEqualTo("zhaolei");
  }

  @Test
  @DisplayName("R-PRE-10 converted in the follow-up: the case ends, the customer is formal, in-sale starts for the contract")
  void conversionFromFollowUp() {
    ProcessInstance instance = registerByForm("STRONG", 6_000_000.0, false);
    reviewAndSchedule(instance);
    Job timer = followUpTimer(instance);
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
    String number = "HT-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> vars = followUp("CONVERTED", "STRONG");
    vars.put("contractNumber", number);
    vars.put("contractAmount", 1_200_000);
    vars.put("involvesDesignInstallation", true);
    complete("liuyang", task(instance, "Task_FollowUp"), vars);

    assertThat(instance).isEnded().hasPassed("Task_Convert");
    Customer customer = customerOf(instance);
    assertThat(customer.getStatus()).isEqualTo(CustomerStatus.CONVERTED);
    assertThat(customer.isKeyCustomer()).isTrue();
    Contract contract = contracts.findByContractNumber(number).orElseThrow();
    ProcessInstance inSale = runtimeService.createProcessInstanceQuery().processDefinitionKey("in-sale")
        .processInstanceBusinessKey(number).singleResult();
    assertThat(inSale).isWaitingAt("Task_ContractReview");
    assertThat(runtimeService.getVariable(inSale.getId(), "contractId")).isEqualTo(contract.getId());
    // R-IN-2: a draft under review, not signed yet
    assertThat(contract.getStatus()).isEqualTo(Contract.Status.IN_REVIEW);
    assertThat(contract.getSignedDate()).isNull();
  }

  @Test
  @DisplayName("R-PRE-10 a contract recorded through the API while waiting converts; during the review it is refused with 409")
  void conversionThroughApi() {
    Http marketing = Http.as(port, "liuyang");
    Http.Response created = Http.as(port, "wangfang").post("/api/customers", Map.of(
        "name", unique("杭州新源科技"), "contactPerson", "赵总", "phone", phone(), "intention", "MODERATE"));
    long id = created.json().get("id").asLong();
    String processInstanceId = created.json().get("processInstanceId").asText();
    Map<String, Object> terms = Map.of("contractNumber", "HT-" + UUID.randomUUID().toString().substring(0, 8),
        "amount", 80_000);
    Http.Response tooEarly = marketing.post("/api/customers/" + id + "/contracts", terms);
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(contracts.findByCustomerIdOrderByIdAsc(id)).isEmpty();

    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    reviewAndSchedule(instance);
    // R-IN-2: the contract is reviewed before it is signed — a signing date now is refused, naming the field
    Map<String, Object> signedAlready = new java.util.HashMap<>(terms);
    signedAlready.put("signedDate", "2026-11-18");
    Http.Response refused = marketing.post("/api/customers/" + id + "/contracts", signedAlready);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("signedDate").contains("先评审后签订");
    assertThat(contracts.findByCustomerIdOrderByIdAsc(id)).isEmpty();
    Http.Response signed = marketing.post("/api/customers/" + id + "/contracts", terms);
    assertThat(signed.status()).as(signed.body()).isEqualTo(201);
    assertThat(signed.json().get("customerStatus").asText()).isEqualTo("CONVERTED");
    assertThat(signed.json().get("inSaleProcessInstanceId").asText()).isNotBlank();
    assertThat(instance).isEnded();
    assertThat(marketing.post("/api/customers/" + id + "/contracts", terms).status()).isEqualTo(409);
  }

  @Test
  @DisplayName("R-PRE-10 dropping the case closes it with the reason; a drop without reason is refused")
  void drop() {
    ProcessInstance instance = registerByForm("NONE", null, false);
    reviewAndSchedule(instance);
    Job timer = followUpTimer(instance);
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
    Task task = task(instance, "Task_FollowUp");
    assertThatThrownBy(() -> complete("liuyang", task, followUp("DROPPED", "NONE")))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("放弃跟进原因");
    Map<String, Object> vars = followUp("DROPPED", "NONE");
    vars.put("dropReason", "客户已选择其他供应商");
    as.run("liuyang", () -> taskService.complete(task.getId(), vars));
    assertThat(instance).isEnded().hasPassed("Task_Drop");
    Customer customer = customerOf(instance);
    assertThat(customer.getStatus()).isEqualTo(CustomerStatus.DROPPED);
    assertThat(customer.getStatusReason()).isEqualTo("客户已选择其他供应商");
  }

  @Test
  @DisplayName("R-PRE-1 R-PRE-2 the start form: the archive is stored, business key = customer id; a duplicate is refused and leaves nothing")
  void startFormRegistration() {
    String name = unique("苏州精工");
    String phone = phone();
    Map<String, Object> form = new HashMap<>(Map.of("name", name, "contactPerson", "周工", "phone", phone, "intention", "STRONG"));
    String definitionId = preSaleDefinitionId();
    ProcessInstance instance = as.call("liuyang", () -> formService.submitStartForm(definitionId, form));
    Customer customer = customers.findByNameAndPhone(name, phone).orElseThrow();
    assertThat(instance.getBusinessKey()).isEqualTo(String.valueOf(customer.getId()));
    assertThat(customer.getChannel()).isEqualTo("FIELD");
    assertThat(customer.getRegisteredBy()).isEqualTo("liuyang");
    assertThat(runtimeService.getVariable(instance.getId(), "phone")).as("form fields are not kept in the instance").isNull();

    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("pre-sale").count();
    long rows = customers.count();
    assertThatThrownBy(() -> as.call("wangfang", () -> formService.submitStartForm(definitionId, form)))
        .hasMessageContaining("档案编号 " + customer.getId());
    Map<String, Object> bad = new HashMap<>(form);
    bad.put("name", unique("另一家"));
    bad.put("phone", "12345");
    assertThatThrownBy(() -> as.call("wangfang", () -> formService.submitStartForm(definitionId, bad)))
        .hasMessageContaining("联系电话：格式不正确");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("pre-sale").count()).isEqualTo(instances);
    assertThat(customers.count()).isEqualTo(rows);
  }

  @Test
  @DisplayName("R-PRE-1 R-PRE-2 POST /api/customers: 201 with grade; 400 per bad field; 409 on duplicate; rejected requests store nothing")
  void registrationApi() {
    Http office = Http.as(port, "wangfang");
    String name = unique("宁波海港物流");
    String phone = phone();
    Http.Response created = office.post("/api/customers", Map.of("name", name, "contactPerson", "钱经理",
        "phone", phone, "intention", "NONE", "strategic", true, "priorYearRevenue", 100));
    assertThat(created.status()).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(body.get("grade").asText()).isEqualTo("C");
    assertThat(body.get("keyCustomer").asBoolean()).isTrue();
    assertThat(body.get("processInstanceId").asText()).isNotBlank();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(body.get("id").asText()).count()).isEqualTo(1);

    long rows = customers.count();
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("pre-sale").count();
    Http.Response duplicate = office.post("/api/customers", Map.of("name", name, "contactPerson", "另一人",
        "phone", phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7), "intention", "STRONG"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("existingCustomerId").asLong()).isEqualTo(body.get("id").asLong());

    Http.Response invalid = office.post("/api/customers", Map.of("name", "x".repeat(201), "phone", "12345",
        "intention", "STRONG", "priorYearRevenue", -1));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    assertThat(invalid.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("name", "contactPerson", "phone", "priorYearRevenue");
    Http.Response unknownEnum = office.post("/api/customers", "{\"name\":\"甲\",\"contactPerson\":\"乙\",\"phone\":\"13800000000\","
        + "\"intention\":\"MAYBE\",\"companySize\":\"HUGE\"}");
    assertThat(unknownEnum.status()).isEqualTo(400);
    assertThat(unknownEnum.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("intention", "companySize");
    Http.Response notJson = office.post("/api/customers", "{\"name\":\"甲\",\"priorYearRevenue\":\"很多\"}");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.json().get("errors").get(0).get("field").asText()).isEqualTo("priorYearRevenue");
    assertThat(customers.count()).isEqualTo(rows);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("pre-sale").count()).isEqualTo(instances);

    assertThat(Http.anonymous(port).post("/api/customers", Map.of()).status()).isEqualTo(401);
    assertThat(Http.as(port, "luogang").post("/api/customers", Map.of("name", unique("维修队登记"), "contactPerson", "甲",
        "phone", phone(), "intention", "NONE")).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-ARC-2 the archive is read by marketing and customer service, not by finance or the repair team")
  void archiveAccess() {
    Http.Response created = Http.as(port, "wangfang").post("/api/customers", Map.of("name", unique("档案权限"),
        "contactPerson", "甲", "phone", phone(), "intention", "MODERATE"));
    String path = "/api/customers/" + created.json().get("id").asText();
    Http.Response read = Http.as(port, "liuyang").get(path);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("gradeHistory")).hasSize(1);
    assertThat(Http.as(port, "zhangwei").get(path).status()).isEqualTo(200);
    assertThat(Http.as(port, "huangmei").get(path).status()).isEqualTo(403);
    assertThat(Http.as(port, "luogang").get(path).status()).isEqualTo(403);
    assertThat(Http.as(port, "liuyang").get("/api/customers/999999999").status()).isEqualTo(404);
    assertThat(Http.as(port, "luogang").get("/api/customers").status()).isEqualTo(403);
    assertThat(Http.as(port, "liuyang").get("/api/customers?size=5").json().get("items").size()).isBetween(1, 5);
  }

  @Test
  @DisplayName("R-PRE-1 Tasklist finds the start form and the review task's Camunda Form deployed from forms/")
  void formsFoundByTasklistLookup() {
    Http office = Http.as(port, "wangfang");
    Http.Response startForm = office.get("/engine-rest/process-definition/key/pre-sale/deployed-start-form");
    assertThat(startForm.status()).isEqualTo(200);
    assertThat(startForm.json().get("id").asText()).isEqualTo("customer-registration");
    ProcessInstance instance = registerByForm("STRONG", null, false);
    Task review = task(instance, "Task_ReviewGrade");
    Http reviewer = Http.as(port, "zhaolei");
    assertThat(reviewer.get("/engine-rest/task/" + review.getId() + "/form").json().get("camundaFormRef").get("key").asText())
        .isEqualTo("customer-grade-review");
    Http.Response deployed = reviewer.get("/engine-rest/task/" + review.getId() + "/deployed-form");
    assertThat(deployed.status()).isEqualTo(200);
    assertThat(deployed.json().get("id").asText()).isEqualTo("customer-grade-review");
    assertThat(deployed.body()).contains("审核结论");
    // the reviewer's form shows the customer's name and decided grade from the instance
    JsonNode variables = reviewer.get("/engine-rest/task/" + review.getId() + "/form-variables").json();
    assertThat(variables.get("grade").get("value").asText()).isEqualTo("A");
    assertThat(Http.as(port, "liuyang").get("/engine-rest/task/" + review.getId() + "/deployed-form").status())
        .as("marketing staff cannot open a management task").isIn(403, 404);
  }

  /** A customer whose pre-sale was dropped; returns the pre-sale instance. */
  ProcessInstance dropped() {
    ProcessInstance instance = registerByForm("NONE", null, false);
    reviewAndSchedule(instance);
    Job timer = followUpTimer(instance);
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
    Map<String, Object> vars = followUp("DROPPED", "NONE");
    vars.put("dropReason", "客户暂缓采购");
    complete("liuyang", task(instance, "Task_FollowUp"), vars);
    assertThat(customerOf(instance).getStatus()).isEqualTo(CustomerStatus.DROPPED);
    return instance;
  }

  @Test
  @DisplayName("R-PRE-12 a dropped customer re-registering gets 409 with existingCustomerId and the reopen link; reopening starts a new pre-sale case on the same archive, graded anew; only dropped archives reopen")
  void reopenThroughApi() {
    ProcessInstance first = dropped();
    Customer customer = customerOf(first);
    Http marketing = Http.as(port, "wangfang");
    Http.Response again = marketing.post("/api/customers", Map.of("name", customer.getName(), "contactPerson", "李先生",
        "phone", customer.getPhone(), "intention", "STRONG"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("existingCustomerId").asLong()).isEqualTo(customer.getId());
    assertThat(again.json().at("/reopen/href").asText()).isEqualTo("/api/customers/" + customer.getId() + "/reopen");
    assertThat(again.json().get("detail").asText()).contains("已放弃跟进");
    // refusals name the fields; nothing changes
    Http.Response noReason = marketing.post("/api/customers/" + customer.getId() + "/reopen", Map.of("intention", "STRONG"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reopenReason");
    assertThat(customers.findById(customer.getId()).orElseThrow().getStatus()).isEqualTo(CustomerStatus.DROPPED);
    assertThat(Http.as(port, "zhouqiang").post("/api/customers/" + customer.getId() + "/reopen",
        Map.of("intention", "STRONG", "reason", "x")).status()).isEqualTo(403);
    Http.Response reopened = marketing.post("/api/customers/" + customer.getId() + "/reopen",
        Map.of("intention", "STRONG", "reason", "客户新项目立项，重新洽谈"));
    assertThat(reopened.status()).as(reopened.body()).isEqualTo(201);
    ProcessInstance second = runtimeService.createProcessInstanceQuery()
        .processInstanceId(reopened.json().get("processInstanceId").asText()).singleResult();
    assertThat(second.getBusinessKey()).isEqualTo(String.valueOf(customer.getId()));
    assertThat(second).isWaitingAt("Task_ReviewGrade");
    Customer now = customers.findById(customer.getId()).orElseThrow();
    assertThat(now.getStatus()).isEqualTo(CustomerStatus.PROSPECT);
    assertThat(now.getIntention()).isEqualTo(Intention.STRONG);
    assertThat(now.getGrade()).as("graded anew from the intention stated now").isEqualTo("A");
    assertThat(now.getStatusReason()).contains("客户新项目立项");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("pre-sale")
        .processInstanceBusinessKey(String.valueOf(customer.getId())).count()).as("the old case kept").isEqualTo(2);
    // a prospect in follow-up is not reopened
    Http.Response twice = marketing.post("/api/customers/" + customer.getId() + "/reopen",
        Map.of("intention", "STRONG", "reason", "再次"));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.body()).contains("只有已放弃跟进的客户档案可以重新开启");
  }

  @Test
  @DisplayName("R-PRE-12 S0 3.1 the Tasklist registration of a dropped customer is refused with how to reopen; ticked, it reopens the archive; customer service registers hotline prospects")
  void reopenThroughStartFormAndHotline() {
    Customer customer = customerOf(dropped());
    long before = customers.count();
    Map<String, Object> form = new HashMap<>(Map.of("name", customer.getName(), "contactPerson", "李先生",
        "phone", customer.getPhone(), "intention", "MODERATE"));
    assertThatThrownBy(() -> as.call("wangfang", () -> formService.submitStartForm(preSaleDefinitionId(), form)))
        .hasMessageContaining("档案编号 " + customer.getId()).hasMessageContaining("在原档案上重新开启跟进");
    form.put("reopenExisting", true);
    ProcessInstance reopened = as.call("wangfang", () -> formService.submitStartForm(preSaleDefinitionId(), form));
    assertThat(customers.count()).as("no second archive").isEqualTo(before);
    assertThat(reopened.getBusinessKey()).isEqualTo(String.valueOf(customer.getId()));
    assertThat(customers.findById(customer.getId()).orElseThrow().getStatus()).isEqualTo(CustomerStatus.PROSPECT);
    assertThat(runtimeService.getVariable(reopened.getId(), "reopenExisting")).isNull();
    // S0 3.1: customer service takes a prospect from the consultation hotline
    Map<String, Object> hotline = new HashMap<>(Map.of("name", unique("热线客户"), "contactPerson", "周女士",
        "phone", phone(), "intention", "MODERATE"));
    ProcessInstance fromHotline = as.call("zhangwei", () -> formService.submitStartForm(preSaleDefinitionId(), hotline));
    assertThat(customerOf(fromHotline).getChannel()).isEqualTo("HOTLINE");
    assertThat(customerOf(fromHotline).getRegisteredBy()).isEqualTo("zhangwei");
  }

  @Test
  @DisplayName("R-PRE-13 S0 4.2.2.1 4.2.3.8 monthly upkeep: marketing reviews the carried-over prospects' grades after the memo; a re-grade goes through the same review by 营销副总/部门经理 and a new schedule; the others' schedules are renewed for the month")
  void monthlyUpkeep() {
    // Wed 2027-03-10: registered and scheduled in March; the memo for March comes on Thu 1 April
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2027-03-10T10:00:00+08:00").toInstant()));
    ProcessInstance regraded = registerByForm("MODERATE", null, false);
    reviewAndSchedule(regraded);
    ProcessInstance renewed = registerByForm("NONE", null, false);
    reviewAndSchedule(renewed);
    Customer first = customerOf(regraded);
    Customer second = customerOf(renewed);

    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2027-04-01T09:00:00+08:00").toInstant()));
    org.camunda.bpm.engine.runtime.Job job = managementService.createJobQuery().processDefinitionKey("pre-sale-monthly-memo")
        .timers().singleResult();
    managementService.executeJob(job.getId());
    Task review = taskService.createTaskQuery().taskDefinitionKey("Task_MonthlyGradeReview")
        .processVariableValueEquals("memoMonth", "2027-03").singleResult();
    assertThat(review).isNotNull();
    assertThat((String) taskService.getVariable(review.getId(), "prospectList")).startsWith("档案 ");
    assertThat(MonthlyUpkeep.carriedOver(jdbc, "2027-03")).extracting(p -> ((Number) p.get("id")).longValue())
        .contains(first.getId(), second.getId());

    assertThatThrownBy(() -> complete("liuyang", review, Map.of("regrades", first.getId() + "=A")))
        .hasMessageContaining("调整理由");
    assertThatThrownBy(() -> complete("liuyang", review, Map.of("regrades", first.getId() + "=B", "regradeReason", "x")))
        .hasMessageContaining("已是 B 级");
    assertThatThrownBy(() -> complete("liuyang", review, Map.of("regrades", "99999999=A", "regradeReason", "x")))
        .hasMessageContaining("不在本月整理名单中");
    assertThatThrownBy(() -> complete("liuyang", review, Map.of("regrades", "甲客户升A", "regradeReason", "x")))
        .hasMessageContaining("格式不对");
    assertThat(customers.findById(first.getId()).orElseThrow().getGrade()).as("refusals change nothing").isEqualTo("B");
    complete("liuyang", review, Map.of("regrades", first.getId() + "=A", "regradeReason", "客户预算已获批，急需跟进"));

    assertThat(regraded).isWaitingAt("Task_ReviewGrade");
    assertThat(customers.findById(first.getId()).orElseThrow().getGrade()).isEqualTo("A");
    assertThat((String) taskService.getVariable(task(regraded, "Task_ReviewGrade").getId(), "regradeReason"))
        .contains("月度复核调整（liuyang）：客户预算已获批");
    assertThat(gradeChanges.findByCustomerIdOrderByIdAsc(first.getId())).extracting(GradeChange::getSource)
        .contains(GradeChange.Source.MONTHLY_REVIEW);
    complete("zhaolei", task(regraded, "Task_ReviewGrade"), Map.of("reviewDecision", "CONFIRM", "reviewReason", "同意调为A级"));
    assertThat(regraded).isWaitingAt("Task_ServiceSchedule");

    List<String> plans = jdbc.queryForList("SELECT planned_actions FROM csl_service_schedule WHERE customer_id = ? ORDER BY id",
        String.class, second.getId());
    assertThat(plans).hasSize(2);
    assertThat(plans.get(1)).isEqualTo("【2027-04 续排，据 2027-03 客户记录转接备忘】电话拜访，邮寄资料");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM csl_service_schedule WHERE customer_id = ?", Long.class, first.getId()))
        .as("the re-graded one is scheduled anew after its review, not renewed").isEqualTo(1);
  }
}
