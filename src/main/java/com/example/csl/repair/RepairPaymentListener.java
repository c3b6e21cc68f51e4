package com.example.csl.repair;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 拨付维修工程款 (R-REP-9, S4 3.5.9): finance pays the settled amount on the certified settlement and,
 * for a type-A order, deducts it from the contractor's quality deposit ({@link DepositLedger}). On
 * create the form gets the contractor and its current balance; on complete the payment and the
 * ledger line are written in the same transaction.
 */
@Component("repairPaymentListener")
public class RepairPaymentListener implements TaskListener {

  private final RepairOrderService orderService;
  private final ContractorRepository contractors;
  private final DepositLedger ledger;
  private final Actor actor;

  public RepairPaymentListener(RepairOrderService orderService, ContractorRepository contractors, DepositLedger ledger,
      Actor actor) {
    this.orderService = orderService;
    this.contractors = contractors;
    this.ledger = ledger;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    RepairOrder order = orderService.get(task);
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      if (order.getContractorId() != null) {
        Contractor contractor = contractors.findById(order.getContractorId()).orElseThrow();
        task.setVariableLocal("contractorName", contractor.getName());
        task.setVariableLocal("depositBalance", contractor.getDepositBalance().doubleValue());
      }
      return;
    }
    String user = actor.currentOr(task.getAssignee());
    order.setPaymentReference(Vars.text(task, "paymentReference"));
    if ("A".equals(order.getOrderType())) {
      ledger.deductForRepair(order.getContractorId(), order, order.getSettledCost(),
          Vars.bool(task, "recordShortfall"), Vars.text(task, "deductionNote"), user);
    }
    order.setPaidBy(user);
    order.setPaidAt(ClockUtil.getCurrentTime().toInstant());
  }
}
