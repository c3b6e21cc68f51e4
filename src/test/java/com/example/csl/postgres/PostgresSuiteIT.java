package com.example.csl.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.Http;
import com.example.csl.support.TestPostgres;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real PostgreSQL (the integration suite, run by {@code mvn verify}): Flyway
 * and the engine schema, identity bootstrap, models, security and the calendar work there too.
 * Capability issues add their PostgreSQL checks next to this one.
 */
// one engine "default" at a time: the REST API finds engines by name in a JVM-wide registry
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostgresSuiteIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "csl_it_suite");
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired com.example.csl.calendar.WorkingDayCalendar workingDays;

  @Test
  @DisplayName("the engine, Flyway and the identity bootstrap run on PostgreSQL")
  void runsOnPostgres() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    // issue 16: every pooled connection plans for its values (no generic plan for the authorization check)
    for (int i = 0; i < 3; i++) {
      assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }
    assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
        .isGreaterThanOrEqualTo(0);
    assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
    assertThat(identityService.createGroupQuery().groupId("complaint-specialist").count()).isEqualTo(1);
    // UP, or DEGRADED only for the calendar's coverage warning (the shipped calendar declares 2026 only; R-CAL-2)
    com.fasterxml.jackson.databind.JsonNode health = Http.anonymous(port).get("/actuator/health").json();
    health.get("components").fields().forEachRemaining(c -> {
      if (!c.getKey().equals("calendar")) {
        assertThat(c.getValue().get("status").asText()).as(c.getKey()).isEqualTo("UP");
      }
    });
    assertThat(health.get("status").asText()).isIn("UP", "DEGRADED");
  }

  @Test
  @DisplayName("R-SEC-1 R-CAL-1 on PostgreSQL: a group's task is invisible to other groups; the calendar answers")
  void securityAndCalendarOnPostgres() {
    String deploymentId = repositoryService.createDeployment().addModelInstance("pg-fixture.bpmn",
        Bpmn.createExecutableProcess("pg-fixture").name("PG测试").camundaHistoryTimeToLive(1)
            .startEvent("Start").name("开始")
            .userTask("Task_Work").name("客服任务").camundaCandidateGroups("customer-service")
            .camundaDueDate("${workingDays.after(now(), 1)}")
            .endEvent("End").name("结束").done()).deploy().getId();
    try {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey("pg-fixture", Map.of());
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getDueDate()).isNotNull();
      assertThat(Http.as(port, "liuyang").get("/engine-rest/task?processInstanceId=" + instance.getId()).json()).isEmpty();
      assertThat(Http.as(port, "zhangwei").get("/engine-rest/task?processInstanceId=" + instance.getId()).json()).hasSize(1);
      assertThat(Http.as(port, "zhangwei").post("/engine-rest/task/" + task.getId() + "/complete", Map.of()).status())
          .isEqualTo(204);
      assertThat(Http.as(port, "zhangwei").get("/api/calendar/due?from=2026-12-31T17:00:00%2B08:00&workingDays=1")
          .json().get("due").asText()).isEqualTo("2027-01-04T17:00:00+08:00");
    } finally {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  @DisplayName("R-PRE-1 R-PRE-2 R-PRE-3 on PostgreSQL: registration stores the archive, grades by DMN; a duplicate is 409")
  void preSaleOnPostgres() {
    Http office = Http.as(port, "wangfang");
    Map<String, Object> body = Map.of("name", "PG测试客户", "contactPerson", "甲", "phone", "13700001111",
        "intention", "STRONG", "priorYearRevenue", 5_000_000);
    Http.Response created = office.post("/api/customers", body);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("grade").asText()).isEqualTo("A");
    assertThat(created.json().get("keyCustomer").asBoolean()).isTrue();
    Http.Response duplicate = office.post("/api/customers", body);
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("existingCustomerId").asLong()).isEqualTo(created.json().get("id").asLong());
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select count(*) from csl_customer where name = 'PG测试客户'", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from csl_grade_change where customer_id = ?", Integer.class,
        created.json().get("id").asLong())).isEqualTo(1);
    assertThat(Http.as(port, "liuyang").get("/api/customers/" + created.json().get("id").asText()).json()
        .get("gradeHistory").get(0).get("source").asText()).isEqualTo("DECISION");
  }

  @Test
  @DisplayName("R-AS-1 on PostgreSQL: 200 complaints registered from parallel threads get 200 distinct numbers")
  void concurrentComplaintNumbersOnPostgres() throws Exception {
    Http.Response customer = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "PG投诉客户",
        "contactPerson", "乙", "phone", "13700002222", "intention", "MODERATE"));
    long customerId = customer.json().get("id").asLong();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    java.util.Set<String> numbers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int n = i;
      results.add(pool.submit(() -> {
        Http.Response response = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customerId,
            "channel", "HOTLINE", "category", "OTHER", "description", "并发登记 " + n));
        if (response.status() == 201) {
          numbers.add(response.json().get("number").asText());
        }
        return response.status();
      }));
    }
    for (java.util.concurrent.Future<Integer> result : results) {
      assertThat(result.get()).isEqualTo(201);
    }
    pool.shutdown();
    assertThat(numbers).hasSize(200).allMatch(number -> number.matches("TS-\\d{8}-\\d{4}"));
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select count(distinct complaint_number) from csl_complaint", Integer.class)).isEqualTo(200);
    // numbers are taken outside the registering transaction (no hot row, issue 16): with no failure, no gap
    String day = numbers.iterator().next().substring(3, 11);
    Http.Response report = Http.as(port, "zhangwei").get("/api/reports/complaint-numbers?day="
        + day.substring(0, 4) + "-" + day.substring(4, 6) + "-" + day.substring(6, 8));
    assertThat(report.json().path("unused").size()).as(report.body()).isZero();
  }

  @Test
  @DisplayName("R-REP-1 R-REP-5 R-REP-9 on PostgreSQL: a repair complaint through survey, approval, repair, settlement and an A-type deposit deduction with a recorded shortfall")
  void repairOnPostgres() {
    Http.Response customer = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "PG维修客户",
        "contactPerson", "丙", "phone", "13700003333", "intention", "MODERATE"));
    long customerId = customer.json().get("id").asLong();
    Http.Response contractor = Http.as(port, "huangmei").post("/api/contractors", Map.of("name", "PG施工单位"));
    assertThat(contractor.status()).as(contractor.body()).isEqualTo(201);
    long contractorId = contractor.json().get("id").asLong();
    assertThat(Http.as(port, "huangmei").post("/api/contractors/" + contractorId + "/deposits",
        Map.of("amount", new java.math.BigDecimal("1000.50"))).status()).isEqualTo(201);
    // an amount as text is not coerced (issue 13)
    assertThat(Http.as(port, "huangmei").post("/api/contractors/" + contractorId + "/deposits",
        Map.of("amount", "1000.50")).status()).isEqualTo(400);
    assertThat(Http.as(port, "huangmei").post("/api/contractors/" + contractorId + "/deposits",
        Map.of("amount", -5)).status()).isEqualTo(400);
    Http.Response complaint = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customerId,
        "channel", "HOTLINE", "category", "REPAIR", "description", "水管漏水"));
    String complaintPi = complaint.json().get("processInstanceId").asText();
    com.example.csl.support.AsUser as = new com.example.csl.support.AsUser(identityService);
    java.util.function.BiConsumer<String, Object[]> complete = (user, keyAndVars) -> {
      String pi = (String) keyAndVars[0];
      org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery().processInstanceId(pi)
          .taskDefinitionKey((String) keyAndVars[1]).singleResult();
      assertThat(task).as((String) keyAndVars[1]).isNotNull();
      @SuppressWarnings("unchecked") Map<String, Object> vars = (Map<String, Object>) keyAndVars[2];
      as.run(user, () -> taskService.complete(task.getId(), vars));
    };
    complete.accept("zhangwei", new Object[] {complaintPi, "Task_CheckValidity", Map.of("validity", "FOUNDED")});
    String pi = runtimeService.createProcessInstanceQuery().superProcessInstanceId(complaintPi).singleResult().getId();
    complete.accept("zhangwei", new Object[] {pi, "Task_SiteSurvey", Map.of("attendedCustomerService", true,
        "attendedEngineering", true, "attendedRepairLead", true, "attendedContractor", true, "surveyFindings", "管道老化",
        "responsibleParty", "CONTRACTOR", "orderType", "A", "trades", "SINGLE", "estimatedCost", 1500,
        "contractorName", "PG施工单位")});
    // issue 20.3: each party signs the survey in its own task (the contractor's recorded by customer service)
    Map<String, String> signers = Map.of("engineering", "zhouqiang", "repair-lead", "luogang", "customer-service", "zhangwei");
    java.util.List<org.camunda.bpm.engine.task.Task> confirms = taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey("Task_SurveyConfirm").list();
    assertThat(confirms).hasSize(3);
    for (org.camunda.bpm.engine.task.Task confirm : confirms) {
      String group = taskService.getIdentityLinksForTask(confirm.getId()).get(0).getGroupId();
      as.run(signers.get(group), () -> taskService.complete(confirm.getId(), Map.of("surveyConfirmation", "AGREE")));
    }
    complete.accept("xutao", new Object[] {pi, "Task_ReviewCost", Map.of("decision", "APPROVE")});
    complete.accept("linfeng", new Object[] {pi, "Task_ApproveCost", Map.of("decision", "APPROVE")});
    complete.accept("tangkai", new Object[] {pi, "Task_Repair", Map.of("repairOutcome", "DONE", "workers", "唐凯",
        "workDescription", "更换管段")});
    complete.accept("zhangwei", new Object[] {pi, "Task_CompletionCheck", Map.of("checkResult", "PASS",
        "checkRepairLead", "luogang", "customerSignedBy", "丙", "customerSignReference", "QS-PG", "customerOpinion", "好")});
    // R-REP-6: the repair lead signs the completion check himself
    complete.accept("luogang", new Object[] {pi, "Task_CompletionConfirm", Map.of("completionConfirmation", "AGREE")});
    complete.accept("zhangwei", new Object[] {pi, "Task_Callback", Map.of("callbackSatisfaction", "SATISFIED",
        "callbackOpinion", "满意", "workerEvaluations", "唐凯 优 优")});
    // issues 14 and 20: the settlement runs in repair-settlement (business key: the order number), the complaint goes on
    String settlement = new JdbcTemplate(dataSource).queryForObject("select text_ from act_hi_varinst where proc_inst_id_ = ? "
        + "and name_ = 'settlementProcessInstanceId'", String.class, pi);
    complete.accept("luogang", new Object[] {settlement, "Task_FinalAccount", Map.of("finalCost", 1500.75, "finalAccount", "材料")});
    complete.accept("zhangwei", new Object[] {settlement, "Task_ReviewAccount", Map.of("decision", "APPROVE",
        "settledCost", 1500.75, "settlement", "核定")});
    complete.accept("maqing", new Object[] {settlement, "Task_ContractorConfirm", Map.of("decision", "APPROVE",
        "contractorConfirmation", "确认 QR-PG")});
    complete.accept("xutao", new Object[] {settlement, "Task_Certify", Map.of("decision", "APPROVE")});
    complete.accept("huangmei", new Object[] {settlement, "Task_Pay", Map.of("paymentReference", "FK-PG", "recordShortfall", true,
        "deductionNote", "差额从尾款扣回")});
    // R-AS-13: the manager's closure (responsible person, penalty grade of complaint-penalty.dmn), then the archive
    complete.accept("lina", new Object[] {complaintPi, "Task_Closure", Map.of("responsiblePerson", "维修队 唐凯",
        "penaltyLevel", "LEVEL_1", "penaltyAmount", 30, "capaDepartment", "repair-team", "capaProblem", "管段安装前未试压")});
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(complaintPi).count()).isZero();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select deposit_balance from csl_contractor where id = ?", java.math.BigDecimal.class,
        contractorId)).isEqualByComparingTo("0");
    assertThat(jdbc.queryForObject("select shortfall from csl_deposit_entry where kind = 'DEDUCTION' and contractor_id = ?",
        java.math.BigDecimal.class, contractorId)).isEqualByComparingTo("500.25");
    assertThat(jdbc.queryForObject("select status from csl_complaint where id = ?", String.class,
        complaint.json().get("number").asText().isEmpty() ? 0 : jdbc.queryForObject(
            "select id from csl_complaint where complaint_number = ?", Long.class, complaint.json().get("number").asText())))
        .isEqualTo("ARCHIVED");
    assertThat(jdbc.queryForObject("select count(*) from csl_capa a join csl_complaint c on c.id = a.complaint_id "
        + "where c.complaint_number = ? and a.department = 'repair-team' and a.process_instance_id is not null", Integer.class,
        complaint.json().get("number").asText())).as("R-AS-13 the closure's CAPA names the complaint").isEqualTo(1);
  }

  @Test
  @DisplayName("R-SAT-1 R-SAT-3 R-SAT-4 on PostgreSQL: a survey round selects key customers, bands the answer and reports it")
  void surveyOnPostgres() {
    Http.Response customer = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "PG调查客户",
        "contactPerson", "丁", "phone", "13700004444", "intention", "STRONG", "priorYearRevenue", 6000000));
    assertThat(customer.status()).as(customer.body()).isEqualTo(201);
    com.example.csl.support.AsUser as = new com.example.csl.support.AsUser(identityService);
    String pi = as.call("zhangwei", () -> runtimeService.startProcessInstanceByKey("satisfaction-survey", Map.of(
        "roundLabel", "PG轮次", "generalSharePercent", 100, "callbackSharePercent", 10, "replyWorkingDays", 5)).getId());
    java.util.List<org.camunda.bpm.engine.task.Task> tasks = taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey("Task_RecordSurvey").list();
    assertThat(tasks).isNotEmpty();
    for (org.camunda.bpm.engine.task.Task task : tasks) {
      as.run("zhangwei", () -> taskService.complete(task.getId(), Map.of("channel", "MAIL", "score_design", 93,
          "score_quality", 93, "score_delivery", 93, "score_service", 93, "score_price", 93, "score_competition", 93, "score_presale", 93)));
    }
    Http.Response report = Http.as(port, "lina").get("/api/reports/satisfaction?round="
        + java.net.URLEncoder.encode("PG轮次", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().get("bands").get("A").asInt()).isEqualTo(tasks.size());
    assertThat(report.json().get("valid").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("R-AS-12 on PostgreSQL: the model's timer makes the weekly report per service office once, kept as JSON and mailed")
  void weeklyReportOnPostgres() {
    String office = "南区客户服务处";
    Http.Response customer = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "PG报表客户",
        "contactPerson", "丙", "phone", "13700003333", "intention", "MODERATE", "region", office));
    assertThat(customer.status()).as(customer.body()).isEqualTo(201);
    long customerId = customer.json().get("id").asLong();
    for (String category : java.util.List.of("TECHNICAL", "OTHER")) {
      assertThat(Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customerId, "channel", "HOTLINE",
          "category", category, "description", "周报测试")).status()).isEqualTo(201);
    }
    java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
    java.time.LocalDate today = java.time.LocalDate.now(shanghai);
    String week = String.format("%d-W%02d", today.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
        today.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    java.time.ZonedDateTime nextMonday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
        .atTime(8, 0).atZone(shanghai);
    try {
      for (int run = 0; run < 2; run++) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(nextMonday.plusDays(run).toInstant()));
        org.camunda.bpm.engine.runtime.Job daily = managementService.createJobQuery().activityId("Start_ReportDaily").singleResult();
        managementService.executeJob(daily.getId());
      }
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select count(*) from csl_complaint_report where kind = 'WEEKLY' and period_label = ?",
        Integer.class, week)).as("made once in two runs").isEqualTo(1);
    long id = jdbc.queryForObject("select id from csl_complaint_report where kind = 'WEEKLY' and period_label = ?", Long.class, week);
    com.fasterxml.jackson.databind.JsonNode kept = Http.as(port, "lina").get("/api/reports/complaints/kept/" + id).json();
    assertThat(kept.at("/content/byServiceOffice").get(office).get("registered").asLong()).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from csl_notification where idempotency_key = ?", Integer.class,
        "complaint-report:WEEKLY:" + week + ":lina")).isEqualTo(1);
  }

  @Test
  @DisplayName("R-IN-2 on PostgreSQL: a draft contract is reviewed by the departments of contract-reviewers.dmn and the general manager before it is signed")
  void contractReviewOnPostgres() {
    Http.Response customer = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "PG评审客户",
        "contactPerson", "戊", "phone", "13700005555", "intention", "STRONG"));
    long customerId = customer.json().get("id").asLong();
    com.example.csl.support.AsUser as = new com.example.csl.support.AsUser(identityService);
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("in-sale").latestVersion()
        .singleResult().getId();
    String inSale = as.call("liuyang", () -> formServiceOf().submitStartForm(definitionId, Map.of("customerId", customerId,
        "contractNumber", "HT-PG-R1", "contractAmount", 300000, "involvesDesignInstallation", false))).getId();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select status from csl_contract where contract_number = 'HT-PG-R1'", String.class)).isEqualTo("IN_REVIEW");
    java.util.function.BiConsumer<String, Object[]> complete = (user, idKeyVars) -> {
      org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery().processInstanceId((String) idKeyVars[0])
          .taskDefinitionKey((String) idKeyVars[1]).list().stream()
          .filter(t -> idKeyVars.length < 4 || taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId().equals(idKeyVars[3]))
          .findFirst().orElseThrow();
      @SuppressWarnings("unchecked") Map<String, Object> vars = (Map<String, Object>) idKeyVars[2];
      as.run(user, () -> taskService.complete(task.getId(), vars));
    };
    complete.accept("liuyang", new Object[] {inSale, "Task_ContractReview", Map.of("reviewStated", "交付30天", "reviewImplied", "无",
        "reviewLegal", "无", "reviewCompany", "无", "reviewedOn", java.time.LocalDate.now().toString())});
    String council = runtimeService.createProcessInstanceQuery().superProcessInstanceId(inSale).singleResult().getId();
    complete.accept("zhouqiang", new Object[] {council, "Task_DepartmentReview", Map.of("departmentReviewOutcome", "PASS"), "engineering"});
    complete.accept("liuyang", new Object[] {council, "Task_DepartmentReview", Map.of("departmentReviewOutcome", "PASS"), "marketing"});
    complete.accept("zhangwei", new Object[] {council, "Task_DepartmentReview", Map.of("departmentReviewOutcome", "PASS"), "customer-service"});
    complete.accept("gaojun", new Object[] {council, "Task_ReviewSignOff", Map.of("signOffDecision", "APPROVE")});
    complete.accept("liuyang", new Object[] {inSale, "Task_SignContract", Map.of("contractSignedOn", java.time.LocalDate.now().toString(),
        "signReference", "存档-PG", "warrantyUntil", java.time.LocalDate.now().plusYears(2).toString())});
    assertThat(jdbc.queryForObject("select status from csl_contract where contract_number = 'HT-PG-R1'", String.class)).isEqualTo("IN_SALE");
    assertThat(jdbc.queryForObject("select count(*) from csl_contract_review r join csl_contract c on c.id = r.contract_id "
        + "where c.contract_number = 'HT-PG-R1'", Integer.class)).isEqualTo(4);
  }

  @Test
  @DisplayName("R-SAT-1 R-SAT-9 on PostgreSQL: the resurvey check and the yearly spot check's figures run their queries")
  void resurveyAndSpotCheckOnPostgres() {
    try {
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(400))));
      for (String start : java.util.List.of("Start_Resurvey", "Start_SpotCheck")) {
        org.camunda.bpm.engine.runtime.Job daily = managementService.createJobQuery().activityId(start).singleResult();
        managementService.executeJob(daily.getId());
      }
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select count(*) from csl_survey_spot_check", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select summary from csl_survey_spot_check", String.class)).contains("满意度调查").contains("抽样回访");
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_SpotCheck").count()).isEqualTo(1);
  }

  @Test
  @DisplayName("R-ARC-3 R-ARC-4 R-ARC-5 on PostgreSQL: an update with history, a refused duplicate, a read recorded; the key-customer run at 4,999,999.99 / 5,000,000; the composition of 10,000 customers")
  void archiveUpkeepOnPostgres() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Http office = Http.as(port, "wangfang");
    String suffix = String.valueOf(System.nanoTime() % 1_000_000);
    long below = office.post("/api/customers", Map.of("name", "PG差一分-" + suffix, "contactPerson", "甲", "phone", "13511" + String.format("%06d", Long.parseLong(suffix)),
        "intention", "MODERATE", "priorYearRevenue", new java.math.BigDecimal("4999999.99"))).json().get("id").asLong();
    long at = office.post("/api/customers", Map.of("name", "PG五百万-" + suffix, "contactPerson", "乙", "phone", "13522" + String.format("%06d", Long.parseLong(suffix)),
        "intention", "MODERATE", "priorYearRevenue", 5000000)).json().get("id").asLong();
    Http keeper = Http.as(port, "zhangwei");
    Http.Response updated = keeper.patch("/api/customers/" + below, Map.of("contactPerson", "丙", "address", "上海市徐汇区", "reason", "客户来电更正"));
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(jdbc.queryForList("select field from csl_customer_change where customer_id = ? order by id", String.class, below))
        .containsExactly("contactPerson", "address");
    String atName = jdbc.queryForObject("select name from csl_customer where id = ?", String.class, at);
    String atPhone = jdbc.queryForObject("select phone from csl_customer where id = ?", String.class, at);
    Http.Response duplicate = keeper.patch("/api/customers/" + below, Map.of("name", atName, "phone", atPhone, "reason", "并档"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(jdbc.queryForObject("select count(*) from csl_customer_change where customer_id = ?", Integer.class, below)).isEqualTo(2);
    assertThat(Http.as(port, "liuyang").get("/api/customers/" + below).status()).isEqualTo(200);
    assertThat(Http.as(port, "fengyi").get("/api/customers/" + below + "/reads").json().get("items").get(0).get("readBy").asText())
        .isEqualTo("liuyang");

    try {
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(800))));
      org.camunda.bpm.engine.runtime.Job daily = managementService.createJobQuery().activityId("Start_KaDaily").singleResult();
      managementService.executeJob(daily.getId());
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    assertThat(jdbc.queryForList("select l.customer_id from csl_key_account_line l where l.key_customer", Long.class))
        .contains(at).doesNotContain(below);
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_ProposeKeyAccounts").count()).isEqualTo(1);

    String marker = com.example.csl.customer.CustomerReportTest.generate(jdbc, 10_000);
    try {
      Http reader = Http.as(port, "chenjie");
      reader.get("/api/reports/customers?by=industry");
      for (String by : java.util.List.of("industry", "grade", "region", "companySize", "relationship", "revenueBand", "status")) {
        long started = System.nanoTime();
        Http.Response report = reader.get("/api/reports/customers?by=" + by);
        System.out.println("R-ARC-3 PostgreSQL composition by " + by + " over 10,000+ customers: "
            + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("customers").asLong()).isGreaterThanOrEqualTo(10_000);
      }
      assertThat(reader.get("/api/reports/customers/monthly?from=2026-01&to=2026-12&format=csv", "text/csv").status()).isEqualTo(200);
    } finally {
      jdbc.update("delete from csl_customer where name like ?", marker + "%");
    }
  }

  @Test
  @DisplayName("R-PRE-13 on PostgreSQL: after the month's memo, a re-grade from 每月整理客户资料并复核分级 reaches the customer's 审核客户分级")
  void monthlyReviewOnPostgres() {
    long customerId = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "PG月度复核-" + System.nanoTime() % 100000,
        "contactPerson", "己", "phone", "13700006666", "intention", "MODERATE")).json().get("id").asLong();
    com.example.csl.support.AsUser as = new com.example.csl.support.AsUser(identityService);
    String preSale = runtimeService.createProcessInstanceQuery().processDefinitionKey("pre-sale")
        .processInstanceBusinessKey(String.valueOf(customerId)).singleResult().getId();
    java.util.function.BiConsumer<String, Object[]> complete = (user, keyVars) -> {
      Task task = taskService.createTaskQuery().processInstanceId((String) keyVars[0]).taskDefinitionKey((String) keyVars[1]).singleResult();
      @SuppressWarnings("unchecked") Map<String, Object> vars = (Map<String, Object>) keyVars[2];
      as.run(user, () -> {
        taskService.claim(task.getId(), user);
        taskService.complete(task.getId(), vars);
      });
    };
    complete.accept("zhaolei", new Object[] {preSale, "Task_ReviewGrade", Map.of("reviewDecision", "CONFIRM", "reviewReason", "属实")});
    complete.accept("chenjie", new Object[] {preSale, "Task_ServiceSchedule", Map.of("plannedActions", "电话拜访", "owner", "liuyang")});
    java.time.ZonedDateTime day = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusMonths(1)
        .withDayOfMonth(10).withHour(9);
    while (!workingDays.isWorkingDay(day.toLocalDate())) {
      day = day.plusDays(1);
    }
    java.time.ZonedDateTime nextMonth = day;
    try {
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(nextMonth.toInstant()));
      org.camunda.bpm.engine.runtime.Job daily = managementService.createJobQuery().processDefinitionKey("pre-sale-monthly-memo")
          .timers().singleResult();
      managementService.executeJob(daily.getId());
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    Task review = taskService.createTaskQuery().taskDefinitionKey("Task_MonthlyGradeReview").singleResult();
    assertThat(review).isNotNull();
    as.run("liuyang", () -> {
      taskService.claim(review.getId(), "liuyang");
      taskService.complete(review.getId(), Map.of("regrades", customerId + "=A", "regradeReason", "PG 月度复核"));
    });
    Task regrade = taskService.createTaskQuery().processInstanceId(preSale).taskDefinitionKey("Task_ReviewGrade").singleResult();
    assertThat(regrade).isNotNull();
    assertThat((String) taskService.getVariable(regrade.getId(), "regradeReason")).contains("PG 月度复核");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select grade from csl_customer where id = ?", String.class, customerId)).isEqualTo("A");
    assertThat(jdbc.queryForObject("select count(*) from csl_grade_change where customer_id = ? and source = 'MONTHLY_REVIEW'",
        Integer.class, customerId)).isEqualTo(1);
  }

  private org.camunda.bpm.engine.FormService formServiceOf() {
    return org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getFormService();
  }
}
