package com.example.csl.repair;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Completion of 决算超级别审批 (R-REP-5, R-REP-8): the final cost rose into a higher band of
 * {@code repair-approval} than the approved estimate, so that band's approver decides. The decision is
 * recorded with the order's other approvals; a rejection returns to the final account with its reason.
 */
@Component("finalCostApprovalListener")
public class FinalCostApprovalListener implements TaskListener {

  private final RepairOrderService orderService;
  private final RepairDecisionRepository decisions;
  private final Actor actor;

  public FinalCostApprovalListener(RepairOrderService orderService, RepairDecisionRepository decisions, Actor actor) {
    this.orderService = orderService;
    this.decisions = decisions;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    RepairOrder order = orderService.get(task);
    String decision = Vars.text(task, "decision");
    String reason = Vars.text(task, "decisionReason");
    String group = RepairDecisionListener.group(task);
    BigDecimal amount = Vars.decimal(task, "finalCost", "决算费用");
    decisions.save(new RepairDecision(order.getId(), "FINAL_COST", group, amount, decision, reason,
        actor.currentOr(task.getAssignee()), ClockUtil.getCurrentTime().toInstant()));
    task.getExecution().setVariable("finalCostDecision", decision);
    if ("REJECT".equals(decision)) {
      task.getExecution().setVariable("lastAccountReturn", group + " 退回：" + reason);
    }
    task.getExecution().removeVariable("decision");
    task.getExecution().removeVariable("decisionReason");
  }
}
