package com.example.csl.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.Intention;
import com.example.csl.support.AsUser;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * satisfaction-survey.bpmn, corrective-action.bpmn and customer-visit-plan through the real engine
 * (SPEC §5). Its own database, so a round selects exactly the customers a test creates.
 */
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.process-engine-name=survey", "spring.datasource.url=jdbc:h2:mem:csl-survey;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
@ActiveProfiles("test")
class SatisfactionSurveyProcessTest {

  /** Mon 2026-12-07 10:00 Shanghai. */
  static final ZonedDateTime START = ZonedDateTime.parse("2026-12-07T10:00:00+08:00");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired SurveyRoundRepository rounds;
  @Autowired SurveyResponseRepository responses;
  @Autowired CorrectiveActionRepository actions;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.FormService formService;

  AsUser as;

  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;

  @BeforeEach
  void setUp() {
    // this context's engine ("survey"), not the default one of the shared test context
    org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(processEngine);
    as = new AsUser(identityService);
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    // every test selects from its own customers: the others leave the survey population
    jdbc.update("UPDATE csl_customer SET status = 'DROPPED'");
    // and no closed complaint is a callback candidate unless a test adds one
    jdbc.update("UPDATE csl_complaint SET status = 'CALLED_BACK'");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.reset();
  }

  Customer customer(boolean key) {
    Customer c = new Customer();
    c.setName("调查客户-" + System.nanoTime());
    c.setContactPerson("郑女士");
    c.setPhone("1360000" + String.format("%04d", (int) (Math.random() * 10000)));
    c.setEmail("survey-" + System.nanoTime() + "@example.com");
    c.setIntention(Intention.STRONG);
    c.setChannel("API");
    c.setKeyCustomer(key);
    c.setRegisteredAt(Instant.now());
    return customers.save(c);
  }

  ProcessInstance startRound(String label, int generalPercent) {
    return as.call("zhangwei", () -> runtimeService.startProcessInstanceByKey("satisfaction-survey", Map.of(
        "roundLabel", label, "generalSharePercent", generalPercent, "callbackSharePercent", 10, "replyWorkingDays", 10)));
  }

  List<Task> surveyTasks(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordSurvey").list();
  }

  Map<String, Object> answer(double design, double others) {
    Map<String, Object> v = new HashMap<>(Map.of("channel", "PHONE", "score_design", design));
    for (String item : List.of("quality", "delivery", "service", "price", "competition", "presale")) {
      v.put("score_" + item, others);
    }
    return v;
  }

  void complete(String user, Task task, Map<String, Object> vars) {
    as.run(user, () -> {
      taskService.claim(task.getId(), user);
      taskService.complete(task.getId(), vars);
    });
  }

  /** R-SAT-7: every round samples callbacks from all customers (the model's callbackPopulation); done, nothing to handle. */
  void callbacksDone(ProcessInstance pi) {
    for (Task callback : taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Callback").list()) {
      complete("zhangwei", callback, Map.of("feedback", "无意见", "needsHandling", false));
    }
  }

  void passReplyDeadline(ProcessInstance pi) {
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_ReplyDue").singleResult();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    managementService.executeJob(timer.getId());
  }

  JsonNode report(String label) {
    Http.Response response = Http.as(port, "lina").get("/api/reports/satisfaction?round=" + java.net.URLEncoder.encode(label,
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  @DisplayName("R-SAT-1 R-SAT-4 selection: all key customers, general ones by share; 4 of 5 back = 80% is valid, the reply deadline ends collection")
  void selectionAndValidRound() {
    for (int i = 0; i < 3; i++) {
      customer(true);
    }
    for (int i = 0; i < 4; i++) {
      customer(false);
    }
    ProcessInstance pi = startRound("有效轮次", 50);
    List<Task> tasks = surveyTasks(pi);
    assertThat(tasks).hasSize(5); // 3 key + 50% of 4 general
    assertThat(tasks.get(0).getDueDate().toInstant()).isEqualTo(ZonedDateTime.parse("2026-12-21T10:00:00+08:00").toInstant());
    assertThat(taskService.getIdentityLinksForTask(tasks.get(0).getId())).extracting("groupId").containsExactly("customer-service");
    for (Task task : tasks.subList(0, 4)) {
      complete("zhangwei", task, answer(95, 95));
    }
    passReplyDeadline(pi);
    callbacksDone(pi);
    JsonNode report = report("有效轮次");
    assertThat(report.get("selected").asInt()).isEqualTo(5);
    assertThat(report.get("responded").asInt()).isEqualTo(4);
    assertThat(report.get("responseRate").decimalValue()).isEqualByComparingTo("0.8");
    assertThat(report.get("valid").asBoolean()).isTrue();
    assertThat(report.get("belowTarget").asBoolean()).isFalse();
    assertThat(report.get("bands").get("A").asInt()).isEqualTo(4);
    assertThat(pi).isEnded();
    assertThat(report.get("status").asText()).isEqualTo("CLOSED");
    // R-NOT-1: each selected customer got the invitation
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM csl_notification WHERE template = 'survey-invitation' AND reference = ?",
        Integer.class, "survey:" + report.get("id").asText())).isEqualTo(5);
  }

  @Test
  @DisplayName("R-SAT-4 79 of 100 forms back (79%) makes the round invalid and raises the general manager's review meeting")
  void invalidRoundAt79Percent() {
    for (int i = 0; i < 100; i++) {
      customer(true);
    }
    ProcessInstance pi = startRound("无效轮次", 0);
    List<Task> tasks = surveyTasks(pi);
    assertThat(tasks).hasSize(100);
    for (Task task : tasks.subList(0, 79)) {
      complete("zhangwei", task, answer(95, 95));
    }
    passReplyDeadline(pi);
    JsonNode report = report("无效轮次");
    assertThat(report.get("responseRate").decimalValue()).isEqualByComparingTo("0.79");
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("belowTarget").asBoolean()).isFalse();
    assertThat(pi).isWaitingAt("Task_ReviewMeeting");
  }

  @Test
  @DisplayName("R-SAT-4 R-SAT-6 an item average of 84.9 with the average above 90 raises the review meeting, which issues a CAPA")
  void itemBelowTargetRaisesMeeting() {
    customer(true);
    ProcessInstance pi = startRound("单项不达标", 0);
    complete("zhangwei", surveyTasks(pi).get(0), answer(84.9, 100));
    assertThat(pi).isWaitingAt("Task_ReviewMeeting");
    JsonNode report = report("单项不达标");
    assertThat(report.get("average").decimalValue()).isEqualByComparingTo("97.84"); // (84.9 + 6 × 100) / 7 items
    assertThat(report.get("itemAverages").get("design").decimalValue()).isEqualByComparingTo("84.9");
    assertThat(report.get("belowTarget").asBoolean()).isTrue();
    // issue 18: the report names its codes as the forms word them
    assertThat(report.get("labels").get("design").asText()).isEqualTo("设计");
    assertThat(report.get("labels").get(report.get("status").asText()).asText()).isNotBlank().doesNotContain("_");
    Task meeting = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReviewMeeting").singleResult();
    assertThat(taskService.getIdentityLinksForTask(meeting.getId())).extracting("groupId").containsExactly("general-manager");
    assertThatThrownBy(() -> as.run("lina", () -> taskService.complete(meeting.getId(), Map.of("reviewConclusion", "x"))))
        .isInstanceOf(AuthorizationException.class);
    complete("gaojun", meeting, Map.of("reviewConclusion", "设计评审增加顾客特殊要求核对", "capaDepartment", "eng-design",
        "capaProblem", "设计项满意度 84.9 低于 85"));
    callbacksDone(pi);
    assertThat(pi).isEnded();
    JsonNode after = report("单项不达标");
    assertThat(after.get("reviewConclusion").asText()).contains("设计评审");
    assertThat(after.get("openCorrectiveActions")).hasSize(1);
    assertThat(after.get("openCorrectiveActions").get(0).get("department").asText()).isEqualTo("eng-design");
  }

  @Test
  @DisplayName("R-SAT-3 R-SAT-6 R-SAT-7 a D-band answer issues a CAPA to the department capa-department names and a revisit only cs-manager can complete")
  void dBandRevisitAndCapa() {
    customer(true);
    ProcessInstance pi = startRound("D级回访", 0);
    Map<String, Object> poor = answer(40, 72); // total (40 + 6 × 72) / 7 = 67.43 → D; lowest item design
    complete("zhangwei", surveyTasks(pi).get(0), poor);
    SurveyResponse response = responses.findByRoundIdOrderByIdAsc(rounds.findFirstByLabelOrderByIdDesc("D级回访").orElseThrow().getId()).get(0);
    assertThat(response.getTotalScore()).isEqualByComparingTo("67.43");
    assertThat(response.getBand()).isEqualTo("D");
    assertThat(response.getDissatisfactionReason()).isEqualTo("design");
    CorrectiveAction capa = actions.findByRoundIdOrderByIdAsc(response.getRoundId()).get(0);
    assertThat(capa.getDepartment()).isEqualTo("eng-design");
    assertThat(pi).isWaitingAt("Task_ReviewMeeting");
    complete("gaojun", taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReviewMeeting").singleResult(),
        Map.of("reviewConclusion", "专题整改"));
    Task revisit = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Revisit").singleResult();
    assertThat(taskService.getIdentityLinksForTask(revisit.getId())).extracting("groupId").containsExactly("cs-manager");
    for (String other : List.of("zhangwei", "gaojun", "liuyang")) {
      assertThatThrownBy(() -> as.run(other, () -> taskService.complete(revisit.getId(), Map.of("revisitResult", "x"))))
          .isInstanceOf(AuthorizationException.class);
    }
    assertThat(taskService.getVariable(revisit.getId(), "surveyAnswer")).asString().contains("67.43").contains("D级").contains("设计 ").doesNotContain("{").doesNotContain("\"design\"");
    complete("lina", revisit, Map.of("revisitResult", "上门再回访，确认设计问题，跟踪整改"));
    callbacksDone(pi);
    assertThat(pi).isEnded();
    assertThat(responses.findById(response.getId()).orElseThrow().getRevisitedBy()).isEqualTo("lina");
  }

  @Test
  @DisplayName("R-SAT-6 corrective action: the department records it, the issuer sends it back once, then accepts it")
  void capaSendBackLoop() {
    ProcessInstance capa = as.call("zhangwei", () -> runtimeService.startProcessInstanceByKey("corrective-action",
        Map.of("department", "eng-install", "problem", "交货延误，顾客不满意")));
    Long capaId = (Long) runtimeService.getVariable(capa.getId(), "capaId");
    Task action = taskService.createTaskQuery().processInstanceId(capa.getId()).singleResult();
    assertThat(action.getTaskDefinitionKey()).isEqualTo("Task_RecordAction");
    assertThat(taskService.getIdentityLinksForTask(action.getId())).extracting("groupId").containsExactly("eng-install");
    complete("wuming", action, Map.of("capaAction", "调整排产"));
    Task verify = taskService.createTaskQuery().processInstanceId(capa.getId()).singleResult();
    assertThatThrownBy(() -> complete("zhangwei", verify, Map.of("capaDecision", "SEND_BACK")))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("退回意见");
    complete("zhangwei", verify, Map.of("capaDecision", "SEND_BACK", "sendBackReason", "未说明预防措施"));
    assertThat(capa).isWaitingAt("Task_RecordAction");
    assertThat(actions.findById(capaId).orElseThrow().getSendBacks()).isEqualTo(1);
    Task again = taskService.createTaskQuery().processInstanceId(capa.getId()).singleResult();
    assertThat(taskService.getVariable(again.getId(), "lastSendBack")).isEqualTo("未说明预防措施");
    complete("wuming", again, Map.of("capaAction", "调整排产；增加交期预警"));
    complete("zhangwei", taskService.createTaskQuery().processInstanceId(capa.getId()).singleResult(), Map.of("capaDecision", "ACCEPT"));
    assertThat(capa).isEnded();
    assertThat(actions.findById(capaId).orElseThrow().getStatus()).isEqualTo("CLOSED");
  }

  private void runDailyCheck(String activityId, String isoInstant) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(isoInstant).toInstant()));
    Job timer = managementService.createJobQuery().activityId(activityId).singleResult();
    assertThat(timer).as(activityId).isNotNull();
    managementService.executeJob(timer.getId());
  }

  @Test
  @DisplayName("R-SAT-1 issue 17 the yearly round (1 December in the model) starts once per period, made up after a 1 December spent down")
  void scheduledRoundOncePerPeriod() {
    customer(true);
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("satisfaction-survey").count();
    // 30 November: the period began on 1 December 2026, and a round of it exists only if the schedule made one
    runDailyCheck("Start_Scheduled", "2027-11-30T09:00:00+08:00");
    long afterNovember = runtimeService.createProcessInstanceQuery().processDefinitionKey("satisfaction-survey").count();
    // the application was down on Wed 1 December 2027; the check on the 2nd finds the period's round missing
    runDailyCheck("Start_Scheduled", "2027-12-02T09:00:00+08:00");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("satisfaction-survey").count())
        .isEqualTo(afterNovember + 1);
    SurveyRound round = rounds.findTopByOrderByIdDesc().orElseThrow();
    assertThat(round.getPeriod()).isEqualTo("YEARLY");
    assertThat(round.getStartedAt()).isEqualTo(ZonedDateTime.parse("2027-12-02T09:00:00+08:00").toInstant());
    assertThat(round.getGeneralShare()).isEqualByComparingTo("0.3");
    assertThat(round.getSelectedCount()).isGreaterThanOrEqualTo(1);
    // the next days: the period's round exists, nothing more is started
    runDailyCheck("Start_Scheduled", "2027-12-03T09:00:00+08:00");
    runDailyCheck("Start_Scheduled", "2028-11-30T09:00:00+08:00");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("satisfaction-survey").count())
        .isEqualTo(afterNovember + 1);
    assertThat(afterNovember - before).isBetween(0L, 1L);
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("End_SurveyPeriodPresent").count())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  @DisplayName("R-SAT-8 issue 17 the year's visit plan (5 January in the model) starts once a year, made up after a 5 January spent down")
  void visitPlanOncePerYear() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("customer-visit-plan").count();
    runDailyCheck("Start_VisitYear", "2029-01-06T09:00:00+08:00");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("customer-visit-plan").count())
        .isEqualTo(before + 1);
    runDailyCheck("Start_VisitYear", "2029-01-07T09:00:00+08:00");
    runDailyCheck("Start_VisitYear", "2029-06-01T09:00:00+08:00");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("customer-visit-plan").count())
        .isEqualTo(before + 1);
  }

  @Test
  @DisplayName("R-SAT-1 R-SAT-7 dissatisfied customers of the last round are surveyed again; callbacks are sampled (≥ 10% a year) from all customers, a closed case first, and must be handled")
  void dissatisfiedAgainAndCallbacks() {
    Customer general = customer(false);
    // an archived complaint of that customer within the year: its callback names the case
    jdbc.update("INSERT INTO csl_complaint (complaint_number, customer_id, channel, category, description, major, status, "
        + "registered_at, archived_at, version) VALUES (?, ?, 'HOTLINE', 'OTHER', '发票', FALSE, 'ARCHIVED', ?, ?, 0)",
        "TS-20261201-9999", general.getId(), java.sql.Timestamp.from(START.toInstant()), java.sql.Timestamp.from(START.toInstant()));
    // nine more customers without a case: 10 % of the ten customers of the archive is one callback, the case first
    for (int i = 0; i < 9; i++) {
      customer(false);
    }
    ProcessInstance first = startRound("上期", 100);
    List<Task> firstCallbacks = taskService.createTaskQuery().processInstanceId(first.getId()).taskDefinitionKey("Task_Callback").list();
    assertThat(firstCallbacks).hasSize(1);
    Task callback = firstCallbacks.get(0);
    assertThat(formService.getTaskFormVariables(callback.getId()).getValue("callbackCase", String.class))
        .isEqualTo("投诉 TS-20261201-9999");
    assertThatThrownBy(() -> complete("zhangwei", callback, Map.of("feedback", "发票寄送慢", "needsHandling", true)))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("100%");
    complete("zhangwei", callback, Map.of("feedback", "发票寄送慢", "needsHandling", true, "handling", "改用快递"));
    for (Task survey : surveyTasks(first)) {
      complete("zhangwei", survey, answer(95, 95));
    }
    assertThat(first).isEnded();
    assertThat(report("上期").get("callbacks").get("handled").asInt()).isEqualTo(1);
    // a survey round of everyone: general is rated C; the next callback is another customer (general was called this year)
    ProcessInstance second = startRound("本期", 100);
    Task generalSurvey = surveyTasks(second).stream()
        .filter(t -> general.getName().equals(taskService.getVariable(t.getId(), "customerName")))
        .findFirst().orElseThrow();
    complete("zhangwei", generalSurvey, answer(75, 75)); // C
    for (Task other : surveyTasks(second)) {
      complete("zhangwei", other, answer(95, 95));
    }
    // the year's share (10 % of ten customers = one) was called back in the first round: no callback this round
    assertThat(taskService.createTaskQuery().processInstanceId(second.getId()).taskDefinitionKey("Task_Callback").count()).isZero();
    Task meeting = taskService.createTaskQuery().processInstanceId(second.getId()).taskDefinitionKey("Task_ReviewMeeting").singleResult();
    if (meeting != null) {
      complete("gaojun", meeting, Map.of("reviewConclusion", "改进"));
    }
    // the next round: general, C last round, is surveyed again though the general share is 0
    ProcessInstance third = startRound("再下一期", 0);
    List<Task> tasks = surveyTasks(third);
    assertThat(tasks).hasSize(1);
    assertThat(taskService.getVariable(tasks.get(0).getId(), "selectionReason")).asString().contains("上期不满意");
    complete("zhangwei", tasks.get(0), answer(95, 95));
    // R-ARC-1: the customer archive lists the surveys
    JsonNode archive = Http.as(port, "zhangwei").get("/api/customers/" + general.getId()).json();
    assertThat(archive.get("surveys")).extracting(n -> n.path("band").asText()).contains("C", "A");
  }

  @Test
  @DisplayName("R-SAT-6 a corrective-action process cannot be started for a record another process already handles")
  void capaCannotBeHijacked() {
    ProcessInstance first = as.call("zhangwei", () -> runtimeService.startProcessInstanceByKey("corrective-action",
        Map.of("department", "marketing", "problem", "报价慢")));
    Long capaId = (Long) runtimeService.getVariable(first.getId(), "capaId");
    assertThatThrownBy(() -> as.call("zhangwei", () -> runtimeService.startProcessInstanceByKey("corrective-action",
        Map.of("capaId", capaId, "department", "finance", "issuerGroup", "customer-service", "problem", "x"))))
        // the start form declares neither: both are refused by the form contract before anything runs
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("capaId").hasMessageContaining("issuerGroup");
    assertThat(actions.findById(capaId).orElseThrow().getDepartment()).isEqualTo("marketing");
  }

  @Test
  @DisplayName("R-SAT-1 bad start values are refused with the field named and nothing stored")
  void badStartRefused() {
    long before = rounds.count();
    assertThatThrownBy(() -> as.call("zhangwei", () -> runtimeService.startProcessInstanceByKey("satisfaction-survey",
        Map.of("roundLabel", "坏", "generalSharePercent", 30, "callbackSharePercent", 5, "replyWorkingDays", 10))))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("10");
    assertThat(rounds.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("R-SAT-8 the yearly visit plan: key customers required, general manager approves (or returns), visits recorded")
  void visitPlan() {
    Customer key = customer(true);
    Customer general = customer(false);
    ProcessInstance pi = as.call("liuyang", () -> runtimeService.startProcessInstanceByKey("customer-visit-plan"));
    Task draft = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(runtimeService.getVariable(pi.getId(), "keyCustomerIds").toString()).contains(String.valueOf(key.getId()));
    assertThatThrownBy(() -> complete("liuyang", draft, Map.of("planYear", 2027, "visitBy", "2027-06-30",
        "keyCustomerIds", List.of(), "generalCustomerIds", List.of(String.valueOf(general.getId())))))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("重点顾客");
    complete("liuyang", draft, Map.of("planYear", 2027, "visitBy", "2027-06-30",
        "keyCustomerIds", List.of(String.valueOf(key.getId())), "generalCustomerIds", List.of(String.valueOf(general.getId()))));
    Task approve = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(taskService.getIdentityLinksForTask(approve.getId())).extracting("groupId").containsExactly("general-manager");
    complete("gaojun", approve, Map.of("planDecision", "REJECT", "planComment", "增加技术部门陪同"));
    Task redraft = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(redraft.getTaskDefinitionKey()).isEqualTo("Task_DraftPlan");
    complete("liuyang", redraft, Map.of("planYear", 2027, "visitBy", "2027-06-30", "planText", "技术部门陪同",
        "keyCustomerIds", List.of(String.valueOf(key.getId())), "generalCustomerIds", List.of(String.valueOf(general.getId()))));
    complete("gaojun", taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult(), Map.of("planDecision", "APPROVE"));
    List<Task> visits = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Visit").list();
    assertThat(visits).hasSize(2);
    assertThat(visits.get(0).getDueDate().toInstant()).isEqualTo(ZonedDateTime.parse("2027-06-30T18:00:00+08:00").toInstant());
    for (Task visit : visits) {
      complete("liuyang", visit, Map.of("visitedOn", "2026-12-07", "visitors", "刘洋", "customerParticipants", "采购部、质量部",
          "findings", "交货期需缩短", "capaDepartment", "eng-install", "capaProblem", "交货期"));
    }
    assertThat(pi).isEnded();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM csl_customer_visit WHERE status = 'DONE'", Integer.class)).isEqualTo(2);
    assertThat(actions.findByStatusNotOrderByIdAsc("CLOSED")).filteredOn(a -> "VISIT".equals(a.getSource())).hasSize(2);
  }

  @Test
  @DisplayName("R-SAT-1 a customer rated C is surveyed again once the model's resurveyAfter (P3M) has passed, in a round of their own without callbacks, once")
  void dissatisfiedResurveyedAfterPeriod() {
    Customer unhappy = customer(false);
    ProcessInstance round = startRound("再调查前一期", 100);
    complete("zhangwei", surveyTasks(round).get(0), answer(75, 75)); // C
    callbacksDone(round);
    Task meeting = taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("Task_ReviewMeeting").singleResult();
    if (meeting != null) {
      complete("gaojun", meeting, Map.of("reviewConclusion", "改进"));
    }
    long before = rounds.count();
    // two months on: not due yet
    runDailyCheck("Start_Resurvey", START.plusMonths(2).toString());
    assertThat(rounds.count()).isEqualTo(before);
    // three months and a day after the answer: a resurvey round of that customer only
    runDailyCheck("Start_Resurvey", START.plusMonths(3).plusDays(1).toString());
    assertThat(rounds.count()).isEqualTo(before + 1);
    SurveyRound resurvey = rounds.findTopByOrderByIdDesc().orElseThrow();
    assertThat(resurvey.getPeriod()).isEqualTo("RESURVEY");
    assertThat(resurvey.getLabel()).endsWith("不满意顾客再调查");
    List<SurveyResponse> selected = responses.findByRoundIdOrderByIdAsc(resurvey.getId());
    assertThat(selected).extracting(SurveyResponse::getCustomerId).containsExactly(unhappy.getId());
    assertThat(selected.get(0).getSelectionReason()).isEqualTo("DISSATISFIED");
    ProcessInstance resurveyPi = runtimeService.createProcessInstanceQuery().processInstanceId(resurvey.getProcessInstanceId()).singleResult();
    assertThat(taskService.createTaskQuery().processInstanceId(resurveyPi.getId()).taskDefinitionKey("Task_Callback").count())
        .as("a resurvey calls nobody back").isZero();
    // the next day: the customer was selected again, nothing more
    runDailyCheck("Start_Resurvey", START.plusMonths(3).plusDays(2).toString());
    assertThat(rounds.count()).isEqualTo(before + 1);
  }

  @Test
  @DisplayName("R-SAT-9 the cs-manager's yearly spot check of the survey forms' corrections (15 December in the model) comes once a year, with the year's figures, and is kept")
  void yearlySpotCheck() {
    long before = taskService.createTaskQuery().taskDefinitionKey("Task_SpotCheck").count();
    runDailyCheck("Start_SpotCheck", "2030-12-16T09:00:00+08:00"); // 15 December spent down
    List<Task> open = taskService.createTaskQuery().taskDefinitionKey("Task_SpotCheck").list();
    assertThat(open).hasSize((int) before + 1);
    Task check = open.stream().filter(t -> t.getCreateTime().toInstant().equals(ZonedDateTime.parse("2030-12-16T09:00:00+08:00").toInstant()))
        .findFirst().orElseThrow();
    assertThat(taskService.getIdentityLinksForTask(check.getId())).extracting("groupId").containsExactly("cs-manager");
    assertThat(formService.getTaskFormVariables(check.getId()).getValue("yearSummary", String.class))
        .startsWith("2029年12月15日至2030年12月15日").contains("满意度调查").contains("抽样回访");
    // the task's mail names the process in Chinese (its key is too long for a key:version:uuid id)
    assertThat(jdbc.queryForObject("SELECT body FROM csl_notification WHERE idempotency_key = ?", String.class,
        "task:" + check.getId() + ":lina")).contains("流程：年度抽查调查表整改");
    runDailyCheck("Start_SpotCheck", "2030-12-17T09:00:00+08:00");
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_SpotCheck").count()).as("once a year").isEqualTo(before + 1);
    assertThatThrownBy(() -> complete("lina", check, Map.of("recordsChecked", "重点顾客全部", "spotCheckConclusion", "ADEQUATE")))
        .hasMessageContaining("抽查发现");
    assertThatThrownBy(() -> as.run("zhangwei", () -> taskService.complete(check.getId(), Map.of("recordsChecked", "x",
        "spotCheckFindings", "x", "spotCheckConclusion", "ADEQUATE")))).isInstanceOf(AuthorizationException.class);
    complete("lina", check, Map.of("recordsChecked", "重点顾客全部、一般顾客10份", "spotCheckFindings", "交货问题的整改未见效果",
        "spotCheckConclusion", "NEEDS_IMPROVEMENT", "capaDepartment", "eng-install", "capaProblem", "交货延误的整改未落实"));
    Long capaId = jdbc.queryForObject("SELECT capa_id FROM csl_survey_spot_check WHERE process_instance_id = ?", Long.class,
        check.getProcessInstanceId());
    CorrectiveAction action = actions.findById(capaId).orElseThrow();
    assertThat(action.getSource()).isEqualTo("SPOT_CHECK");
    assertThat(action.getIssuerGroup()).isEqualTo("customer-service");
    assertThat(jdbc.queryForObject("SELECT checked_by FROM csl_survey_spot_check WHERE process_instance_id = ?", String.class,
        check.getProcessInstanceId())).isEqualTo("lina");
  }
}
