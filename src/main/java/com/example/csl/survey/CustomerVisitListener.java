package com.example.csl.survey;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 顾客走访记录表 (R-SAT-8, S3 五.6.4): the visit's date, visitors, the customer's participants
 * (purchasing, technical, quality, production) and findings; a problem that needs correction issues
 * a corrective and preventive action (R-SAT-6) to the named department, checked by marketing.
 */
@Component("customerVisitListener")
public class CustomerVisitListener implements TaskListener {

  static final String[] FIELDS = {"visitedOn", "visitors", "customerParticipants", "findings", "capaDepartment", "capaProblem"};

  private final CustomerVisitRepository visits;
  private final CustomerRepository customers;
  private final CorrectiveActionService capas;
  private final Actor actor;
  private final com.example.csl.calendar.WorkingDayCalendar workingDays;

  public CustomerVisitListener(CustomerVisitRepository visits, CustomerRepository customers, CorrectiveActionService capas,
      Actor actor, com.example.csl.calendar.WorkingDayCalendar workingDays) {
    this.workingDays = workingDays;
    this.visits = visits;
    this.customers = customers;
    this.capas = capas;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    CustomerVisit visit = visits.findById(Vars.id(task, "visitId")).orElseThrow();
    Customer customer = customers.findById(visit.getCustomerId()).orElseThrow();
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      for (String field : FIELDS) {
        task.getExecution().setVariableLocal(field, null);
      }
      task.setVariableLocal("customerName", customer.getName() + (customer.isKeyCustomer() ? "（重点顾客）" : ""));
      task.setVariableLocal("customerContact", customer.getContactPerson() + " " + customer.getPhone()
          + (customer.getAddress() == null ? "" : "，" + customer.getAddress()));
      return;
    }
    LocalDate visitedOn = Vars.date(task, "visitedOn", "走访日期");
    if (visitedOn == null) {
      throw new BusinessRuleViolation("visitedOn", "必填：走访日期");
    }
    if (visitedOn.isAfter(workingDays.today())) {
      throw new BusinessRuleViolation("visitedOn", "走访日期不能在将来");
    }
    visit.setVisitedOn(visitedOn);
    visit.setVisitors(Vars.text(task, "visitors"));
    visit.setCustomerParticipants(Vars.text(task, "customerParticipants"));
    visit.setFindings(Vars.text(task, "findings"));
    visit.setRecordedBy(actor.currentOr(task.getAssignee()));
    visit.setRecordedAt(ClockUtil.getCurrentTime().toInstant());
    visit.setStatus("DONE");
    String department = Vars.text(task, "capaDepartment");
    if (department != null) {
      capas.issue("VISIT", null, null, customer.getId(), department,
          customer.getName() + " 走访（" + visitedOn + "）：" + Vars.text(task, "capaProblem"));
    }
  }
}
