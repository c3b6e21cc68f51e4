package com.example.csl.complaint;

import com.example.csl.customer.CustomerRepository;
import java.util.List;
import java.util.Map;
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
 * Sample complaints for the embedded demo profile (never in the postgres profile): one waiting for
 * customer service's validity check, one with 工程技术部 — registered by 张伟 through the real process.
 */
@Component
@ConditionalOnProperty(prefix = "csl.demo-data", name = "enabled", havingValue = "true")
public class ComplaintDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(ComplaintDemoData.class);

  private final ComplaintRepository complaints;
  private final CustomerRepository customers;
  private final ComplaintService complaintService;
  private final TaskService taskService;
  private final com.example.csl.common.RunAs runAs;
  private final TransactionTemplate transactions;

  public ComplaintDemoData(ComplaintRepository complaints, CustomerRepository customers, ComplaintService complaintService,
      TaskService taskService, com.example.csl.common.RunAs runAs,
      TransactionTemplate transactions) {
    this.complaints = complaints;
    this.customers = customers;
    this.complaintService = complaintService;
    this.taskService = taskService;
    this.runAs = runAs;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void createOnce() {
    if (complaints.count() > 0 || customers.count() < 2) {
      return;
    }
    List<Long> ids = customers.findAll().stream().map(c -> c.getId()).sorted().limit(2).toList();
    runAs.call("zhangwei", () -> register(ids.get(0), "INSTALLATION", "设备安装位置与图纸不符，影响使用"));
    ProcessInstance technical = runAs.call("zhangwei", () -> register(ids.get(1), "TECHNICAL", "控制系统频繁报警停机"));
    runAs.call("zhangwei", () -> {
      Task task = taskService.createTaskQuery().processInstanceId(technical.getId()).singleResult();
      taskService.claim(task.getId(), "zhangwei");
      taskService.complete(task.getId(), Map.of("validity", "FOUNDED"));
      return null;
    });
    // one complaint walked to the archive, so an auditor finds a finished case's full history
    ProcessInstance archived = runAs.call("zhangwei", () -> register(ids.get(0), "OTHER", "发票抬头开错，需重开"));
    complete(archived, "Task_CheckValidity", "zhangwei", Map.of("validity", "FOUNDED"));
    complete(archived, "Task_Reply", "zhangwei", Map.of("investigation", "开票员录入错误", "replyToCustomer", "三个工作日内重开发票"));
    complete(archived, "Task_RecordHandling", "zhangwei", Map.of("handlingResult", "已重开发票并快递给客户"));
    complete(archived, "Task_Confirm", "lina", Map.of("confirmation", "SATISFIED", "confirmationMethod", "PHONE",
        "confirmationReference", "电话确认 录音 0001"));
    complete(archived, "Task_Callback", "lina", Map.of("callbackOpinion", "客户满意", "departmentFeedback", "开票前复核抬头"));
    // issue 20 (R-AS-10, R-AS-13): the department answers the feedback, the manager closes the complaint
    complete(archived, "Task_DepartmentFeedback", "zhangwei", Map.of("departmentMeasure", "开票前由第二人复核抬头和税号"));
    complete(archived, "Task_Closure", "lina", Map.of("responsiblePerson", "开票员", "penaltyLevel", "NONE",
        "penaltyNote", "首次出错，批评教育"));
    LOG.info("Created demo complaints (csl.demo-data.enabled)");
  }

  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
    runAs.completeTask(taskService, instance.getId(), taskKey, user, variables);
  }

  private ProcessInstance register(long customerId, String category, String description) {
    return transactions.execute(status -> {
      Complaint complaint = complaintService.register(new ComplaintRegistration(customerId, null, null, "HOTLINE",
          category, description, "请尽快处理", false, null), "zhangwei");
      return complaintService.startAfterSale(complaint);
    });
  }
}
