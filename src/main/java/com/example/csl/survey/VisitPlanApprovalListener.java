package com.example.csl.survey;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.customer.CustomerRepository;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 审批走访计划 (R-SAT-8): the general manager sees the customers of the plan and approves it, or returns
 * it to marketing with the reason.
 */
@Component("visitPlanApprovalListener")
public class VisitPlanApprovalListener implements TaskListener {

  private final VisitPlanRepository plans;
  private final CustomerVisitRepository visits;
  private final CustomerRepository customers;
  private final Actor actor;

  public VisitPlanApprovalListener(VisitPlanRepository plans, CustomerVisitRepository visits, CustomerRepository customers,
      Actor actor) {
    this.plans = plans;
    this.visits = visits;
    this.customers = customers;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    VisitPlan plan = plans.findById(Vars.id(task, "visitPlanId")).orElseThrow();
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariableLocal("planDecision", null);
      task.getExecution().setVariableLocal("planComment", null);
      task.setVariableLocal("planSummary", String.format("%d年度，%s前完成；走访对象：%s。%s", plan.getPlanYear(), plan.getVisitBy(),
          visits.findByPlanIdOrderByIdAsc(plan.getId()).stream()
              .map(v -> customers.findById(v.getCustomerId()).map(c -> c.getName() + (c.isKeyCustomer() ? "（重点）" : ""))
                  .orElse("?"))
              .collect(Collectors.joining("、")),
          plan.getPlanText() == null ? "" : plan.getPlanText()));
      return;
    }
    String decision = Vars.text(task, "planDecision");
    if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
      throw new BusinessRuleViolation("planDecision", "审批结论须为 APPROVE（批准）或 REJECT（退回）");
    }
    String comment = Vars.limited(task, "planComment", "审批意见", 1000, decision.equals("REJECT"));
    task.getExecution().setVariable("planDecision", decision);
    if (decision.equals("REJECT")) {
      plan.setStatus("REJECTED");
      plan.setLastRejection(comment);
      task.getExecution().setVariable("lastPlanRejection", comment);
    } else {
      plan.setStatus("APPROVED");
      plan.setApprovedBy(actor.currentOr(task.getAssignee()));
      plan.setApprovedAt(ClockUtil.getCurrentTime().toInstant());
    }
  }
}
