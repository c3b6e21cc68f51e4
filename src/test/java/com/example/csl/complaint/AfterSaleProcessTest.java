package com.example.csl.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.Intention;
import com.example.csl.support.AsUser;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.FormService;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** after-sale.bpmn end to end through the real engine, REST API and database (SPEC §3). */
@CslSpringTest
class AfterSaleProcessTest {

  /** Wed 2026-09-30 10:00 Shanghai: the National Day holiday (Oct 1–7) and make-up Saturday Oct 10 follow. */
  static final ZonedDateTime REGISTERED = ZonedDateTime.parse("2026-09-30T10:00:00+08:00");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired ComplaintRepository complaints;
  @Autowired ComplaintEscalationRepository escalations;
  @Autowired ComplaintReportRepository keptReports;
  @Autowired com.example.csl.notification.NotificationRepository notifications;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  AsUser as;
  Customer customer;

  @BeforeEach
  void setUp() {
    as = new AsUser(identityService);
    ClockUtil.setCurrentTime(Date.from(REGISTERED.toInstant()));
    Customer c = new Customer();
    c.setName("投诉测试客户-" + System.nanoTime());
    c.setContactPerson("孙女士");
    c.setPhone("1580000" + String.format("%04d", (int) (Math.random() * 10000)));
    c.setIntention(Intention.STRONG);
    c.setChannel("API");
    c.setRegisteredAt(Instant.now());
    customer = customers.save(c);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Instant at(String iso) {
    return ZonedDateTime.parse(iso).toInstant();
  }

  JsonNode register(String category, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>(Map.of("customerId", customer.getId(), "channel", "HOTLINE",
        "category", category, "description", "设备运行时有异常响声", "customerRequest", "尽快上门检查"));
    body.putAll(extra);
    Http.Response response = Http.as(port, "zhangwei").post("/api/complaints", body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  ProcessInstance instance(JsonNode registered) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(registered.get("processInstanceId").asText())
        .singleResult();
  }

  Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  void complete(String user, ProcessInstance instance, String key, Map<String, Object> vars) {
    as.completeTask(taskService, instance.getId(), key, user, vars);
  }

  void founded(ProcessInstance instance) {
    complete("zhangwei", instance, "Task_CheckValidity", Map.of("validity", "FOUNDED"));
  }

  Job timer(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  @Test
  @DisplayName("R-AS-1 R-AS-5 numbered TS-YYYYMMDD-NNNN; deadlines in working days skip the National Day holiday and count make-up Saturday")
  void numberAndDeadlines() {
    JsonNode registered = register("TECHNICAL", Map.of());
    assertThat(registered.get("number").asText()).matches("TS-20260930-\\d{4}");
    JsonNode deadlines = registered.get("deadlines");
    assertThat(Instant.parse(deadlines.get("firstResponse").asText())).isEqualTo(at("2026-10-01T10:00:00+08:00"));
    assertThat(Instant.parse(deadlines.get("investigation").asText())).isEqualTo(at("2026-10-08T10:00:00+08:00"));
    assertThat(Instant.parse(deadlines.get("reply").asText())).isEqualTo(at("2026-10-09T10:00:00+08:00"));
    assertThat(Instant.parse(deadlines.get("feedback").asText())).isEqualTo(at("2026-10-10T10:00:00+08:00"));
    assertThat(Instant.parse(deadlines.get("resolution").asText())).isEqualTo(at("2026-10-13T10:00:00+08:00"));
    ProcessInstance instance = instance(registered);
    assertThat(instance.getBusinessKey()).isEqualTo(registered.get("number").asText());
    assertThat(task(instance, "Task_CheckValidity").getDueDate().toInstant()).isEqualTo(at("2026-10-01T10:00:00+08:00"));
  }

  @Test
  @DisplayName("R-AS-4 R-AS-8 R-AS-9 R-AS-10 R-AS-11 a technical complaint reaches eng-tech, loops once on 'not satisfied', is called back and archived read-only")
  void technicalComplaintToArchive() {
    JsonNode registered = register("TECHNICAL", Map.of());
    String number = registered.get("number").asText();
    ProcessInstance instance = instance(registered);
    founded(instance);
    assertThat(instance).isWaitingAt("Task_Reply");
    Task reply = task(instance, "Task_Reply");
    assertThat(taskService.getIdentityLinksForTask(reply.getId())).extracting("groupId").containsExactly("eng-tech");
    assertThat(reply.getDueDate().toInstant()).isEqualTo(at("2026-10-09T10:00:00+08:00"));
    assertThat(Http.as(port, "zhouqiang").get("/engine-rest/task?processInstanceId=" + instance.getId()).json()).hasSize(1);
    assertThat(Http.as(port, "wuming").get("/engine-rest/task?processInstanceId=" + instance.getId()).json()).isEmpty();

    complete("zhouqiang", instance, "Task_Reply", Map.of("investigation", "轴承磨损，责任人：安装班组", "replyToCustomer", "更换轴承"));
    complete("zhouqiang", instance, "Task_RecordHandling", Map.of("handlingResult", "已更换轴承，试运行正常"));
    complete("zhangwei", instance, "Task_Confirm", Map.of("confirmation", "NOT_SATISFIED", "confirmationMethod", "PHONE",
        "confirmationReference", "电话 2026-10-09 15:00", "customerOpinion", "仍有轻微异响"));
    assertThat(instance).isWaitingAt("Task_Reply");
    complete("zhouqiang", instance, "Task_Reply", Map.of("investigation", "复查：皮带松动", "replyToCustomer", "调整皮带"));
    complete("zhouqiang", instance, "Task_RecordHandling", Map.of("handlingResult", "已调整皮带，异响消除"));
    complete("zhangwei", instance, "Task_Confirm", Map.of("confirmation", "SATISFIED", "confirmationMethod", "SIGNATURE",
        "confirmationReference", "签字单 QS-0001"));
    complete("zhangwei", instance, "Task_Callback", Map.of("callbackOpinion", "客户满意", "departmentFeedback", "安装时检查皮带"));
    // R-AS-10: the feedback is a task for the handling department, with its working-day deadline
    assertThat(instance).isWaitingAt("Task_DepartmentFeedback");
    Task feedback = task(instance, "Task_DepartmentFeedback");
    assertThat(taskService.getIdentityLinksForTask(feedback.getId())).extracting("groupId").containsExactly("eng-tech");
    assertThat(formService.getTaskFormVariables(feedback.getId()).getValue("departmentFeedback", String.class)).isEqualTo("安装时检查皮带");
    complete("zhouqiang", instance, "Task_DepartmentFeedback", Map.of("departmentMeasure", "安装作业指导书增加皮带张紧检查"));
    // R-AS-13: the manager closes: responsible person and penalty (complaint-penalty.dmn), and raises a CAPA
    assertThat(instance).isWaitingAt("Task_Closure");
    assertThat(taskService.getIdentityLinksForTask(task(instance, "Task_Closure").getId())).extracting("groupId")
        .containsExactly("cs-manager");
    assertThatThrownBy(() -> complete("lina", instance, "Task_Closure", Map.of("responsiblePerson", "安装班组 王五",
        "penaltyLevel", "LEVEL_1", "penaltyAmount", 500)))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("30–100元");
    assertThatThrownBy(() -> complete("lina", instance, "Task_Closure", Map.of("responsiblePerson", "安装班组 王五",
        "penaltyLevel", "LEVEL_1")))
        .hasMessageContaining("罚款金额");
    assertThatThrownBy(() -> complete("lina", instance, "Task_Closure", Map.of("responsiblePerson", "安装班组 王五",
        "penaltyLevel", "LEVEL_1", "penaltyAmount", 50, "capaDepartment", "eng-install")))
        .hasMessageContaining("需纠正预防的问题");
    assertThat(instance).isWaitingAt("Task_Closure");
    assertThat(complaints.findByComplaintNumber(number).orElseThrow().getClosedAt()).as("a refusal changes nothing").isNull();
    complete("lina", instance, "Task_Closure", Map.of("responsiblePerson", "安装班组 王五", "penaltyLevel", "LEVEL_1",
        "penaltyAmount", 50, "penaltyNote", "皮带未按规定张紧", "capaDepartment", "eng-install",
        "capaProblem", "安装后未检查皮带张紧度"));
    assertThat(instance).isEnded().hasPassed("Task_Archive");

    JsonNode file = Http.as(port, "lina").get("/api/complaints/" + number).json();
    assertThat(file.get("status").asText()).isEqualTo("ARCHIVED");
    // R-ARC-1: the customer's archive lists its complaints
    assertThat(Http.as(port, "lina").get("/api/customers/" + customer.getId()).json().get("complaints").get(0)
        .get("number").asText()).isEqualTo(number);
    assertThat(file.get("handlerGroup").asText()).isEqualTo("eng-tech");
    assertThat(file.get("notice").asText()).contains(number).contains("类别 技术故障").contains("处理部门 工程技术部").doesNotContain("TECHNICAL").doesNotContain("eng-tech");
    assertThat(file.get("handlingResult").asText()).isEqualTo("已调整皮带，异响消除");
    assertThat(file.get("confirmationReference").asText()).isEqualTo("签字单 QS-0001");
    assertThat(file.get("callbackOpinion").asText()).isEqualTo("客户满意");
    assertThat(file.get("departmentFeedback").asText()).isEqualTo("安装时检查皮带");
    assertThat(file.get("escalations")).as("every deadline met").isEmpty();
    assertThat(file.at("/departmentMeasure/measure").asText()).isEqualTo("安装作业指导书增加皮带张紧检查");
    assertThat(file.at("/departmentMeasure/by").asText()).isEqualTo("zhouqiang");
    assertThat(file.at("/closure/responsiblePerson").asText()).isEqualTo("安装班组 王五");
    assertThat(file.at("/closure/penaltyAmount").decimalValue()).isEqualByComparingTo("50");
    assertThat(file.at("/closure/penaltySanction").asText()).isEqualTo("经济处罚30–100元/次");
    assertThat(file.at("/closure/closedBy").asText()).isEqualTo("lina");
    // the CAPA names the complaint, the complaint lists it, and the case history keeps its number (audit)
    JsonNode capa = file.get("correctiveActions").get(0);
    assertThat(capa.get("department").asText()).isEqualTo("eng-install");
    assertThat(capa.get("problem").asText()).contains(number).contains("投诉结案");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(capa.get("processInstanceId").asText())
        .singleResult().getBusinessKey()).isEqualTo(capa.get("number").asText());
    assertThat(Http.as(port, "lina").get("/api/capas?open=true").json())
        .anyMatch(line -> line.get("id").asLong() == capa.get("id").asLong() && line.get("complaintId").asLong() == archivedId(number));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName("capasRaised")
        .singleResult().getValue()).isEqualTo(capa.get("number").asText());
    Complaint archived = complaints.findByComplaintNumber(number).orElseThrow();
    archived.setHandlingResult("事后修改");
    assertThatThrownBy(() -> complaints.saveAndFlush(archived)).hasMessageContaining("已归档");
    assertThat(complaints.findByComplaintNumber(number).orElseThrow().getHandlingResult()).isEqualTo("已调整皮带，异响消除");
  }

  @Test
  @DisplayName("R-AS-5 R-AS-6 a missed investigation deadline escalates to the manager, the complaint keeps running; a met reply deadline does not")
  void missedDeadlineEscalates() {
    JsonNode registered = register("TECHNICAL", Map.of());
    ProcessInstance instance = instance(registered);
    founded(instance);
    // nobody takes the complaint: on Thu 2026-10-08 10:00 (1 working day later) the timer fires
    Job investigation = timer(instance, "Timer_Investigation");
    assertThat(investigation.getDuedate().toInstant()).isEqualTo(at("2026-10-08T10:00:00+08:00"));
    ClockUtil.setCurrentTime(investigation.getDuedate());
    managementService.executeJob(investigation.getId());
    Task supervise = task(instance, "Task_Supervise");
    assertThat(taskService.getIdentityLinksForTask(supervise.getId())).extracting("groupId").containsExactly("engineering-head");
    assertThat(taskService.getVariable(supervise.getId(), "missedDeadlines")).isEqualTo("INVESTIGATION");
    assertThat(instance).isWaitingAt("Task_Reply", "Task_Supervise");
    JsonNode file = Http.as(port, "zhangwei").get("/api/complaints/" + registered.get("number").asText()).json();
    assertThat(file.get("escalations")).hasSize(1);
    assertThat(file.get("escalations").get(0).get("deadline").asText()).isEqualTo("INVESTIGATION");
    assertThat(file.get("escalations").get(0).get("managerGroup").asText()).isEqualTo("engineering-head");

    // the handler replies in time for the 2-working-day deadline: its timer records nothing more
    ClockUtil.setCurrentTime(Date.from(at("2026-10-08T15:00:00+08:00")));
    complete("zhouqiang", instance, "Task_Reply", Map.of("investigation", "查明原因", "replyToCustomer", "已答复"));
    Job replyTimer = timer(instance, "Timer_Reply");
    ClockUtil.setCurrentTime(replyTimer.getDuedate());
    managementService.executeJob(replyTimer.getId());
    long complaintId = complaints.findByComplaintNumber(registered.get("number").asText()).orElseThrow().getId();
    assertThat(escalations.findByComplaintIdOrderByIdAsc(complaintId)).hasSize(1);
    assertThat(instance).isWaitingAt("Task_RecordHandling", "Task_Supervise");
    complete("sunhao", instance, "Task_Supervise", Map.of("supervisionNote", "已督促"));
  }

  @Test
  @DisplayName("R-AS-5 R-AS-6 no first response within 24 hours escalates to the customer-service manager")
  void firstResponseMissed() {
    JsonNode registered = register("OTHER", Map.of());
    ProcessInstance instance = instance(registered);
    Job job = timer(instance, "Timer_FirstResponse");
    ClockUtil.setCurrentTime(job.getDuedate());
    managementService.executeJob(job.getId());
    Task supervise = task(instance, "Task_Supervise");
    assertThat(taskService.getIdentityLinksForTask(supervise.getId())).extracting("groupId").containsExactly("cs-manager");
    assertThat(instance).isWaitingAt("Task_CheckValidity", "Task_Supervise");
  }

  @Test
  @DisplayName("R-AS-3 an unfounded complaint is closed with the reason and the reply given; both are required")
  void unfounded() {
    JsonNode registered = register("OTHER", Map.of());
    ProcessInstance instance = instance(registered);
    assertThatThrownBy(() -> complete("zhangwei", instance, "Task_CheckValidity", Map.of("validity", "UNFOUNDED")))
        .isInstanceOf(BusinessRuleViolation.class);
    complete("zhangwei", instance, "Task_CheckValidity", Map.of("validity", "UNFOUNDED",
        "unfoundedReason", "客户误操作，设备正常", "replyToCustomer", "已电话说明正确操作方法，客户表示理解"));
    assertThat(instance).isEnded().hasPassed("Task_CloseUnfounded");
    Complaint complaint = complaints.findByComplaintNumber(registered.get("number").asText()).orElseThrow();
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.UNFOUNDED);
    assertThat(complaint.getUnfoundedReason()).isEqualTo("客户误操作，设备正常");
  }

  @Test
  @DisplayName("R-AS-7 a major complaint goes at once to vice-gm and general-manager; the handler sees their measures")
  void majorComplaint() {
    JsonNode registered = register("TECHNICAL", Map.of("major", true));
    ProcessInstance instance = instance(registered);
    Task measures = task(instance, "Task_MajorMeasures");
    assertThat(taskService.getIdentityLinksForTask(measures.getId())).extracting("groupId")
        .containsExactlyInAnyOrder("vice-gm", "general-manager");
    complete("gaojun", instance, "Task_MajorMeasures", Map.of("majorMeasures", "总工程师带队当天上门"));
    // the validity check keeps the flag ticked: the major branch is not raised a second time (helper walk)
    complete("zhangwei", instance, "Task_CheckValidity", Map.of("validity", "FOUNDED", "major", true));
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_MajorMeasures").count()).isEqualTo(1);
    Task reply = task(instance, "Task_Reply");
    assertThat(formService.getTaskFormVariables(reply.getId()).getValue("majorMeasures", String.class)).isEqualTo("总工程师带队当天上门");
    assertThat(complaints.findByComplaintNumber(registered.get("number").asText()).orElseThrow().getMajorMeasures())
        .isEqualTo("总工程师带队当天上门");
  }

  @Test
  @DisplayName("R-AS-7 customer service can flag a complaint major later, at the validity check")
  void majorFlaggedLater() {
    ProcessInstance instance = instance(register("OTHER", Map.of()));
    assertThat(task(instance, "Task_MajorMeasures")).isNull();
    complete("zhangwei", instance, "Task_CheckValidity", Map.of("validity", "FOUNDED", "major", true));
    assertThat(task(instance, "Task_MajorMeasures")).isNotNull();
  }

  @Test
  @DisplayName("R-AS-4 a service-attitude complaint goes to the responsible department named by customer service")
  void serviceQualityToResponsibleDepartment() {
    ProcessInstance instance = instance(register("SERVICE_ATTITUDE", Map.of()));
    assertThatThrownBy(() -> complete("zhangwei", instance, "Task_CheckValidity", Map.of("validity", "FOUNDED")))
        .hasMessageContaining("责任部门");
    complete("zhangwei", instance, "Task_CheckValidity", Map.of("validity", "FOUNDED", "responsibleGroup", "marketing"));
    Task reply = task(instance, "Task_Reply");
    assertThat(taskService.getIdentityLinksForTask(reply.getId())).extracting("groupId").containsExactly("marketing");
  }

  @Test
  @DisplayName("R-AS-1 POST /api/complaints: 400 per bad field, 404 unknown customer, 401/403; nothing stored on rejection")
  void apiErrors() {
    long before = complaints.count();
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("after-sale").count();
    Http cs = Http.as(port, "zhangwei");
    Http.Response invalid = cs.post("/api/complaints", Map.of("customerId", customer.getId(), "category", "NOISE",
        "description", "x".repeat(2001)));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("channel", "category", "description");
    assertThat(cs.post("/api/complaints", Map.of("customerId", 987654321, "channel", "HOTLINE", "category", "OTHER",
        "description", "不存在的客户")).status()).isEqualTo(404);
    assertThat(cs.post("/api/complaints", Map.of("channel", "HOTLINE", "category", "OTHER", "description", "无客户")).json()
        .get("errors").get(0).get("field").asText()).isEqualTo("customerId");
    assertThat(cs.post("/api/complaints", "{\"customerId\":\"abc\"}").status()).isEqualTo(400);
    assertThat(Http.anonymous(port).post("/api/complaints", Map.of()).status()).isEqualTo(401);
    assertThat(Http.as(port, "liuyang").post("/api/complaints", Map.of("customerId", customer.getId(), "channel", "HOTLINE",
        "category", "OTHER", "description", "营销部不能登记")).status()).isEqualTo(403);
    assertThat(complaints.count()).isEqualTo(before);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("after-sale").count()).isEqualTo(instances);
    assertThat(cs.get("/api/complaints/TS-19990101-0001").status()).isEqualTo(404);
    assertThat(Http.as(port, "huangmei").get("/api/complaints/TS-19990101-0001").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-AS-1 the Tasklist start form registers by the customer's phone; a bad form is refused and stores nothing")
  void startForm() {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("after-sale")
        .latestVersion().singleResult().getId();
    Map<String, Object> form = new HashMap<>(Map.of("customerPhone", customer.getPhone(), "channel", "VISIT",
        "category", "INSTALLATION", "description", "安装位置与图纸不符"));
    ProcessInstance instance = as.call("wangfang", () -> formService.submitStartForm(definitionId, form));
    assertThat(instance.getBusinessKey()).startsWith("TS-20260930-");
    assertThat(runtimeService.getVariable(instance.getId(), "customerPhone")).isNull();
    long before = complaints.count();
    form.put("description", " ");
    assertThatThrownBy(() -> as.call("wangfang", () -> formService.submitStartForm(definitionId, form)))
        .hasMessageContaining("投诉内容");
    assertThat(complaints.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("R-AS-1 200 complaints registered from parallel threads get 200 distinct numbers of the day")
  void concurrentNumbering() throws Exception {
    ClockUtil.setCurrentTime(Date.from(at("2026-12-02T11:00:00+08:00")));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    Set<String> numbers = ConcurrentHashMap.newKeySet();
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int n = i;
      results.add(pool.submit(() -> {
        Http.Response response = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customer.getId(),
            "channel", "HOTLINE", "category", "OTHER", "description", "并发登记 " + n));
        if (response.status() == 201) {
          numbers.add(response.json().get("number").asText());
        }
        return response.status();
      }));
    }
    for (Future<Integer> result : results) {
      assertThat(result.get()).isEqualTo(201);
    }
    pool.shutdown();
    assertThat(numbers).hasSize(200).allMatch(number -> number.matches("TS-20261202-\\d{4}"));
  }

  @Test
  @DisplayName("R-AS-4 customer service re-routes an open complaint with a reason; handling restarts at the new department")
  void reroute() {
    JsonNode registered = register("OTHER", Map.of());
    String number = registered.get("number").asText();
    ProcessInstance instance = instance(registered);
    Http cs = Http.as(port, "zhangwei");
    assertThat(cs.post("/api/complaints/" + number + "/reroute", Map.of("handlerGroup", "eng-install", "reason", "实为安装问题"))
        .status()).as("not in handling yet").isEqualTo(409);
    founded(instance);
    assertThat(taskService.getIdentityLinksForTask(task(instance, "Task_Reply").getId())).extracting("groupId")
        .containsExactly("customer-service");
    Http.Response bad = cs.post("/api/complaints/" + number + "/reroute", Map.of("handlerGroup", "nobody"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("handlerGroup", "reason");
    // only handling departments handle (issue 15): an auditor or the process owner can never be given the case
    for (String notHandling : new String[] {"auditor", "process-owner", "camunda-admin"}) {
      Http.Response refused = cs.post("/api/complaints/" + number + "/reroute", Map.of("handlerGroup", notHandling, "reason", "试图"));
      assertThat(refused.status()).as(notHandling).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("handlerGroup");
    }
    Http.Response rerouted = cs.post("/api/complaints/" + number + "/reroute",
        Map.of("handlerGroup", "eng-install", "reason", "实为安装问题"));
    assertThat(rerouted.status()).isEqualTo(200);
    assertThat(rerouted.json().get("handlerGroup").asText()).isEqualTo("eng-install");
    assertThat(rerouted.json().get("reroutes").get(0).get("reason").asText()).isEqualTo("实为安装问题");
    assertThat(rerouted.json().get("reroutes").get(0).get("reroutedBy").asText()).isEqualTo("zhangwei");
    assertThat(taskService.getIdentityLinksForTask(task(instance, "Task_Reply").getId())).extracting("groupId")
        .containsExactly("eng-install");
    assertThat(runtimeService.getVariable(instance.getId(), "managerGroup")).isEqualTo("engineering-head");
    assertThat(Http.as(port, "liuyang").post("/api/complaints/" + number + "/reroute",
        Map.of("handlerGroup", "eng-tech", "reason", "x")).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-AS-12 the weekly report counts by category, department and status, with missed deadlines")
  void weeklyReport() {
    ClockUtil.setCurrentTime(Date.from(at("2026-11-03T10:00:00+08:00")));
    ProcessInstance technical = instance(register("TECHNICAL", Map.of()));
    register("OTHER", Map.of());
    Job firstResponse = timer(technical, "Timer_FirstResponse");
    ClockUtil.setCurrentTime(firstResponse.getDuedate());
    managementService.executeJob(firstResponse.getId());
    Http.Response report = Http.as(port, "lina").get("/api/reports/complaints?week=2026-W45");
    assertThat(report.status()).isEqualTo(200);
    JsonNode body = report.json();
    assertThat(body.get("registered").asLong()).isEqualTo(2);
    assertThat(body.get("byCategory").get("TECHNICAL").asLong()).isEqualTo(1);
    assertThat(body.get("byCategory").get("OTHER").asLong()).isEqualTo(1);
    assertThat(body.at("/labels/TECHNICAL").asText()).isEqualTo("技术故障");
    assertThat(body.get("byStatus").get("REGISTERED").asLong()).isEqualTo(2);
    assertThat(body.get("missedDeadlines").get("FIRST_RESPONSE").asLong()).isEqualTo(1);
    assertThat(Http.as(port, "lina").get("/api/reports/complaints?quarter=2026-Q4").json().get("registered").asLong())
        .isGreaterThanOrEqualTo(2);
    assertThat(Http.as(port, "lina").get("/api/reports/complaints?week=2026-48").status()).isEqualTo(400);
    assertThat(Http.as(port, "huangmei").get("/api/reports/complaints?week=2026-W45").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-AS-5 R-AS-6 feedback (3 working days, on make-up Saturday 10-10) and resolution (Tue 10-13) missed: both escalate once each")
  void feedbackAndResolutionMissed() {
    JsonNode registered = register("INSTALLATION", Map.of());
    ProcessInstance instance = instance(registered);
    founded(instance);
    ClockUtil.setCurrentTime(Date.from(at("2026-10-08T09:00:00+08:00")));
    complete("wuming", instance, "Task_Reply", Map.of("investigation", "安装偏差", "replyToCustomer", "重新定位安装"));
    Job feedback = timer(instance, "Timer_Feedback");
    assertThat(feedback.getDuedate().toInstant()).isEqualTo(at("2026-10-10T10:00:00+08:00"));
    ClockUtil.setCurrentTime(feedback.getDuedate());
    managementService.executeJob(feedback.getId());
    Job resolution = timer(instance, "Timer_Resolution");
    assertThat(resolution.getDuedate().toInstant()).isEqualTo(at("2026-10-13T10:00:00+08:00"));
    ClockUtil.setCurrentTime(resolution.getDuedate());
    managementService.executeJob(resolution.getId());
    long complaintId = complaints.findByComplaintNumber(registered.get("number").asText()).orElseThrow().getId();
    assertThat(escalations.findByComplaintIdOrderByIdAsc(complaintId)).extracting(ComplaintEscalation::getDeadline)
        .containsExactly(ComplaintEscalation.Deadline.FEEDBACK, ComplaintEscalation.Deadline.RESOLUTION);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_Supervise").count())
        .isEqualTo(2);
    assertThat(instance).isWaitingAt("Task_RecordHandling");
  }

  @Test
  @DisplayName("R-NOT-1 GET /api/notifications?reference= shows a complaint's notifications to staff with the right group")
  void notificationsVisible() {
    String number = register("TECHNICAL", Map.of()).get("number").asText();
    Http.Response response = Http.as(port, "lina").get("/api/notifications?reference=" + number);
    assertThat(response.status()).isEqualTo(200);
    List<String> lines = new ArrayList<>();
    response.json().get("items").forEach(n -> lines.add(n.get("template").asText() + " " + n.get("status").asText()));
    // the test customer has no e-mail address: the acknowledgement is kept as SKIPPED
    assertThat(lines).contains("complaint-acknowledgement SKIPPED", "task-created PENDING");
    assertThat(Http.as(port, "liuyang").get("/api/notifications?reference=" + number).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-AS-4 in Tasklist: the handler returns a complaint that is not theirs; customer service re-routes it with a reason")
  void returnedByHandlerAndRerouted() {
    JsonNode registered = register("TECHNICAL", Map.of());
    ProcessInstance instance = instance(registered);
    founded(instance);
    assertThatThrownBy(() -> complete("zhouqiang", instance, "Task_Reply", Map.of("returnForReroute", true)))
        .hasMessageContaining("退回理由");
    complete("zhouqiang", instance, "Task_Reply", Map.of("returnForReroute", true, "returnReason", "属于安装问题"));
    Task choose = task(instance, "Task_ChooseReroute");
    assertThat(taskService.getIdentityLinksForTask(choose.getId())).extracting("groupId").containsExactly("customer-service");
    complete("zhangwei", instance, "Task_ChooseReroute", Map.of("rerouteGroup", "eng-install", "rerouteReason", "安装位置偏差"));
    assertThat(taskService.getIdentityLinksForTask(task(instance, "Task_Reply").getId())).extracting("groupId")
        .containsExactly("eng-install");
    JsonNode file = Http.as(port, "zhangwei").get("/api/complaints/" + registered.get("number").asText()).json();
    assertThat(file.get("reroutes").get(0).get("fromGroup").asText()).isEqualTo("eng-tech");
    assertThat(file.get("reroutes").get(0).get("toGroup").asText()).isEqualTo("eng-install");
    assertThat(file.get("reroutes").get(0).get("reroutedBy").asText()).isEqualTo("zhangwei");
    // the deadlines stay those of the registration
    assertThat(task(instance, "Task_Reply").getDueDate().toInstant()).isEqualTo(at("2026-10-09T10:00:00+08:00"));
  }

  @Test
  @DisplayName("R-AS-5 R-AS-6 nobody acts: at the 2-working-day reply deadline (Fri 10-09) investigation and reply escalate together, once")
  void replyMissed() {
    JsonNode registered = register("TECHNICAL", Map.of());
    ProcessInstance instance = instance(registered);
    founded(instance);
    Job reply = timer(instance, "Timer_Reply");
    assertThat(reply.getDuedate().toInstant()).isEqualTo(at("2026-10-09T10:00:00+08:00"));
    ClockUtil.setCurrentTime(reply.getDuedate());
    managementService.executeJob(reply.getId());
    Job investigation = timer(instance, "Timer_Investigation");
    managementService.executeJob(investigation.getId());
    long complaintId = complaints.findByComplaintNumber(registered.get("number").asText()).orElseThrow().getId();
    assertThat(escalations.findByComplaintIdOrderByIdAsc(complaintId)).extracting(ComplaintEscalation::getDeadline)
        .containsExactlyInAnyOrder(ComplaintEscalation.Deadline.INVESTIGATION, ComplaintEscalation.Deadline.REPLY);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_Supervise").count())
        .as("the second timer finds nothing new to escalate").isEqualTo(1);
  }

  @Autowired com.example.csl.contract.ContractRepository contracts;
  @Autowired com.example.csl.insale.ProjectTeamRepository teams;

  private com.example.csl.contract.Contract bulkContract(String number, com.example.csl.contract.Contract.Status status,
      String teamGroup) {
    var contract = new com.example.csl.contract.Contract(customer.getId(), number + "-" + System.nanoTime(),
        new java.math.BigDecimal("2000000"), true, java.time.LocalDate.of(2026, 10, 1), "wangfang", Instant.now());
    contract.classify("BULK", "BULK", null, "sunhao");
    contract.setStatus(status);
    contract = contracts.save(contract);
    if (teamGroup != null) {
      var team = new com.example.csl.insale.ProjectTeam(contract.getId(), teamGroup);
      team.staff("sunhao", "zhengli", "zhouqiang", "wuming", "chenjing", "sunhao", Instant.now());
      teams.save(team);
    }
    return contract;
  }

  private String replyGroup(ProcessInstance instance) {
    founded(instance);
    Task reply = task(instance, "Task_Reply");
    return taskService.getIdentityLinksForTask(reply.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("R-AS-4 (refined) issue 20: the named contract decides — its project team, not the customer's latest one's; none named: by category; in in-sale: the executing team; re-route to the named contract's team")
  void routingByNamedContract() {
    var handedOver = bulkContract("HT-A", com.example.csl.contract.Contract.Status.IN_AFTER_SALE, "project-team-route-a");
    var running = bulkContract("HT-B", com.example.csl.contract.Contract.Status.IN_SALE, "project-team-route-b");
    bulkContract("HT-C", com.example.csl.contract.Contract.Status.IN_AFTER_SALE, null); // latest, no team formed

    // naming the handed-over contract: its team, though the customer has later contracts
    JsonNode a = register("TECHNICAL", Map.of("contractId", handedOver.getId()));
    assertThat(replyGroup(instance(a))).isEqualTo("project-team-route-a");
    // naming a contract still in in-sale: accepted, to the team executing it (complaint-routing.dmn)
    JsonNode b = register("TECHNICAL", Map.of("contractId", running.getId()));
    assertThat(replyGroup(instance(b))).isEqualTo("project-team-route-b");
    // naming none: by category, no project team although the customer has bulk contracts
    JsonNode none = register("TECHNICAL", Map.of());
    ProcessInstance noneInstance = instance(none);
    assertThat(replyGroup(noneInstance)).isEqualTo("eng-tech");
    assertThat(complaints.findByComplaintNumber(none.get("number").asText()).orElseThrow().getNotice()).contains("工程技术部");

    // re-route: to "the named contract's team" only when the complaint names one
    Http cs = Http.as(port, "zhangwei");
    Http.Response refused = cs.post("/api/complaints/" + none.get("number").asText() + "/reroute",
        Map.of("handlerGroup", "project-team", "reason", "应由项目组处理"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("handlerGroup").contains("项目服务小组");
    String numberA = a.get("number").asText();
    assertThat(cs.post("/api/complaints/" + numberA + "/reroute", Map.of("handlerGroup", "eng-install", "reason", "实为安装问题"))
        .status()).isEqualTo(200);
    Http.Response back = cs.post("/api/complaints/" + numberA + "/reroute", Map.of("handlerGroup", "project-team", "reason", "仍属项目"));
    assertThat(back.status()).as(back.body()).isEqualTo(200);
    assertThat(back.json().get("handlerGroup").asText()).isEqualTo("project-team-route-a");
    Task again = task(instance(a), "Task_Reply");
    assertThat(taskService.getIdentityLinksForTask(again.getId())).extracting("groupId").contains("project-team-route-a");
  }

  private long archivedId(String number) {
    return complaints.findByComplaintNumber(number).orElseThrow().getId();
  }

  private void runReportCheck(String isoInstant) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(isoInstant).toInstant()));
    Job daily = managementService.createJobQuery().activityId("Start_ReportDaily").singleResult();
    assertThat(daily).as("the daily timer of complaint-report-schedule").isNotNull();
    managementService.executeJob(daily.getId());
  }

  @Test
  @DisplayName("R-AS-12 the weekly report is made by the model's timer on Monday (made up on Tuesday after a Monday down), once, per service office and department, kept and mailed to cs-manager")
  void weeklyReportOnTime() {
    String office = "东区客户服务处-" + System.nanoTime();
    customer.setRegion(office);
    customers.save(customer);
    // Tue 17 November 2026 (week 2026-W47): two complaints of the office, one technical (eng-tech), one other
    ClockUtil.setCurrentTime(Date.from(at("2026-11-17T10:00:00+08:00")));
    JsonNode technical = register("TECHNICAL", Map.of());
    founded(instance(technical));
    register("OTHER", Map.of("major", true));
    assertThat(complaints.findByComplaintNumber(technical.get("number").asText()).orElseThrow().getServiceOffice()).isEqualTo(office);
    // the application was down on Monday 23 November; the check on Tuesday makes W47's report
    assertThat(keptReports.existsByKindAndPeriodLabel("WEEKLY", "2026-W47")).isFalse();
    runReportCheck("2026-11-24T08:00:00+08:00");
    ComplaintReport weekly = keptReports.findByKindAndPeriodLabel("WEEKLY", "2026-W47").orElseThrow();
    assertThat(weekly.getPeriodFrom()).isEqualTo(at("2026-11-16T00:00:00+08:00"));
    assertThat(weekly.getPeriodTo()).isEqualTo(at("2026-11-23T00:00:00+08:00"));
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("reportsMade").list())
        .extracting(v -> (String) v.getValue()).anyMatch(made -> made.contains("WEEKLY 2026-W47"));
    // the quarter and the year before were made on the same first run (Q3 2026, 2025): each kind once per period
    assertThat(keptReports.existsByKindAndPeriodLabel("QUARTERLY", "2026-Q3")).isTrue();
    assertThat(keptReports.existsByKindAndPeriodLabel("YEARLY", "2025")).isTrue();
    long kept = keptReports.count();
    runReportCheck("2026-11-25T08:00:00+08:00");
    runReportCheck("2026-11-29T08:00:00+08:00");
    assertThat(keptReports.count()).as("nothing made twice").isEqualTo(kept);

    JsonNode view = Http.as(port, "lina").get("/api/reports/complaints/kept/" + weekly.getId()).json();
    assertThat(view.get("kindLabel").asText()).isEqualTo("投诉处理周报");
    JsonNode byOffice = view.at("/content/byServiceOffice").get(office);
    assertThat(byOffice.get("registered").asLong()).isEqualTo(2);
    assertThat(byOffice.at("/byHandlerGroup/eng-tech").asLong()).isEqualTo(1);
    assertThat(view.at("/content/labels/eng-tech").asText()).isEqualTo("工程技术部");
    assertThat(view.at("/content/majorComplaints")).anyMatch(line -> line.get("serviceOffice").asText().equals(office));
    // mailed to the cs-manager group of the model (李娜), with the office's line in the text
    com.example.csl.notification.Notification mail = notifications.findByIdempotencyKey("complaint-report:WEEKLY:2026-W47:lina").orElseThrow();
    assertThat(mail.getSubject()).isEqualTo("【投诉处理周报】2026-W47");
    assertThat(mail.getBody()).contains("2026年11月16日至2026年11月22日").contains(office + "：登记 2 宗").contains("工程技术部 1");
    assertThat(notifications.findByIdempotencyKey("complaint-report:WEEKLY:2026-W47:gaojun")).as("weekly: not the GM").isEmpty();
    assertThat(notifications.findByIdempotencyKey("complaint-report:QUARTERLY:2026-Q3:gaojun")).isPresent();

    JsonNode list = Http.as(port, "lina").get("/api/reports/complaints/kept?kind=WEEKLY").json();
    assertThat(list).anyMatch(line -> line.get("period").asText().equals("2026-W47"));
    assertThat(Http.as(port, "lina").get("/api/reports/complaints/kept?kind=DAILY").status()).isEqualTo(400);
    assertThat(Http.as(port, "lina").get("/api/reports/complaints/kept/999999").status()).isEqualTo(404);
    assertThat(Http.as(port, "huangmei").get("/api/reports/complaints/kept").status()).isEqualTo(403);
    // the on-demand report of the same week shows the office too
    assertThat(Http.as(port, "lina").get("/api/reports/complaints?week=2026-W47").json().at("/byServiceOffice").get(office)
        .get("registered").asLong()).isEqualTo(2);
  }

  @Test
  @DisplayName("R-AS-12 a major complaint, once archived, gets customer service's special report: kept with the case record and mailed to the GM and vice-GM")
  void majorComplaintSpecialReport() {
    JsonNode registered = register("TECHNICAL", Map.of("major", true));
    String number = registered.get("number").asText();
    ProcessInstance instance = instance(registered);
    complete("gaojun", instance, "Task_MajorMeasures", Map.of("majorMeasures", "总工程师带队当天上门"));
    // R-AS-13 (S3 五.6.3): the company's leaders visit the customer and hand in the visit record
    Task visit = task(instance, "Task_MajorVisit");
    assertThat(taskService.getIdentityLinksForTask(visit.getId())).extracting("groupId")
        .containsExactlyInAnyOrder("general-manager", "vice-gm", "marketing-vp");
    assertThatThrownBy(() -> complete("linfeng", instance, "Task_MajorVisit", Map.of("visitMethod", "VISIT",
        "visitedOn", "2026-10-30", "visitors", "林峰", "findings", "客户要求书面答复")))
        .hasMessageContaining("将来");
    complete("linfeng", instance, "Task_MajorVisit", Map.of("visitMethod", "VISIT", "visitedOn", "2026-09-30",
        "visitors", "副总经理林峰、营销副总", "customerParticipants", "设备科长", "findings", "客户要求书面答复"));
    founded(instance);
    complete("zhouqiang", instance, "Task_Reply", Map.of("investigation", "控制柜接线松动", "replyToCustomer", "当天上门紧固"));
    complete("zhouqiang", instance, "Task_RecordHandling", Map.of("handlingResult", "已紧固并试运行"));
    complete("zhangwei", instance, "Task_Confirm", Map.of("confirmation", "SATISFIED", "confirmationMethod", "SIGNATURE",
        "confirmationReference", "签字单 QS-0101"));
    complete("zhangwei", instance, "Task_Callback", Map.of("callbackOpinion", "客户认可"));
    assertThat(task(instance, "Task_DepartmentFeedback")).as("no feedback for the department: no task").isNull();
    complete("lina", instance, "Task_Closure", Map.of("responsiblePerson", "无", "penaltyLevel", "NONE"));
    // archived at once; the special report follows and does not hold the archive back
    assertThat(complaints.findByComplaintNumber(number).orElseThrow().getStatus()).isEqualTo(ComplaintStatus.ARCHIVED);
    assertThat(instance).isWaitingAt("Task_MajorReport");
    Task report = task(instance, "Task_MajorReport");
    assertThat(taskService.getIdentityLinksForTask(report.getId())).extracting("groupId").containsExactly("cs-manager");
    assertThat(formService.getTaskFormVariables(report.getId()).getValue("majorMeasures", String.class)).isEqualTo("总工程师带队当天上门");
    complete("lina", instance, "Task_MajorReport", Map.of("meetingMinutes", "11月3日专题会议：客户服务部、工程技术部参加",
        "causeAnalysis", "出厂检验漏检接线", "lessons", "增加出厂接线复检"));
    assertThat(instance).isEnded().hasPassed("End_MajorReported");
    ComplaintReport kept = keptReports.findByKindAndPeriodLabel("MAJOR", number).orElseThrow();
    JsonNode view = Http.as(port, "lina").get("/api/reports/complaints/kept/" + kept.getId()).json();
    assertThat(view.at("/content/meetingMinutes").asText()).startsWith("11月3日专题会议");
    assertThat(view.at("/content/majorMeasures").asText()).isEqualTo("总工程师带队当天上门");
    assertThat(view.at("/content/handlerGroup").asText()).isEqualTo("工程技术部");
    assertThat(view.at("/content/writtenBy").asText()).isEqualTo("lina");
    assertThat(notifications.findByIdempotencyKey("complaint-report:MAJOR:" + number + ":gaojun").orElseThrow().getBody())
        .contains("出厂检验漏检接线");
    assertThat(notifications.findByIdempotencyKey("complaint-report:MAJOR:" + number + ":linfeng")).isPresent();
    JsonNode file = Http.as(port, "lina").get("/api/complaints/" + number).json();
    assertThat(file.at("/visits/0/method").asText()).isEqualTo("VISIT");
    assertThat(file.at("/visits/0/recordedBy").asText()).isEqualTo("linfeng");
    assertThat(file.at("/closure/penaltySanction").asText()).isEqualTo("不处罚");
    // an ordinary complaint ends at 投诉已归档
    ProcessInstance ordinary = instance(register("OTHER", Map.of()));
    founded(ordinary);
    assertThat(task(ordinary, "Task_MajorReport")).isNull();
  }

  @Test
  @DisplayName("R-AS-13 the handler raises a CAPA with the handling record; a second record after 'not satisfied' does not raise it again; the callback can raise one too")
  void capaFromHandlerAndCallback() {
    JsonNode registered = register("TECHNICAL", Map.of());
    String number = registered.get("number").asText();
    ProcessInstance instance = instance(registered);
    founded(instance);
    complete("zhouqiang", instance, "Task_Reply", Map.of("investigation", "电机过热", "replyToCustomer", "更换电机"));
    complete("zhouqiang", instance, "Task_RecordHandling", Map.of("handlingResult", "已更换电机",
        "capaDepartment", "eng-design", "capaProblem", "电机选型偏小"));
    complete("zhangwei", instance, "Task_Confirm", Map.of("confirmation", "NOT_SATISFIED", "confirmationMethod", "PHONE",
        "confirmationReference", "电话", "customerOpinion", "仍过热"));
    complete("zhouqiang", instance, "Task_Reply", Map.of("investigation", "散热不足", "replyToCustomer", "加装风扇"));
    Task second = task(instance, "Task_RecordHandling");
    assertThat(formService.getTaskFormVariables(second.getId()).getValue("capaDepartment", String.class))
        .as("the first record's request is not offered again").isNull();
    complete("zhouqiang", instance, "Task_RecordHandling", Map.of("handlingResult", "已加装风扇"));
    complete("zhangwei", instance, "Task_Confirm", Map.of("confirmation", "SATISFIED", "confirmationMethod", "SIGNATURE",
        "confirmationReference", "签字单 QS-0202"));
    complete("zhangwei", instance, "Task_Callback", Map.of("callbackOpinion", "满意", "capaDepartment", "customer-service",
        "capaProblem", "回访发现首次答复不准确"));
    JsonNode actions = Http.as(port, "lina").get("/api/complaints/" + number).json().get("correctiveActions");
    assertThat(actions).hasSize(2);
    assertThat(actions.get(0).get("department").asText()).isEqualTo("eng-design");
    assertThat(actions.get(0).get("problem").asText()).contains("处理情况表").contains("电机选型偏小");
    assertThat(actions.get(1).get("problem").asText()).contains("投诉回访");
    assertThat(runtimeService.getVariable(instance.getId(), "capasRaised")).isEqualTo(
        actions.get(0).get("number").asText() + "、" + actions.get(1).get("number").asText());
  }
}
