package com.example.csl.presale;

import static com.example.csl.presale.PreSaleProcess.*;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerService;
import com.example.csl.customer.ServiceSchedule;
import com.example.csl.customer.ServiceScheduleRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Completion of 编排客户服务安排表 (R-PRE-5): stores the schedule (planned actions, owner) and makes
 * the owner — a member of 营销部 — the one who receives this customer's follow-ups.
 */
@Component("serviceScheduleListener")
public class ServiceScheduleListener implements TaskListener {

  private final CustomerService customerService;
  private final ServiceScheduleRepository schedules;
  private final IdentityService identityService;
  private final Actor actor;

  public ServiceScheduleListener(CustomerService customerService, ServiceScheduleRepository schedules,
      IdentityService identityService, Actor actor) {
    this.customerService = customerService;
    this.schedules = schedules;
    this.identityService = identityService;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String planned = Vars.text(task, "plannedActions");
    String owner = Vars.text(task, OWNER);
    // the group is the model's (property owner of 编排客户服务安排表), as in the form's picker
    if (identityService.createUserQuery().userId(owner).memberOfGroup(com.example.csl.common.StepParameter.of(task, "owner")).count() == 0) {
      throw new BusinessRuleViolation(OWNER, "跟进负责人须为营销部成员");
    }
    Customer customer = customerService.get(Vars.id(task, CUSTOMER_ID));
    customer.setOwner(owner);
    schedules.save(new ServiceSchedule(customer.getId(), planned, owner, actor.currentOr(task.getAssignee()),
        ClockUtil.getCurrentTime().toInstant()));
    task.setVariable(OWNER, owner);
  }
}
