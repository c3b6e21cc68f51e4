package com.example.csl.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.complaint.Complaint;
import com.example.csl.complaint.ComplaintRepository;
import com.example.csl.complaint.ComplaintStatus;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.Intention;
import com.example.csl.support.AsUser;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
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

/** repair-order.bpmn through the real engine and database (SPEC §4, R-REP-1 … R-REP-10). */
@CslSpringTest
class RepairOrderProcessTest {

  /** Thu 2026-12-31 17:00 Shanghai: 2027-01-01 is a holiday, then a weekend. */
  static final ZonedDateTime NEW_YEARS_EVE = ZonedDateTime.parse("2026-12-31T17:00:00+08:00");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired ComplaintRepository complaints;
  @Autowired RepairOrderRepository orders;
  @Autowired ContractorRepository contractors;
  @Autowired DepositEntryRepository depositEntries;
  @Autowired DepositLedger ledger;
  @Autowired RepairDecisionRepository decisions;
  @Autowired RepairExtensionRepository extensions;
  @Autowired WorkerEvaluationRepository evaluations;
  @Autowired RepairOverdueRepository overdues;

  AsUser as;
  Customer customer;
  Contractor contractor;

  @BeforeEach
  void setUp() {
    as = new AsUser(identityService);
    ClockUtil.setCurrentTime(Date.from(NEW_YEARS_EVE.toInstant()));
    Customer c = new Customer();
    c.setName("维修测试客户-" + System.nanoTime());
    c.setContactPerson("周先生");
    c.setPhone("1390000" + String.format("%04d", (int) (Math.random() * 10000)));
    c.setIntention(Intention.STRONG);
    c.setChannel("API");
    c.setRegisteredAt(Instant.now());
    customer = customers.save(c);
    contractor = contractors.save(new Contractor("测试施工单位-" + System.nanoTime(), "钱经理", "021-5555"));
    ledger.deposit(contractor.getId(), new BigDecimal("30000.00"), "质量保证金", "huangmei");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Instant at(String iso) {
    return ZonedDateTime.parse(iso).toInstant();
  }

  ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey("repair-order",
        Map.of("customerId", customer.getId(), "description", "卫生间漏水，楼下天花板渗水"));
  }

  RepairOrder order(ProcessInstance pi) {
    return orders.findByProcessInstanceId(pi.getId()).orElseThrow();
  }

  static final java.util.Set<String> SETTLEMENT_TASKS = java.util.Set.of("Task_FinalAccount", "Task_ApproveFinalCost",
      "Task_ReviewAccount", "Task_ContractorConfirm", "Task_Certify", "Task_Pay");

  /**
   * Issues 14 and 20: the settlement half runs in repair-settlement, started when the repair is called back —
   * that instance once it exists, else the order's own.
   */
  ProcessInstance at(ProcessInstance pi) {
    var started = historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("settlementProcessInstanceId").singleResult();
    if (started == null) {
      return pi;
    }
    org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity settlement = new org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity();
    settlement.setId((String) started.getValue());
    settlement.setProcessInstanceId((String) started.getValue());
    return settlement;
  }

  Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId((SETTLEMENT_TASKS.contains(key) ? at(pi) : pi).getId())
        .taskDefinitionKey(key).singleResult();
  }

  void complete(String user, ProcessInstance pi, String key, Map<String, Object> vars) {
    as.completeTask(taskService, (SETTLEMENT_TASKS.contains(key) ? at(pi) : pi).getId(), key, user, vars);
    if (key.equals("Task_SiteSurvey") && autoConfirm) {
      confirmSurvey(pi, null);
    }
    if (key.equals("Task_CompletionCheck") && autoConfirm) {
      confirmCompletion(pi, null);
    }
  }

  /** Who signs for each group in the survey confirmations (R-REP-1): the contractor's is recorded by customer service. */
  static final Map<String, String> SIGNERS = Map.of("engineering", "zhouqiang", "repair-lead", "luogang", "customer-service", "zhangwei");
  boolean autoConfirm = true;

  /** Every party signs the completion check (R-REP-6); {@code objecting} (a group) objects instead. */
  void confirmCompletion(ProcessInstance pi, String objecting) {
    for (Task confirm : taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_CompletionConfirm").list()) {
      String group = taskService.getIdentityLinksForTask(confirm.getId()).get(0).getGroupId();
      as.run(SIGNERS.get(group), () -> {
        taskService.claim(confirm.getId(), SIGNERS.get(group));
        taskService.complete(confirm.getId(), group.equals(objecting)
            ? Map.of("completionConfirmation", "DISAGREE", "completionConfirmRemarks", "排水坡度不够，仍有积水")
            : Map.of("completionConfirmation", "AGREE"));
      });
    }
  }

  /** Every party signs the survey record; {@code objecting} (a group) objects instead. */
  void confirmSurvey(ProcessInstance pi, String objecting) {
    for (Task confirm : taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SurveyConfirm").list()) {
      String group = taskService.getIdentityLinksForTask(confirm.getId()).get(0).getGroupId();
      as.run(SIGNERS.get(group), () -> {
        taskService.claim(confirm.getId(), SIGNERS.get(group));
        taskService.complete(confirm.getId(), group.equals(objecting)
            ? Map.of("surveyConfirmation", "DISAGREE", "surveyConfirmRemarks", "渗水点在楼上住户，不在本户")
            : Map.of("surveyConfirmation", "AGREE"));
      });
    }
  }

  /** The general manager or vice general manager approves a final cost that rose into their band. */
  void approveFinalCostIfAsked(ProcessInstance pi) {
    Task approval = task(pi, "Task_ApproveFinalCost");
    if (approval != null) {
      String group = taskService.getIdentityLinksForTask(approval.getId()).get(0).getGroupId();
      complete(group.equals("vice-gm") ? "linfeng" : "gaojun", pi, "Task_ApproveFinalCost", Map.of("decision", "APPROVE"));
    }
  }

  Map<String, Object> survey(Object estimate, String type, String trades, boolean contractorAttended) {
    Map<String, Object> v = new HashMap<>(Map.of("attendedCustomerService", true, "attendedEngineering", true,
        "attendedRepairLead", true, "attendedContractor", contractorAttended, "surveyFindings", "防水层破损，需重做",
        "responsibleParty", type.equals("A") ? "CONTRACTOR" : "COMPANY", "orderType", type, "trades", trades,
        "estimatedCost", estimate));
    if (type.equals("A") || contractorAttended) {
      v.put("contractorName", contractor.getName());
    }
    return v;
  }

  /** Survey and approval at the level the table decides; returns the instance waiting at the repair. */
  ProcessInstance approved(Object estimate, String type, String trades) {
    ProcessInstance pi = start();
    complete("zhangwei", pi, "Task_SiteSurvey", survey(estimate, type, trades, true));
    double cost = Double.parseDouble(estimate.toString());
    if (cost > 1000 && cost <= 10000) {
      complete("xutao", pi, "Task_ReviewCost", Map.of("decision", "APPROVE"));
      complete("linfeng", pi, "Task_ApproveCost", Map.of("decision", "APPROVE"));
    } else {
      complete(cost <= 1000 ? "lina" : "gaojun", pi, "Task_ApproveCost", Map.of("decision", "APPROVE"));
    }
    assertThat(pi).isWaitingAt("Task_Repair");
    return pi;
  }

  void repairAndCheck(ProcessInstance pi) {
    complete("tangkai", pi, "Task_Repair", Map.of("repairOutcome", "DONE", "workers", "唐凯、罗刚", "workDescription", "重做防水层"));
    complete("zhangwei", pi, "Task_CompletionCheck", Map.of("checkResult", "PASS", "checkRepairLead", "luogang",
        "customerSignedBy", "周先生", "customerSignReference", "QS-0001", "customerOpinion", "维修及时，质量好"));
  }

  void callback(ProcessInstance pi) {
    complete("zhangwei", pi, "Task_Callback", Map.of("callbackSatisfaction", "SATISFIED", "callbackOpinion", "满意",
        "workerEvaluations", "唐凯 优 良\n罗刚 优 优"));
  }

  @Test
  @DisplayName("R-REP-1 the site survey is due within 1 working day, across the New Year holiday and the weekend")
  void surveyDeadline() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Task_SiteSurvey");
    assertThat(task(pi, "Task_SiteSurvey").getDueDate().toInstant()).isEqualTo(at("2027-01-04T17:00:00+08:00"));
    assertThat(taskService.getIdentityLinksForTask(task(pi, "Task_SiteSurvey").getId())).extracting("groupId").containsExactly("customer-service");
    RepairOrder order = order(pi);
    assertThat(order.getOrderNumber()).startsWith("WX-");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
        .isEqualTo(order.getOrderNumber());
  }

  @ParameterizedTest(name = "estimate {0}: contractor absent allowed = {1}")
  @CsvSource({"499.99, true", "500, false", "500.00, false", "0, true"})
  @DisplayName("R-REP-1 the contractor may stay away from the survey only below 500 CNY")
  void contractorAbsence(String estimate, boolean allowed) {
    ProcessInstance pi = start();
    Map<String, Object> vars = survey(new BigDecimal(estimate).doubleValue(), "B", "SINGLE", false);
    Task task = task(pi, "Task_SiteSurvey");
    if (allowed) {
      as.run("zhangwei", () -> taskService.complete(task.getId(), vars));
      assertThat(order(pi).getContractorAttended()).isFalse();
      assertThat(order(pi).getStatus()).isEqualTo(RepairStatus.APPROVAL);
    } else {
      assertThatThrownBy(() -> as.run("zhangwei", () -> taskService.complete(task.getId(), vars)))
          .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("施工单位须到场");
      assertThat(pi).isWaitingAt("Task_SiteSurvey");
      assertThat(order(pi).getSurveyedAt()).isNull();
    }
  }

  @ParameterizedTest(name = "{0} CNY: reviewer {1}, approver {2}")
  @CsvSource({
      "999.99, , cs-manager, lina",
      "1000, , cs-manager, lina",
      "1000.01, deputy-chief-engineer, vice-gm, linfeng",
      "10000, deputy-chief-engineer, vice-gm, linfeng",
      "10000.01, , general-manager, gaojun"})
  @DisplayName("R-REP-5 approval before work at the level repair-approval decides; each step only by its group")
  void approvalLevels(String estimate, String reviewer, String approver, String approverUser) {
    ProcessInstance pi = start();
    complete("zhangwei", pi, "Task_SiteSurvey", survey(Double.parseDouble(estimate), "B", "SINGLE", true));
    if (reviewer != null) {
      Task review = task(pi, "Task_ReviewCost");
      assertThat(review).isNotNull();
      assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting("groupId").containsExactly(reviewer);
      assertThat(taskService.getVariable(review.getId(), "estimatedCost")).isEqualTo(Double.parseDouble(estimate));
      // the approver may not take the reviewer's step, nor anyone else
      for (String other : List.of("linfeng", "lina", "gaojun", "tangkai")) {
        assertThatThrownBy(() -> as.run(other, () -> taskService.complete(review.getId(), Map.of("decision", "APPROVE"))))
            .isInstanceOf(AuthorizationException.class);
      }
      complete("xutao", pi, "Task_ReviewCost", Map.of("decision", "APPROVE"));
    }
    assertThat(task(pi, "Task_ReviewCost")).isNull();
    Task approve = task(pi, "Task_ApproveCost");
    assertThat(taskService.getIdentityLinksForTask(approve.getId())).extracting("groupId").containsExactly(approver);
    // the approver's form shows the review it follows (issue 18.3)
    Object review = taskService.getVariable(approve.getId(), "costReviewOpinion");
    if (reviewer != null) {
      assertThat(review).asString().contains("副总工程师").contains("xutao").contains("同意");
    } else {
      assertThat(review).isNull();
    }
    for (String other : List.of("lina", "linfeng", "gaojun", "xutao", "zhangwei")) {
      if (!other.equals(approverUser)) {
        assertThatThrownBy(() -> as.run(other, () -> taskService.complete(approve.getId(), Map.of("decision", "APPROVE"))))
            .as(other).isInstanceOf(AuthorizationException.class);
      }
    }
    assertThat(pi).isWaitingAt("Task_ApproveCost");
    complete(approverUser, pi, "Task_ApproveCost", Map.of("decision", "APPROVE"));
    assertThat(pi).isWaitingAt("Task_Repair");
    // the cost decisions (the survey's signatures are recorded as stage SURVEY_CONFIRM)
    List<RepairDecision> recorded = decisions.findByRepairOrderIdOrderByIdAsc(order(pi).getId()).stream()
        .filter(d -> !"SURVEY_CONFIRM".equals(d.getStage())).toList();
    assertThat(recorded).extracting(RepairDecision::getActorGroup)
        .containsExactlyElementsOf(reviewer == null ? List.of(approver) : List.of(reviewer, approver));
    assertThat(recorded).allSatisfy(d -> assertThat(d.getAmount()).isEqualByComparingTo(estimate));
  }

  @Test
  @DisplayName("R-REP-5 a rejection returns to the survey with the reason; nothing is repaired before approval")
  void rejectionReturnsToSurvey() {
    ProcessInstance pi = start();
    complete("zhangwei", pi, "Task_SiteSurvey", survey(5000.0, "B", "SINGLE", true));
    assertThatThrownBy(() -> complete("xutao", pi, "Task_ReviewCost", Map.of("decision", "REJECT")))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("意见");
    ClockUtil.setCurrentTime(Date.from(at("2027-01-05T15:00:00+08:00")));
    complete("xutao", pi, "Task_ReviewCost", Map.of("decision", "REJECT", "decisionReason", "预估偏高，请重新核实工程量"));
    assertThat(pi).isWaitingAt("Task_SiteSurvey");
    // the new survey has its own deadline, 1 working day from the rejection
    assertThat(task(pi, "Task_SiteSurvey").getDueDate().toInstant()).isEqualTo(at("2027-01-06T15:00:00+08:00"));
    assertThat(order(pi).getSurveyedAt()).isNull();
    assertThat(runtimeService.getVariable(pi.getId(), "lastRejection")).asString().contains("预估偏高");
    assertThat(order(pi).getStatus()).isEqualTo(RepairStatus.SURVEY);
    assertThat(order(pi).getRepairDue()).isNull();
    complete("zhangwei", pi, "Task_SiteSurvey", survey(900.0, "B", "SINGLE", true));
    // the next approver's form does not start with the previous decision
    assertThat(runtimeService.getVariable(pi.getId(), "decision")).isNull();
    complete("lina", pi, "Task_ApproveCost", Map.of("decision", "APPROVE"));
    assertThat(pi).isWaitingAt("Task_Repair");
  }

  @Test
  @DisplayName("R-REP-5 four eyes: 李娜 (customer service and its manager) cannot approve the estimate she surveyed; the refusal names the rule")
  void noSelfApproval() {
    ProcessInstance pi = start();
    complete("lina", pi, "Task_SiteSurvey", survey(1000.0, "B", "SINGLE", true));
    assertThat(pi).isWaitingAt("Task_ApproveCost");
    assertThatThrownBy(() -> complete("lina", pi, "Task_ApproveCost", Map.of("decision", "APPROVE")))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("四眼原则").hasMessageContaining("现场勘察会签");
    assertThat(pi).isWaitingAt("Task_ApproveCost");
    assertThat(runtimeService.getVariable(pi.getId(), "costDecision")).isNull();
    // the refusal came at the claim already: the task stays free for a colleague
    assertThat(task(pi, "Task_ApproveCost").getAssignee()).isNull();
    if (identityService.createUserQuery().userId("fourEyesManager").count() == 0) {
      org.camunda.bpm.engine.identity.User second = identityService.newUser("fourEyesManager");
      second.setFirstName("周敏");
      second.setLastName("");
      second.setPassword("Second#Manager26");
      identityService.saveUser(second);
      identityService.createMembership("fourEyesManager", "cs-manager");
    }
    complete("fourEyesManager", pi, "Task_ApproveCost", Map.of("decision", "APPROVE"));
    assertThat(pi).isWaitingAt("Task_Repair");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "estimate {0} → final {1}: {2}")
  @org.junit.jupiter.params.provider.CsvSource({
      "1000,    1000.01, vice-gm",
      "10000,   10000.01, general-manager",
      "1000,    19999,   general-manager",
      "5000,    9999.99, -",
      "8000,    6000,    -",
      "1000,    1000,    -"})
  @DisplayName("R-REP-5 R-REP-8 a final account in a higher band of repair-approval than the approved estimate needs that band's approval")
  void finalCostAnswersToItsBand(double estimate, double finalCost, String approver) {
    ProcessInstance pi = approved(estimate, "B", "SINGLE");
    repairAndCheck(pi);
    callback(pi);
    complete("luogang", pi, "Task_FinalAccount", Map.of("finalCost", finalCost, "finalAccount", "人工、材料"));
    if (approver.equals("-")) {
      assertThat(at(pi)).isWaitingAt("Task_ReviewAccount");
      return;
    }
    assertThat(at(pi)).isWaitingAt("Task_ApproveFinalCost");
    assertThat(taskService.getIdentityLinksForTask(task(pi, "Task_ApproveFinalCost").getId())).extracting("groupId")
        .containsExactly(approver);
    String user = approver.equals("vice-gm") ? "linfeng" : "gaojun";
    complete(user, pi, "Task_ApproveFinalCost", Map.of("decision", "REJECT", "decisionReason", "决算超出预估过多，请核实"));
    assertThat(at(pi)).isWaitingAt("Task_FinalAccount");
    assertThat(runtimeService.getVariable(at(pi).getId(), "lastAccountReturn")).asString().contains("决算超出预估过多");
    complete("luogang", pi, "Task_FinalAccount", Map.of("finalCost", finalCost, "finalAccount", "人工、材料（核实）"));
    complete(user, pi, "Task_ApproveFinalCost", Map.of("decision", "APPROVE"));
    assertThat(at(pi)).isWaitingAt("Task_ReviewAccount");
    assertThat(decisions.findAll()).anyMatch(d -> "FINAL_COST".equals(d.getStage()) && "APPROVE".equals(d.getDecision()));
  }

  @Test
  @DisplayName("R-REP-3 repair deadlines: single-trade 3 and multi-trade 7 working days over a holiday and weekends")
  void repairDeadlines() {
    ProcessInstance single = approved(800.0, "B", "SINGLE");
    // approved Thu 2026-12-31 17:00; Jan 1 holiday, Jan 2–3 weekend → Jan 4, 5, 6
    assertThat(task(single, "Task_Repair").getDueDate().toInstant()).isEqualTo(at("2027-01-06T17:00:00+08:00"));
    ProcessInstance multi = approved(800.0, "B", "MULTI");
    // Jan 4–8, weekend, Jan 11, 12
    assertThat(task(multi, "Task_Repair").getDueDate().toInstant()).isEqualTo(at("2027-01-12T17:00:00+08:00"));
    assertThat(order(multi).getRepairDue()).isEqualTo(at("2027-01-12T17:00:00+08:00"));
  }

  @Test
  @DisplayName("R-REP-3 an extension needs the customer's recorded consent and moves the deadline and its timer")
  void extensionWithConsent() {
    ProcessInstance pi = approved(800.0, "B", "SINGLE");
    assertThatThrownBy(() -> complete("tangkai", pi, "Task_Repair", Map.of("repairOutcome", "EXTEND", "extendedDue", "2026-12-30",
        "extensionReason", "需定制配件", "consentMethod", "PHONE", "consentReference", "LY-1")))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("今天之后");
    Map<String, Object> noConsent = Map.of("repairOutcome", "EXTEND", "extendedDue", "2027-01-15",
        "extensionReason", "需定制配件");
    assertThatThrownBy(() -> complete("tangkai", pi, "Task_Repair", noConsent))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("客户认可");
    assertThat(extensions.findByRepairOrderIdOrderByIdAsc(order(pi).getId())).isEmpty();
    complete("tangkai", pi, "Task_Repair", Map.of("repairOutcome", "EXTEND", "extendedDue", "2027-01-15",
        "extensionReason", "需定制配件", "consentMethod", "PHONE", "consentReference", "LY-20261231-01"));
    assertThat(pi).isWaitingAt("Task_Repair");
    Task again = task(pi, "Task_Repair");
    assertThat(again.getDueDate().toInstant()).isEqualTo(at("2027-01-15T17:00:00+08:00"));
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_RepairDue").singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(at("2027-01-15T17:00:00+08:00"));
    assertThat(runtimeService.getVariable(pi.getId(), "repairOutcome")).isNull();
    RepairExtension extension = extensions.findByRepairOrderIdOrderByIdAsc(order(pi).getId()).get(0);
    assertThat(extension.getPreviousDue()).isEqualTo(at("2027-01-06T17:00:00+08:00"));
    assertThat(extension.getConsentReference()).isEqualTo("LY-20261231-01");
  }

  @Test
  @DisplayName("R-REP-3 R-REP-4 a missed deadline escalates like complaints: repair team → cs-manager; contractor via engineering → engineering-head")
  void missedDeadlinesEscalate() {
    ProcessInstance pi = approved(800.0, "B", "SINGLE");
    ClockUtil.setCurrentTime(Date.from(at("2027-01-06T17:00:01+08:00")));
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_RepairDue").singleResult();
    managementService.executeJob(timer.getId());
    Task supervise = task(pi, "Task_SuperviseRepair");
    assertThat(taskService.getIdentityLinksForTask(supervise.getId())).extracting("groupId").containsExactly("cs-manager");
    assertThat(overdues.findByRepairOrderIdOrderByIdAsc(order(pi).getId())).extracting(RepairOverdue::getMilestone)
        .containsExactly("REPAIR");
    assertThat(pi).isWaitingAt("Task_Repair", "Task_SuperviseRepair");

    // R-REP-4: the repair team cannot do it; engineering makes the contractor do it under the same deadline
    ProcessInstance other = approved(800.0, "B", "MULTI");
    Date due = task(other, "Task_Repair").getDueDate();
    complete("tangkai", other, "Task_Repair", Map.of("repairOutcome", "CANNOT", "cannotReason", "需专业防水施工"));
    Task contractorTask = task(other, "Task_ContractorRepair");
    assertThat(contractorTask.getDueDate()).isEqualTo(due);
    assertThat(taskService.getIdentityLinksForTask(contractorTask.getId())).extracting("groupId").containsExactly("engineering");
    ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(other.getId())
        .activityId("Timer_ContractorDue").singleResult().getId());
    assertThat(taskService.getIdentityLinksForTask(task(other, "Task_SuperviseRepair").getId())).extracting("groupId")
        .containsExactly("engineering-head");
    complete("wuming", other, "Task_ContractorRepair", Map.of("repairOutcome", "DONE", "workers", "施工单位王师傅",
        "workDescription", "重做防水"));
    assertThat(order(other).getPerformer()).isEqualTo("CONTRACTOR");
    assertThat(other).isWaitingAt("Task_CompletionCheck", "Task_SuperviseRepair");
  }

  @Test
  @DisplayName("R-REP-6 R-REP-7 R-REP-10 completion check with the repair lead and the customer's signature, callback within 1 working day, per-worker grades")
  void completionCallbackEvaluation() {
    ProcessInstance pi = approved(800.0, "B", "SINGLE");
    complete("tangkai", pi, "Task_Repair", Map.of("repairOutcome", "DONE", "workers", "唐凯、罗刚", "workDescription", "重做防水层"));
    assertThatThrownBy(() -> complete("zhangwei", pi, "Task_CompletionCheck", Map.of("checkResult", "PASS",
        "checkRepairLead", "tangkai", "customerSignedBy", "周先生", "customerSignReference", "QS-1", "customerOpinion", "好")))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("参加检查的维修队长").hasStackTraceContaining("不是可选的取值");
    assertThatThrownBy(() -> complete("zhangwei", pi, "Task_CompletionCheck", Map.of("checkResult", "PASS",
        "checkRepairLead", "luogang")))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("签认");
    // a failed check goes back for rework
    complete("zhangwei", pi, "Task_CompletionCheck", Map.of("checkResult", "REWORK", "checkRepairLead", "luogang",
        "checkRemarks", "墙角仍有渗水"));
    assertThat(pi).isWaitingAt("Task_Repair");
    ClockUtil.setCurrentTime(Date.from(at("2027-01-05T10:00:00+08:00")));
    repairAndCheck(pi);
    Task callback = task(pi, "Task_Callback");
    assertThat(callback.getDueDate().toInstant()).isEqualTo(at("2027-01-06T10:00:00+08:00"));
    // one line per worker, the grades left to the customer (not pre-filled 优)
    assertThat(taskService.getVariable(callback.getId(), "workerEvaluations")).isEqualTo("唐凯 \n罗刚 ");
    assertThatThrownBy(() -> complete("zhangwei", pi, "Task_Callback", Map.of("callbackSatisfaction", "SATISFIED",
        "callbackOpinion", "满意", "workerEvaluations", "唐凯 \n罗刚 ")))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("姓名 质量 态度");
    assertThatThrownBy(() -> complete("zhangwei", pi, "Task_Callback", Map.of("callbackSatisfaction", "SATISFIED",
        "callbackOpinion", "满意", "workerEvaluations", "唐凯 优 良")))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("罗刚");
    assertThatThrownBy(() -> complete("zhangwei", pi, "Task_Callback", Map.of("callbackSatisfaction", "SATISFIED",
        "callbackOpinion", "满意", "workerEvaluations", "唐凯 很好 良\n罗刚 优 优")))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("优/良/中/差");
    callback(pi);
    assertThat(evaluations.findByRepairOrderIdOrderByIdAsc(order(pi).getId()))
        .extracting(WorkerEvaluation::getWorker, WorkerEvaluation::getQuality, WorkerEvaluation::getAttitude)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("唐凯", "优", "良"), org.assertj.core.groups.Tuple.tuple("罗刚", "优", "优"));
    RepairOrder order = order(pi);
    assertThat(order.getCustomerSignReference()).isEqualTo("QS-0001");
    assertThat(order.getCheckRepairLead()).isEqualTo("luogang");
    assertThat(order.getCallbackSatisfaction()).isEqualTo("SATISFIED");
    assertThat(at(pi)).isWaitingAt("Task_FinalAccount");
    // the quarter's per-worker grades, for the service bonus
    JsonNode report = Http.as(port, "lina").get("/api/reports/repair-workers?quarter=2027-Q1").json();
    assertThat(report.get("workers").get("唐凯").get("quality").get("优").asLong()).isPositive();
    assertThat(report.get("workers").get("罗刚").get("attitude").get("优").asLong()).isPositive();
    assertThat(report.get("labels").get("attitude").asText()).isEqualTo("服务态度");
    assertThat(Http.as(port, "lina").get("/api/reports/repair-workers?quarter=2027-Q5").status()).isEqualTo(400);
  }

  @ParameterizedTest(name = "final cost {0} → {1}")
  @CsvSource({"19999.99, customer-service, zhangwei", "20000, audit, maqing", "20000.01, audit, maqing"})
  @DisplayName("R-REP-8 R-REP-9 type B: final account reviewed by settlement-review's group, certified, paid without a deposit deduction")
  void typeBSettlement(String finalCost, String group, String reviewer) {
    ProcessInstance pi = approved(800.0, "B", "SINGLE");
    repairAndCheck(pi);
    callback(pi);
    complete("luogang", pi, "Task_FinalAccount", Map.of("finalCost", Double.parseDouble(finalCost), "finalAccount", "人工、材料"));
    approveFinalCostIfAsked(pi); // a final account above the approved band goes to that band first (R-REP-5)
    Task review = task(pi, "Task_ReviewAccount");
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting("groupId").containsExactly(group);
    String wrong = group.equals("audit") ? "zhangwei" : "maqing";
    assertThatThrownBy(() -> as.run(wrong, () -> taskService.complete(review.getId(), Map.of("decision", "APPROVE"))))
        .isInstanceOf(AuthorizationException.class);
    // returned once to the repair lead
    complete(reviewer, pi, "Task_ReviewAccount", Map.of("decision", "REJECT", "decisionReason", "材料单价偏高"));
    assertThat(at(pi)).isWaitingAt("Task_FinalAccount");
    complete("luogang", pi, "Task_FinalAccount", Map.of("finalCost", Double.parseDouble(finalCost), "finalAccount", "人工、材料（修改）"));
    approveFinalCostIfAsked(pi); // a final account above the approved band goes to that band first (R-REP-5)
    complete(reviewer, pi, "Task_ReviewAccount", Map.of("decision", "APPROVE", "settledCost", Double.parseDouble(finalCost),
        "settlement", "核定"));
    assertThat(at(pi)).isWaitingAt("Task_Certify");
    complete("xutao", pi, "Task_Certify", Map.of("decision", "APPROVE"));
    complete("huangmei", pi, "Task_Pay", Map.of("paymentReference", "FK-001"));
    assertThat(at(pi)).isEnded();
    assertThat(depositEntries.findByRepairOrderId(order(pi).getId())).isEmpty();
    assertThat(contractors.findById(contractor.getId()).orElseThrow().getDepositBalance()).isEqualByComparingTo("30000");
    assertThat(order(pi).getStatus()).isEqualTo(RepairStatus.CLOSED);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(at(pi).getId()).variableName("repairResult")
        .singleResult().getValue()).asString().contains("结算 " + new BigDecimal(finalCost).setScale(2).toPlainString() + " 元");
  }

  @Test
  @DisplayName("R-REP-9 type A: audit has the contractor confirm, the deputy chief engineer certifies, finance pays and deducts from the deposit; never negative without a recorded shortfall")
  void typeADepositDeduction() {
    ProcessInstance pi = approved(8000.0, "A", "SINGLE");
    repairAndCheck(pi);
    callback(pi);
    complete("luogang", pi, "Task_FinalAccount", Map.of("finalCost", 25000.0, "finalAccount", "人工、材料"));
    approveFinalCostIfAsked(pi); // a final account above the approved band goes to that band first (R-REP-5)
    complete("maqing", pi, "Task_ReviewAccount", Map.of("decision", "APPROVE", "settledCost", 24000.5, "settlement", "核减1000元"));
    assertThat(at(pi)).isWaitingAt("Task_ContractorConfirm");
    assertThatThrownBy(() -> complete("maqing", pi, "Task_ContractorConfirm", Map.of("decision", "APPROVE")))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("确认人及确认文件编号");
    complete("maqing", pi, "Task_ContractorConfirm", Map.of("decision", "APPROVE", "contractorConfirmation", "钱经理 QR-7"));
    complete("xutao", pi, "Task_Certify", Map.of("decision", "APPROVE"));
    Task pay = task(pi, "Task_Pay");
    assertThat(taskService.getVariable(pay.getId(), "depositBalance")).isEqualTo(30000.0);
    complete("huangmei", pi, "Task_Pay", Map.of("paymentReference", "FK-002"));
    assertThat(at(pi)).isEnded();
    DepositEntry entry = depositEntries.findByRepairOrderId(order(pi).getId()).orElseThrow();
    assertThat(entry.getDeducted()).isEqualByComparingTo("24000.50");
    assertThat(entry.getShortfall()).isEqualByComparingTo("0");
    assertThat(entry.getBalanceAfter()).isEqualByComparingTo("5999.50");
    assertThat(contractors.findById(contractor.getId()).orElseThrow().getDepositBalance()).isEqualByComparingTo("5999.50");

    // the next A-type settlement exceeds what is left: refused until the shortfall is recorded
    ProcessInstance second = approved(900.0, "A", "SINGLE");
    repairAndCheck(second);
    callback(second);
    complete("luogang", second, "Task_FinalAccount", Map.of("finalCost", 8000.0, "finalAccount", "人工、材料"));
    approveFinalCostIfAsked(second); // a final account above the approved band goes to that band first (R-REP-5)
    complete("zhangwei", second, "Task_ReviewAccount", Map.of("decision", "APPROVE", "settledCost", 8000.0, "settlement", "核定"));
    complete("maqing", second, "Task_ContractorConfirm", Map.of("decision", "APPROVE", "contractorConfirmation", "钱经理 QR-8"));
    complete("xutao", second, "Task_Certify", Map.of("decision", "APPROVE"));
    assertThatThrownBy(() -> complete("huangmei", second, "Task_Pay", Map.of("paymentReference", "FK-003")))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("不足");
    assertThatThrownBy(() -> complete("huangmei", second, "Task_Pay", Map.of("paymentReference", "FK-003", "recordShortfall", true)))
        .isInstanceOf(BusinessRuleViolation.class).hasStackTraceContaining("差额");
    assertThat(contractors.findById(contractor.getId()).orElseThrow().getDepositBalance()).isEqualByComparingTo("5999.50");
    complete("huangmei", second, "Task_Pay", Map.of("paymentReference", "FK-003", "recordShortfall", true,
        "deductionNote", "差额从工程尾款中扣回"));
    DepositEntry short_ = depositEntries.findByRepairOrderId(order(second).getId()).orElseThrow();
    assertThat(short_.getDeducted()).isEqualByComparingTo("5999.50");
    assertThat(short_.getShortfall()).isEqualByComparingTo("2000.50");
    assertThat(short_.getBalanceAfter()).isEqualByComparingTo("0");
    assertThat(contractors.findById(contractor.getId()).orElseThrow().getDepositBalance()).isEqualByComparingTo("0");
  }

  @Test
  @DisplayName("R-REP-1 R-AS-4 R-AS-11 a repair complaint calls repair-order from after-sale; its result returns to the complaint, which is archived without waiting for the settlement")
  void calledFromAfterSale() {
    Http.Response response = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customer.getId(),
        "channel", "HOTLINE", "category", "REPAIR", "description", "阳台门无法关闭", "customerRequest", "尽快维修"));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode registered = response.json();
    ProcessInstance complaintPi = runtimeService.createProcessInstanceQuery()
        .processInstanceId(registered.get("processInstanceId").asText()).singleResult();
    Task validity = taskService.createTaskQuery().processInstanceId(complaintPi.getId()).taskDefinitionKey("Task_CheckValidity").singleResult();
    as.run("zhangwei", () -> taskService.complete(validity.getId(), Map.of("validity", "FOUNDED")));
    assertThat(complaintPi).isWaitingAt("CallActivity_RepairOrder");
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().superProcessInstanceId(complaintPi.getId()).singleResult();
    assertThat(pi).isNotNull();
    assertThat(order(pi).getComplaintNumber()).isEqualTo(registered.get("number").asText());
    assertThat(order(pi).getOrderNumber()).isEqualTo("WX-" + registered.get("number").asText().substring(3) + "-1");
    complete("zhangwei", pi, "Task_SiteSurvey", survey(300.0, "B", "SINGLE", false));
    complete("lina", pi, "Task_ApproveCost", Map.of("decision", "APPROVE"));
    complete("tangkai", pi, "Task_Repair", Map.of("repairOutcome", "DONE", "workers", "唐凯", "workDescription", "更换门铰链"));
    complete("zhangwei", pi, "Task_CompletionCheck", Map.of("checkResult", "PASS", "checkRepairLead", "luogang",
        "customerSignedBy", "周先生", "customerSignReference", "QS-0009", "customerOpinion", "好"));
    complete("zhangwei", pi, "Task_Callback", Map.of("callbackSatisfaction", "SATISFIED", "callbackOpinion", "满意",
        "workerEvaluations", "唐凯 优 优"));
    // R-AS-11 (issue 20.3): the repair is done and called back — the complaint goes on to its closure and archive at
    // once, while the settlement with the contractor runs in repair-settlement
    assertThat(pi).isEnded();
    assertThat(at(pi)).isWaitingAt("Task_FinalAccount");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(at(pi).getId()).singleResult().getBusinessKey())
        .isEqualTo(order(pi).getOrderNumber());
    // R-AS-13: the manager closes the complaint (responsible person, penalty) before it is archived
    assertThat(complaintPi).isWaitingAt("Task_Closure");
    complete("lina", complaintPi, "Task_Closure", Map.of("responsiblePerson", "无", "penaltyLevel", "NONE"));
    assertThat(complaintPi).isEnded();
    Complaint complaint = complaints.findByComplaintNumber(registered.get("number").asText()).orElseThrow();
    assertThat(complaint.getStatus()).as("archived before the contractor is paid").isEqualTo(ComplaintStatus.ARCHIVED);
    assertThat(order(pi).getStatus()).isEqualTo(RepairStatus.SETTLEMENT);
    assertThat(complaint.getHandlingResult()).contains(order(pi).getOrderNumber()).contains("决算与结算另行办理");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(complaintPi.getId())
        .variableName("repairStatus").singleResult().getValue()).isEqualTo("SETTLEMENT");
    complete("luogang", pi, "Task_FinalAccount", Map.of("finalCost", 280, "finalAccount", "铰链2个，人工"));
    complete("zhangwei", pi, "Task_ReviewAccount", Map.of("decision", "APPROVE", "settledCost", 280, "settlement", "核定"));
    complete("xutao", pi, "Task_Certify", Map.of("decision", "APPROVE"));
    complete("huangmei", pi, "Task_Pay", Map.of("paymentReference", "FK-009"));
    assertThat(at(pi)).isEnded();
    assertThat(complaint.getConfirmationReference()).isEqualTo("QS-0009");
    JsonNode file = Http.as(port, "zhangwei").get("/api/repairs/" + order(pi).getOrderNumber()).json();
    assertThat(file.get("status").asText()).isEqualTo("CLOSED");
    // 2 survey signatures (engineering, repair lead), cost approval, the repair lead's completion signature, review, certification
    assertThat(file.get("decisions")).hasSize(6);
    // R-ARC-1: the customer archive lists the repair
    JsonNode archive = Http.as(port, "zhangwei").get("/api/customers/" + customer.getId()).json();
    assertThat(archive.get("repairs").get(0).get("number").asText()).isEqualTo(order(pi).getOrderNumber());
    assertThat(archive.get("repairs").get(0).get("status").asText()).isEqualTo("CLOSED");
  }

  @Test
  @DisplayName("R-REP-7 R-AS-10 a repair the customer is dissatisfied with gets the complaint's own callback before the archive")
  void dissatisfiedRepairGetsComplaintCallback() {
    Http.Response response = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customer.getId(),
        "channel", "HOTLINE", "category", "REPAIR", "description", "门锁损坏"));
    ProcessInstance complaintPi = runtimeService.createProcessInstanceQuery()
        .processInstanceId(response.json().get("processInstanceId").asText()).singleResult();
    Task validity = taskService.createTaskQuery().processInstanceId(complaintPi.getId()).taskDefinitionKey("Task_CheckValidity").singleResult();
    as.run("zhangwei", () -> taskService.complete(validity.getId(), Map.of("validity", "FOUNDED")));
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().superProcessInstanceId(complaintPi.getId()).singleResult();
    complete("zhangwei", pi, "Task_SiteSurvey", survey(200.0, "B", "SINGLE", false));
    complete("lina", pi, "Task_ApproveCost", Map.of("decision", "APPROVE"));
    complete("tangkai", pi, "Task_Repair", Map.of("repairOutcome", "DONE", "workers", "唐凯", "workDescription", "换锁"));
    complete("zhangwei", pi, "Task_CompletionCheck", Map.of("checkResult", "PASS", "checkRepairLead", "luogang",
        "customerSignedBy", "周先生", "customerSignReference", "QS-7", "customerOpinion", "尚可"));
    complete("zhangwei", pi, "Task_Callback", Map.of("callbackSatisfaction", "DISSATISFIED", "callbackOpinion", "锁芯质量差",
        "workerEvaluations", "唐凯 良 良"));
    complete("luogang", pi, "Task_FinalAccount", Map.of("finalCost", 120, "finalAccount", "锁"));
    complete("zhangwei", pi, "Task_ReviewAccount", Map.of("decision", "APPROVE", "settledCost", 120, "settlement", "核定"));
    complete("xutao", pi, "Task_Certify", Map.of("decision", "APPROVE"));
    complete("huangmei", pi, "Task_Pay", Map.of("paymentReference", "FK-7"));
    assertThat(at(pi)).isEnded();
    assertThat(complaintPi).isWaitingAt("Task_Callback");
    assertThat(complaints.findByComplaintNumber(response.json().get("number").asText()).orElseThrow().getStatus())
        .isEqualTo(ComplaintStatus.CONFIRMED);
  }

  @Test
  @DisplayName("R-REP-3 an overdue supervision task does not hold the complaint once the order is closed")
  void supervisionDoesNotHoldTheOrder() {
    ProcessInstance pi = approved(800.0, "B", "SINGLE");
    ClockUtil.setCurrentTime(Date.from(at("2027-01-07T10:00:00+08:00")));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId("Timer_RepairDue").singleResult().getId());
    assertThat(pi).isWaitingAt("Task_Repair", "Task_SuperviseRepair");
    repairAndCheck(pi);
    callback(pi);
    complete("luogang", pi, "Task_FinalAccount", Map.of("finalCost", 800, "finalAccount", "材料"));
    complete("zhangwei", pi, "Task_ReviewAccount", Map.of("decision", "APPROVE", "settledCost", 800, "settlement", "核定"));
    complete("xutao", pi, "Task_Certify", Map.of("decision", "APPROVE"));
    complete("huangmei", pi, "Task_Pay", Map.of("paymentReference", "FK-8"));
    assertThat(at(pi)).isEnded();
    assertThat(order(pi).getReviewGroup()).isEqualTo("customer-service");
  }

  @Test
  @DisplayName("R-REP-1 a survey that finds the customer responsible closes the order and returns that to the complaint")
  void notCompanyResponsibility() {
    ProcessInstance pi = start();
    complete("zhangwei", pi, "Task_SiteSurvey", Map.of("attendedCustomerService", true, "attendedEngineering", true,
        "attendedRepairLead", true, "attendedContractor", false, "surveyFindings", "客户自行改装造成", "responsibleParty", "CUSTOMER",
        "estimatedCost", 200));
    assertThat(at(pi)).isEnded();
    assertThat(order(pi).getStatus()).isEqualTo(RepairStatus.NOT_COMPANY_RESPONSIBILITY);
  }

  @Autowired com.example.csl.complaint.ComplaintEscalationRepository complaintEscalations;

  @Test
  @DisplayName("R-AS-5 R-AS-6 issue 20.3 a repair complaint's own resolution deadline (5 working days) is watched while the repair runs: escalated once, to the supervisor, without the handling path's deadlines")
  void repairComplaintResolutionWatched() {
    Http.Response response = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customer.getId(),
        "channel", "HOTLINE", "category", "REPAIR", "description", "暖气片漏水", "customerRequest", "尽快维修"));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    ProcessInstance complaintPi = runtimeService.createProcessInstanceQuery()
        .processInstanceId(response.json().get("processInstanceId").asText()).singleResult();
    Task validity = taskService.createTaskQuery().processInstanceId(complaintPi.getId()).taskDefinitionKey("Task_CheckValidity").singleResult();
    as.run("zhangwei", () -> taskService.complete(validity.getId(), Map.of("validity", "FOUNDED")));
    assertThat(complaintPi).isWaitingAt("CallActivity_RepairOrder");
    Job resolution = managementService.createJobQuery().processInstanceId(complaintPi.getId())
        .activityId("Timer_RepairResolution").singleResult();
    Complaint complaint = complaints.findByComplaintNumber(response.json().get("number").asText()).orElseThrow();
    assertThat(resolution.getDuedate().toInstant()).isEqualTo(complaint.getResolutionDue());
    ClockUtil.setCurrentTime(new Date(resolution.getDuedate().getTime() + 1000));
    managementService.executeJob(resolution.getId());
    assertThat(complaintEscalations.findByComplaintIdOrderByIdAsc(complaint.getId())).extracting(e -> e.getDeadline().name())
        .containsExactly("RESOLUTION");
    Task supervise = taskService.createTaskQuery().processInstanceId(complaintPi.getId()).taskDefinitionKey("Task_Supervise").singleResult();
    assertThat(supervise).as("the supervisor is asked to act").isNotNull();
    // the repair keeps running
    assertThat(complaintPi).isWaitingAt("CallActivity_RepairOrder", "Task_Supervise");
  }

  @Autowired com.example.csl.contract.ContractRepository contractRepository;
  @Autowired org.camunda.bpm.engine.FormService formService;

  @org.junit.jupiter.params.ParameterizedTest(name = "R-REP-2 warranty until {0}: the survey proposes {1}")
  @org.junit.jupiter.params.provider.CsvSource({"2027-06-30, A类（保修）", "2026-12-30, B类（保修期外"})
  void warrantyProposesOrderType(String warrantyUntil, String proposal) {
    com.example.csl.contract.Contract contract = new com.example.csl.contract.Contract(customer.getId(),
        "HT-W-" + System.nanoTime(), new java.math.BigDecimal("50000"), false, null, "liuyang", Instant.now());
    contract.signed(java.time.LocalDate.of(2026, 1, 5), "存档-W", "liuyang", java.time.LocalDate.parse(warrantyUntil));
    contract = contractRepository.save(contract);
    Http.Response response = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customer.getId(),
        "contractId", contract.getId(), "channel", "HOTLINE", "category", "REPAIR", "description", "门窗渗水"));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    ProcessInstance complaintPi = runtimeService.createProcessInstanceQuery()
        .processInstanceId(response.json().get("processInstanceId").asText()).singleResult();
    Task validity = taskService.createTaskQuery().processInstanceId(complaintPi.getId()).taskDefinitionKey("Task_CheckValidity").singleResult();
    as.run("zhangwei", () -> taskService.complete(validity.getId(), Map.of("validity", "FOUNDED")));
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().superProcessInstanceId(complaintPi.getId()).singleResult();
    Task survey = task(pi, "Task_SiteSurvey");
    assertThat(formService.getTaskFormVariables(survey.getId()).getValue("warrantyProposal", String.class))
        .startsWith(proposal).contains(contract.getContractNumber()).contains(warrantyUntil);
  }

  @Test
  @DisplayName("R-REP-1 issue 20.3 each party signs the joint site survey in its own parallel task (the contractor's recorded by customer service); an objection sends the survey back with its reason")
  void surveySignedByEachParty() {
    autoConfirm = false;
    ProcessInstance pi = start();
    complete("zhangwei", pi, "Task_SiteSurvey", survey(800.0, "A", "SINGLE", true));
    List<Task> confirms = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SurveyConfirm").list();
    assertThat(confirms).extracting(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("engineering", "repair-lead", "customer-service");
    Task contractorPart = confirms.stream().filter(t -> "customer-service".equals(taskService.getIdentityLinksForTask(t.getId())
        .get(0).getGroupId())).findFirst().orElseThrow();
    assertThat(formService.getTaskFormVariables(contractorPart.getId()).getValue("confirmPartyName", String.class))
        .startsWith("施工单位");
    assertThat(pi).isWaitingAt("Task_SurveyConfirm");
    // an objection needs its reason
    Task lead = confirms.stream().filter(t -> "repair-lead".equals(taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId()))
        .findFirst().orElseThrow();
    assertThatThrownBy(() -> as.run("luogang", () -> {
      taskService.claim(lead.getId(), "luogang");
      taskService.complete(lead.getId(), Map.of("surveyConfirmation", "DISAGREE"));
    })).hasMessageContaining("异议与理由");
    confirmSurvey(pi, "repair-lead");
    assertThat(pi).isWaitingAt("Task_SiteSurvey");
    assertThat(formService.getTaskFormVariables(task(pi, "Task_SiteSurvey").getId()).getValue("lastRejection", String.class))
        .contains("客户服务维修队队长 会签异议：渗水点在楼上住户");
    // surveyed again, all sign: on to the approval
    complete("zhangwei", pi, "Task_SiteSurvey", survey(800.0, "A", "SINGLE", true));
    confirmSurvey(pi, null);
    assertThat(pi).isWaitingAt("Task_ApproveCost");
    assertThat(decisions.findAll()).filteredOn(d -> "SURVEY_CONFIRM".equals(d.getStage()) && d.getRepairOrderId().equals(order(pi).getId()))
        .extracting(d -> d.getActorGroup() + ":" + d.getDecision())
        .contains("repair-lead:DISAGREE", "contractor:AGREE", "engineering:AGREE");
  }

  @Test
  @DisplayName("R-REP-6 issue 20.3 the repair lead signs the completion check in a task of his own; his objection sends the repair back to rework like a failed check")
  void completionSignedByRepairLead() {
    ProcessInstance pi = approved(800.0, "B", "SINGLE");
    autoConfirm = false;
    complete("tangkai", pi, "Task_Repair", Map.of("repairOutcome", "DONE", "workers", "唐凯", "workDescription", "重做防水层"));
    complete("zhangwei", pi, "Task_CompletionCheck", Map.of("checkResult", "PASS", "checkRepairLead", "luogang",
        "customerSignedBy", "周先生", "customerSignReference", "QS-0001", "customerOpinion", "好"));
    Task sign = task(pi, "Task_CompletionConfirm");
    assertThat(taskService.getIdentityLinksForTask(sign.getId())).extracting("groupId").containsExactly("repair-lead");
    assertThat(formService.getTaskFormVariables(sign.getId()).getValue("checkResultLabel", String.class)).isEqualTo("合格");
    confirmCompletion(pi, "repair-lead");
    assertThat(pi).isWaitingAt("Task_Repair");
    assertThat(order(pi).getStatus()).isEqualTo(RepairStatus.REPAIRING);
    assertThat(runtimeService.getVariable(pi.getId(), "lastCheckRemarks")).asString().contains("会签异议：排水坡度不够");
    complete("tangkai", pi, "Task_Repair", Map.of("repairOutcome", "DONE", "workers", "唐凯", "workDescription", "调整坡度"));
    complete("zhangwei", pi, "Task_CompletionCheck", Map.of("checkResult", "PASS", "checkRepairLead", "luogang",
        "customerSignedBy", "周先生", "customerSignReference", "QS-0002", "customerOpinion", "好"));
    confirmCompletion(pi, null);
    assertThat(pi).isWaitingAt("Task_Callback");
  }
}
