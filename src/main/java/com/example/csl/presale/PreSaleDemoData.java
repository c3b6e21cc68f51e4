package com.example.csl.presale;

import com.example.csl.customer.CustomerRegistration;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.CustomerService;
import java.math.BigDecimal;
import java.util.List;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A little sample data for the embedded demo profile (never in the postgres profile): a few
 * pre-sale customers at different steps, so Tasklist and Cockpit are not empty on first start.
 * Everything goes through the real services and the process, as the demo users.
 */
@Component
@ConditionalOnProperty(prefix = "csl.demo-data", name = "enabled", havingValue = "true")
public class PreSaleDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(PreSaleDemoData.class);

  private final CustomerRepository customers;
  private final CustomerService customerService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final com.example.csl.common.RunAs runAs;
  private final TransactionTemplate transactions;

  public PreSaleDemoData(CustomerRepository customers, CustomerService customerService, RuntimeService runtimeService,
      TaskService taskService, com.example.csl.common.RunAs runAs, TransactionTemplate transactions) {
    this.customers = customers;
    this.customerService = customerService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.runAs = runAs;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  @org.springframework.core.annotation.Order(1)
  public void createOnce() {
    if (customers.count() > 0) {
      return;
    }
    ProcessInstance a = register("上海华东机电设备有限公司", "王建国", "13916880001", "STRONG", "6200000", "LARGE", "制造");
    ProcessInstance b = register("杭州西湖智能科技有限公司", "李晓梅", "0571-88886666", "MODERATE", "1800000", "MEDIUM", "能源");
    register("苏州园区精密仪器厂", "陈志强", "13862220003", "NONE", null, "SMALL", "制造");
    register("南京金陵商贸有限公司", "赵丽", "025-83334444", "MODERATE", "300000", "SMALL", "商贸");
    runAs.call("zhaolei", () -> complete(a, "Task_ReviewGrade", "zhaolei", Map.of("reviewDecision", "CONFIRM",
        "reviewReason", "客户有明确采购计划，维持A级")));
    runAs.call("chenjie", () -> complete(a, "Task_ServiceSchedule", "chenjie", Map.of(
        "plannedActions", "每周电话拜访；下周预约上门拜访；邮寄产品资料", "owner", "liuyang")));
    runAs.call("zhaolei", () -> complete(b, "Task_ReviewGrade", "zhaolei", Map.of("reviewDecision", "CONFIRM",
        "reviewReason", "意向一般，加强跟进")));
    LOG.info("Created demo pre-sale customers and cases (csl.demo-data.enabled)");
  }

  private ProcessInstance register(String name, String contact, String phone, String intention, String revenue,
      String size, String industry) {
    return runAs.call("wangfang", () -> transactions.execute(status -> {
      var customer = customerService.register(new CustomerRegistration(name, contact, phone, null, null, "华东", industry,
          size, null, null, revenue == null ? null : new BigDecimal(revenue), "GOOD", false, intention, "HOTLINE"),
          "HOTLINE", "wangfang");
      return com.example.csl.form.TrustedInput.call(() -> runtimeService.createProcessInstanceByKey(PreSaleProcess.KEY)
          .businessKey(String.valueOf(customer.getId()))
          .setVariable(PreSaleProcess.CUSTOMER_ID, customer.getId()).execute());
    }));
  }

  private Void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    taskService.claim(task.getId(), user);
    taskService.complete(task.getId(), variables);
    return null;
  }
}
