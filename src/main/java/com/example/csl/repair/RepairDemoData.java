package com.example.csl.repair;

import com.example.csl.common.RunAs;
import com.example.csl.complaint.Complaint;
import com.example.csl.complaint.ComplaintRegistration;
import com.example.csl.complaint.ComplaintService;
import com.example.csl.customer.CustomerRepository;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sample repair work for the embedded demo profile (never in the postgres profile): two contractors
 * with quality deposits, one repair complaint waiting for the site survey and one whose 5,000 CNY
 * estimate the deputy chief engineer has reviewed, waiting for the vice general manager.
 */
@Component
@ConditionalOnProperty(prefix = "csl.demo-data", name = "enabled", havingValue = "true")
public class RepairDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(RepairDemoData.class);

  private final ContractorRepository contractors;
  private final DepositLedger ledger;
  private final CustomerRepository customers;
  private final ComplaintService complaintService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final RunAs runAs;
  private final TransactionTemplate transactions;

  public RepairDemoData(ContractorRepository contractors, DepositLedger ledger, CustomerRepository customers,
      ComplaintService complaintService, RuntimeService runtimeService, TaskService taskService, RunAs runAs,
      TransactionTemplate transactions) {
    this.contractors = contractors;
    this.ledger = ledger;
    this.customers = customers;
    this.complaintService = complaintService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.runAs = runAs;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(4)
  public void createOnce() {
    if (contractors.count() > 0 || customers.count() < 2) {
      return;
    }
    transactions.executeWithoutResult(status -> {
      Contractor first = contractors.save(new Contractor("华东建设工程有限公司", "钱经理", "021-55550001"));
      Contractor second = contractors.save(new Contractor("申城机电安装有限公司", "孙工", "021-55550002"));
      ledger.deposit(first.getId(), new BigDecimal("50000.00"), "工程质量保证金", "huangmei");
      ledger.deposit(second.getId(), new BigDecimal("20000.00"), "工程质量保证金", "huangmei");
    });
    long customerId = customers.findAll().stream().map(c -> c.getId()).sorted().findFirst().orElseThrow();
    ProcessInstance waiting = repairComplaint(customerId, "车间屋面漏水，设备受潮");
    LOG.info("Demo repair order waiting for the site survey: {}", waiting.getId());
    ProcessInstance reviewed = repairComplaint(customerId, "冷却水管爆裂，需更换管段");
    ProcessInstance repair = runtimeService.createProcessInstanceQuery().superProcessInstanceId(reviewed.getId()).singleResult();
    Map<String, Object> survey = new HashMap<>(Map.of("attendedCustomerService", true, "attendedEngineering", true,
        "attendedRepairLead", true, "attendedContractor", true, "surveyFindings", "管段老化破裂，属保修范围，施工单位责任",
        "responsibleParty", "CONTRACTOR", "orderType", "A", "trades", "MULTI", "estimatedCost", 5000,
        "contractorName", "申城机电安装有限公司"));
    complete(repair, "Task_SiteSurvey", "zhangwei", survey);
    // issue 20.3: each party signs the survey (the contractor's signature recorded by customer service)
    Map<String, String> signers = Map.of("engineering", "zhouqiang", "repair-lead", "luogang", "customer-service", "zhangwei");
    for (org.camunda.bpm.engine.task.Task confirm : taskService.createTaskQuery().processInstanceId(repair.getId())
        .taskDefinitionKey("Task_SurveyConfirm").list()) {
      String group = taskService.getIdentityLinksForTask(confirm.getId()).get(0).getGroupId();
      runAs.run(signers.get(group), () -> {
        taskService.claim(confirm.getId(), signers.get(group));
        taskService.complete(confirm.getId(), Map.of("surveyConfirmation", "AGREE"));
      });
    }
    complete(repair, "Task_ReviewCost", "xutao", Map.of("decision", "APPROVE", "decisionReason", "预估合理"));
    LOG.info("Created demo repair orders (csl.demo-data.enabled)");
  }

  private ProcessInstance repairComplaint(long customerId, String description) {
    ProcessInstance complaint = runAs.call("zhangwei", () -> transactions.execute(status -> {
      Complaint c = complaintService.register(new ComplaintRegistration(customerId, null, null, "HOTLINE",
          "REPAIR", description, "尽快上门维修", false, null), "zhangwei");
      return complaintService.startAfterSale(c);
    }));
    complete(complaint, "Task_CheckValidity", "zhangwei", Map.of("validity", "FOUNDED"));
    return complaint;
  }

  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
    runAs.completeTask(taskService, instance.getId(), taskKey, user, variables);
  }
}
