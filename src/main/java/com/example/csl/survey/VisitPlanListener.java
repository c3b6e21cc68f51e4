package com.example.csl.survey;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.CustomerStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 制订顾客走访计划 (R-SAT-8, S3 五.6.1–6.2): on create the form offers the customers (key customers
 * pre-selected: each is visited at least once a year); on complete the plan and one planned visit
 * per chosen customer are stored (a redraft after a rejection replaces them).
 */
@Component("visitPlanListener")
public class VisitPlanListener implements TaskListener {

  private final VisitPlanRepository plans;
  private final CustomerVisitRepository visits;
  private final CustomerRepository customers;
  private final Actor actor;
  private final com.example.csl.calendar.WorkingDayCalendar workingDays;

  public VisitPlanListener(VisitPlanRepository plans, CustomerVisitRepository visits, CustomerRepository customers,
      Actor actor, com.example.csl.calendar.WorkingDayCalendar workingDays) {
    this.workingDays = workingDays;
    this.plans = plans;
    this.visits = visits;
    this.customers = customers;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      List<String[]> keyOptions = new ArrayList<>();
      List<String[]> generalOptions = new ArrayList<>();
      List<String> keyIds = new ArrayList<>();
      for (Customer c : customers.findAll(org.springframework.data.domain.Sort.by("name"))) {
        if (c.getStatus() == CustomerStatus.DROPPED) {
          continue;
        }
        String[] option = {c.getName() + (c.getGrade() == null ? "" : "（" + c.getGrade() + "级）"), String.valueOf(c.getId())};
        if (c.isKeyCustomer()) {
          keyOptions.add(option);
          keyIds.add(option[1]);
        } else {
          generalOptions.add(option);
        }
      }
      task.getExecution().setVariable("keyCustomerOptions", SpinValues.jsonValue(JsonLists.options(keyOptions).toString()).create());
      task.getExecution().setVariable("generalCustomerOptions",
          SpinValues.jsonValue(JsonLists.options(generalOptions).toString()).create());
      if (task.getExecution().getVariable("keyCustomerIds") == null) {
        task.getExecution().setVariable("keyCustomerIds",
            SpinValues.jsonValue(org.camunda.spin.Spin.JSON(keyIds).toString()).create());
      }
      return;
    }
    Integer year = Vars.decimal(task, "planYear", "计划年度") == null ? null : Vars.decimal(task, "planYear", "计划年度").intValue();
    if (year == null || year < 2000 || year > 2100) {
      throw new BusinessRuleViolation("planYear", "计划年度无效");
    }
    LocalDate visitBy = Vars.date(task, "visitBy", "走访完成期限");
    if (visitBy == null) {
      throw new BusinessRuleViolation("visitBy", "必填：走访完成期限");
    }
    Set<Long> chosen = new LinkedHashSet<>();
    for (String field : new String[] {"keyCustomerIds", "generalCustomerIds"}) {
      for (String id : JsonLists.strings(task.getVariable(field))) {
        try {
          chosen.add(Long.valueOf(id));
        } catch (NumberFormatException e) {
          throw new BusinessRuleViolation(field, "客户编号无效: " + id);
        }
      }
    }
    if (chosen.isEmpty()) {
      throw new BusinessRuleViolation("keyCustomerIds", "走访计划至少包含一位顾客");
    }
    List<Long> missingKey = customers.findAll().stream()
        .filter(c -> c.isKeyCustomer() && c.getStatus() != CustomerStatus.DROPPED && !chosen.contains(c.getId()))
        .map(Customer::getId).toList();
    if (!missingKey.isEmpty()) {
      throw new BusinessRuleViolation("keyCustomerIds", "重点顾客每年至少走访一次，计划缺少 " + missingKey.size() + " 位重点顾客");
    }
    Long planId = Vars.id(task, "visitPlanId");
    VisitPlan plan = planId == null ? new VisitPlan() : plans.findById(planId).orElseThrow();
    plan.setPlanYear(year);
    plan.setVisitBy(visitBy);
    plan.setPlanText(Vars.text(task, "planText"));
    plan.setStatus("SUBMITTED");
    plan.setDraftedBy(actor.currentOr(task.getAssignee()));
    plan.setProcessInstanceId(task.getProcessInstanceId());
    plans.save(plan);
    visits.deleteAll(visits.findByPlanIdOrderByIdAsc(plan.getId()));
    visits.flush();
    List<Long> visitIds = new ArrayList<>();
    for (Long customerId : chosen) {
      customers.findById(customerId).orElseThrow(() -> new BusinessRuleViolation("keyCustomerIds", "客户不存在: " + customerId));
      CustomerVisit visit = new CustomerVisit();
      visit.setPlanId(plan.getId());
      visit.setCustomerId(customerId);
      visit.setStatus("PLANNED");
      visits.save(visit);
      visitIds.add(visit.getId());
    }
    task.getExecution().setProcessBusinessKey(year + "年度走访计划");
    task.getExecution().setVariable("visitPlanId", plan.getId());
    task.getExecution().setVariable("visitIds", visitIds);
    task.getExecution().setVariable("visitByDate", java.util.Date.from(visitBy.atTime(18, 0)
        .atZone(workingDays.getZone()).toInstant()));
    task.getExecution().setVariable("visitCount", visitIds.size());
  }
}
