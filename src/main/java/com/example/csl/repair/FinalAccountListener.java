package com.example.csl.repair;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 维修工程决算书 (R-REP-8, S4 3.5.5): the repair-team lead's final cost and account; {@code finalCost}
 * is what the decision table settlement-review reads.
 */
@Component("finalAccountListener")
public class FinalAccountListener implements TaskListener {

  private final RepairOrderService orderService;
  private final Actor actor;

  public FinalAccountListener(RepairOrderService orderService, Actor actor) {
    this.orderService = orderService;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    RepairOrder order = orderService.get(task);
    BigDecimal cost = RepairOrderService.amount(task, "finalCost", "决算金额（元）", true);
    order.setFinalCost(cost);
    order.setFinalAccount(Vars.text(task, "finalAccount"));
    order.setFinalAccountBy(actor.currentOr(task.getAssignee()));
    order.setFinalAccountAt(ClockUtil.getCurrentTime().toInstant());
    order.setStatus(RepairStatus.SETTLEMENT);
    task.getExecution().setVariable("finalCost", cost.doubleValue());
  }
}
