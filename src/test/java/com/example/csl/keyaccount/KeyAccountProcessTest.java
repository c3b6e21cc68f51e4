package com.example.csl.keyaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.CustomerStatus;
import com.example.csl.customer.Intention;
import com.example.csl.support.AsUser;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** key-account.bpmn (R-ARC-5, R-PRE-11; S3 五.1.1.1, S2) through the real engine, DMN and database. */
@CslSpringTest
class KeyAccountProcessTest {

  /** Mon 2027-01-04 09:00 in Shanghai: the first check of 2027; the prior year is 2026. */
  static final Instant JANUARY = ZonedDateTime.parse("2027-01-04T09:00:00+08:00").toInstant();

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired KeyAccounts keyAccounts;

  AsUser as;

  @BeforeEach
  void setUp() {
    as = new AsUser(identityService);
    ClockUtil.setCurrentTime(Date.from(JANUARY));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  Customer customer(String name, String revenue, boolean strategic, String industry, String size, String relationship, boolean key) {
    Customer customer = new Customer();
    customer.setName(name + "-" + System.nanoTime());
    customer.setContactPerson("甲");
    customer.setPhone("1360000" + (int) (Math.random() * 10000));
    customer.setIntention(Intention.MODERATE);
    customer.setChannel("API");
    customer.setGrade("B");
    customer.setStatus(CustomerStatus.CONVERTED);
    customer.setRegisteredAt(ZonedDateTime.parse("2026-02-01T10:00:00+08:00").toInstant());
    customer.setPriorYearRevenue(revenue == null ? null : new BigDecimal(revenue));
    customer.setStrategic(strategic);
    customer.setIndustry(industry);
    customer.setCompanySize(size);
    customer.setRelationship(relationship);
    customer.setKeyCustomer(key);
    return customers.save(customer);
  }

  void contract(Customer customer, String amount, String signed) {
    jdbc.update("INSERT INTO csl_contract (customer_id, contract_number, amount, involves_design_installation, signed_date, "
        + "status, created_at, version) VALUES (?, ?, ?, FALSE, ?, 'IN_SALE', ?, 0)", customer.getId(),
        "KA-T-" + System.nanoTime(), new BigDecimal(amount), java.sql.Date.valueOf(signed), java.sql.Timestamp.from(JANUARY));
  }

  ProcessInstance runDailyCheck() {
    Job job = managementService.createJobQuery().processDefinitionKey("key-account-determination").timers().singleResult();
    managementService.executeJob(job.getId());
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("key-account-determination")
        .orderByProcessInstanceStartTime().desc().list().stream().findFirst()
        .map(h -> runtimeService.createProcessInstanceQuery().processInstanceId(h.getId()).singleResult()).orElse(null);
  }

  Task task(String processInstanceId, String key) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).list().stream().findFirst().orElse(null);
  }

  void complete(String user, Task task, Map<String, Object> variables) {
    as.run(user, () -> {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), user);
      }
      taskService.complete(task.getId(), variables);
    });
  }

  KeyAccounts.Line line(Map<String, Object> run, Customer customer) {
    @SuppressWarnings("unchecked")
    List<KeyAccounts.Line> lines = (List<KeyAccounts.Line>) run.get("lines");
    return lines.stream().filter(l -> l.customerId() == customer.getId()).findFirst().orElse(null);
  }

  @Test
  @DisplayName("R-ARC-5 R-PRE-11 the yearly run: 4,999,999.99 is not key, 5,000,000 is, contracts of the prior year count, strategic counts; the manager adds one with a reason, the VP returns then approves; classes from DMN; managers named; regular service and the yearly review")
  void yearlyDetermination() {
    Customer below = customer("收入差一分", "4999999.99", false, "制造", "LARGE", "ORDINARY", false);
    Customer atThreshold = customer("收入五百万", "5000000.00", false, "金融", "LARGE", "ORDINARY", false);
    Customer byContracts = customer("合同五百万", null, false, "制造", "MEDIUM", "KEY", false);
    contract(byContracts, "3000000", "2026-03-01");
    contract(byContracts, "2000000", "2026-12-31");
    contract(below, "9000000", "2027-01-02"); // this year's contract does not count for the prior year
    Customer strategic = customer("战略客户", "100000", true, null, "SMALL", "ORDINARY", false);
    Customer proposed = customer("潜力客户", "800000", false, "能源", "MEDIUM", "ORDINARY", false);
    Customer formerKey = customer("去年重点", "300000", false, "制造", "SMALL", "ORDINARY", true);

    ProcessInstance instance = runDailyCheck();
    assertThat(instance).as("this year's run was missing: it starts").isNotNull();
    Map<String, Object> run = keyAccounts.run(2027);
    assertThat(line(run, below)).as("4,999,999.99 is below the DMN threshold").isNull();
    assertThat(line(run, atThreshold).keyCustomer()).isTrue();
    assertThat(line(run, atThreshold).accountClass()).as("a large bank: strategic class").isEqualTo("STRATEGIC");
    assertThat(line(run, atThreshold).callbackInterval()).isEqualTo("P1M");
    assertThat(line(run, byContracts).revenue()).isEqualByComparingTo("5000000");
    assertThat(line(run, byContracts).keyCustomer()).isTrue();
    assertThat(line(run, byContracts).accountClass()).isEqualTo("KEY");
    assertThat(line(run, strategic).keyCustomer()).isTrue();
    assertThat(line(run, strategic).accountClass()).isEqualTo("GENERAL");
    assertThat(line(run, strategic).callbacksPerYear()).isEqualTo(4);
    assertThat(line(run, formerKey).keyCustomer()).as("last year's key customer no longer qualifies").isFalse();
    assertThat(line(run, proposed)).isNull();

    // the next day's check finds this year's run: no second run
    ClockUtil.setCurrentTime(Date.from(JANUARY.plusSeconds(86_400)));
    long runs = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("key-account-determination").count();
    runDailyCheck();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("key-account-determination").count())
        .isEqualTo(runs + 1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("key-account-determination")
        .completed().orderByProcessInstanceStartTime().desc().list().get(0).getEndActivityId()).isEqualTo("End_KaNotDue");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM csl_key_account_run WHERE run_year = 2027", Long.class)).isEqualTo(1);

    Task propose = task(instance.getId(), "Task_ProposeKeyAccounts");
    assertThat((String) taskService.getVariable(propose.getId(), "candidateSummary")).contains(atThreshold.getName())
        .contains("500 万元").contains("战略大客户").doesNotContain(below.getName());
    assertThatThrownBy(() -> complete("chenjie", propose, Map.of("proposedCustomers", String.valueOf(proposed.getId()))))
        .hasMessageContaining("补充理由");
    assertThatThrownBy(() -> complete("chenjie", propose, Map.of("proposedCustomers", "99999999", "proposalReason", "x")))
        .hasMessageContaining("档案 99999999 不存在");
    complete("chenjie", propose, Map.of("proposedCustomers", String.valueOf(proposed.getId()),
        "proposalReason", "能源行业新项目，市场开发潜力大"));
    Task approve = task(instance.getId(), "Task_ApproveKeyAccounts");
    assertThat((String) taskService.getVariable(approve.getId(), "candidateSummary")).contains(proposed.getName())
        .contains("营销部经理补充：能源行业新项目");
    assertThatThrownBy(() -> complete("zhaolei", approve, Map.of("vpDecision", "RETURN"))).hasMessageContaining("意见");
    complete("zhaolei", approve, Map.of("vpDecision", "RETURN", "vpOpinion", "请核对潜力客户的合作关系"));
    Task again = task(instance.getId(), "Task_ProposeKeyAccounts");
    assertThat(taskService.getVariable(again.getId(), "vpOpinion")).isEqualTo("请核对潜力客户的合作关系");
    complete("chenjie", again, Map.of());
    complete("zhaolei", task(instance.getId(), "Task_ApproveKeyAccounts"), Map.of("vpDecision", "APPROVE", "vpOpinion", "同意"));

    // written to the archive, with history
    assertThat(customers.findById(below.getId()).orElseThrow().isKeyCustomer()).isFalse();
    Customer keyNow = customers.findById(atThreshold.getId()).orElseThrow();
    assertThat(keyNow.isKeyCustomer()).isTrue();
    assertThat(keyNow.getKeyAccountClass()).isEqualTo("STRATEGIC");
    assertThat(keyNow.getKeyAccountYear()).isEqualTo(2027);
    assertThat(customers.findById(proposed.getId()).orElseThrow().isKeyCustomer()).isTrue();
    assertThat(customers.findById(formerKey.getId()).orElseThrow().isKeyCustomer()).isFalse();
    assertThat(jdbc.queryForObject("SELECT changed_by FROM csl_customer_change WHERE customer_id = ? AND field = 'keyCustomer'",
        String.class, atThreshold.getId())).isEqualTo("zhaolei");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM csl_grade_change WHERE customer_id = ? AND source = 'KEY_ACCOUNT' AND NOT key_customer",
        Long.class, formerKey.getId())).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT approved_by FROM csl_key_account_run WHERE run_year = 2027", String.class)).isEqualTo("zhaolei");

    // one task per key customer without a manager; a manager from marketing, picked by name
    List<Task> assign = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_AssignKeyAccountManager").list();
    assertThat(assign.size()).isGreaterThanOrEqualTo(4);
    Task first = assign.get(0);
    assertThat(taskService.getVariable(first.getId(), "keyAccountManagerOptions").toString()).contains("刘洋（liuyang）")
        .contains("陈杰（chenjie）").doesNotContain("zhangwei");
    assertThatThrownBy(() -> complete("chenjie", first, Map.of("keyAccountManager", "zhangwei")))
        .hasMessageContaining("大客户经理（营销部）：不是可选的取值");
    for (Task each : assign) {
      long customerId = Long.parseLong(taskService.getVariable(each.getId(), "customerId").toString());
      complete("chenjie", each, Map.of("keyAccountManager", customerId == strategic.getId() ? "chenjie" : "liuyang"));
    }
    assertThat(customers.findById(atThreshold.getId()).orElseThrow().getKeyAccountManager()).isEqualTo("liuyang");
    assertThat(customers.findById(atThreshold.getId()).orElseThrow().getOwner()).as("the manager receives its tasks").isEqualTo("liuyang");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();

    // the regular service of the strategic one: every quarter (GENERAL), 4 callbacks, then the yearly review
    ProcessInstance service = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("KA-2027-" + strategic.getId()).singleResult();
    assertThat(service).isNotNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("KA-2027-" + atThreshold.getId()).count()).isEqualTo(1);
    Instant at = JANUARY;
    for (int i = 1; i <= 4; i++) {
      Job timer = managementService.createJobQuery().processInstanceId(service.getId()).timers().singleResult();
      assertThat(timer.getDuedate().toInstant()).as("a quarter after the last").isBetween(at.plusSeconds(89L * 86_400),
          at.plusSeconds(92L * 86_400));
      at = timer.getDuedate().toInstant().plusSeconds(3600);
      ClockUtil.setCurrentTime(Date.from(at));
      managementService.executeJob(timer.getId());
      Task callback = task(service.getId(), "Task_KaCallback");
      assertThat(callback.getAssignee()).isEqualTo("chenjie");
      assertThat(taskService.getVariable(callback.getId(), "callbackPlan")).asString().contains("本年度第 " + i + " 次回访，共 4 次");
      assertThat(taskService.getVariable(callback.getId(), "callbackMethod")).as("the last answer does not show").isNull();
      if (i == 1) {
        assertThatThrownBy(() -> complete("chenjie", callback, Map.of("callbackMethod", "ON_SITE_VISIT")))
            .hasMessageContaining("回访情况");
      }
      complete("chenjie", callback, Map.of("callbackMethod", i == 1 ? "ON_SITE_VISIT" : "PHONE_VISIT",
          "callbackOutcome", "第" + i + "次回访：客户计划扩产"));
    }
    Task review = task(service.getId(), "Task_KaAnnualReview");
    assertThat((String) taskService.getVariable(review.getId(), "callbackRecords")).contains("上门走访（chenjie）：大客户定期回访：第1次回访");
    Map<String, Object> ratings = Map.of("reviewSatisfaction", "GOOD", "reviewQuality", "GOOD", "reviewEfficiency", "EXCELLENT",
        "reviewRelationship", "GOOD", "reviewValueAdded", "FAIR", "reviewSummary", "全年按计划回访，关系稳定");
    assertThatThrownBy(() -> complete("chenjie", review, ratings)).as("the key-account manager does not review himself")
        .hasMessageContaining("不能再由您审核");
    String reviewer = "ka-reviewer-" + System.nanoTime() % 100000;
    identityService.saveUser(identityService.newUser(reviewer));
    identityService.createMembership(reviewer, "marketing-manager");
    try {
      taskService.setAssignee(review.getId(), null);
      complete(reviewer, taskService.createTaskQuery().taskId(review.getId()).singleResult(), ratings);
    } finally {
      identityService.deleteUser(reviewer);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(service.getId()).count()).isZero();
    assertThat(jdbc.queryForMap("SELECT callbacks, visits, efficiency, reviewed_by FROM csl_key_account_review WHERE customer_id = ?",
        strategic.getId())).containsEntry("CALLBACKS", 4).containsEntry("VISITS", 1).containsEntry("EFFICIENCY", "EXCELLENT")
        .containsEntry("REVIEWED_BY", reviewer);

    JsonNode archive = Http.as(port, "liuyang").get("/api/customers/" + strategic.getId()).json();
    assertThat(archive.get("keyAccountManager").asText()).isEqualTo("chenjie");
    assertThat(archive.get("keyAccountReviews")).hasSize(1);
    assertThat(archive.get("followUps")).hasSize(4);
    JsonNode api = Http.as(port, "fengyi").get("/api/key-accounts/runs/2027").json();
    assertThat(api.get("approvedBy").asText()).isEqualTo("zhaolei");
    assertThat(Http.as(port, "liuyang").get("/api/key-accounts/runs/2031").status()).isEqualTo(404);
    assertThat(Http.as(port, "liuyang").get("/api/reports/customers?by=keyAccountClass").body()).as("codes as their labels")
        .contains("战略大客户").contains("一般大客户");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey()).isEqualTo("2027年度重点顾客认定");
  }
}
