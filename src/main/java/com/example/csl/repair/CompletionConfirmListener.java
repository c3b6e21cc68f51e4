package com.example.csl.repair;

import com.example.csl.common.Actor;
import com.example.csl.form.CodeLabels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * 竣工检查会签确认 (R-REP-6, S4 3.5.3): the parties of the completion check sign it themselves; an objection counts
 * as a failed check — back to rework by the repair team, the completion undone ({@code completionDisputed}).
 */
@Component("completionConfirmListener")
public class CompletionConfirmListener extends PartySignatureListener {

  public CompletionConfirmListener(RepairOrderService orderService, RepairDecisionRepository decisions, CodeLabels labels,
      Actor actor) {
    super(orderService, decisions, labels, actor, "COMPLETION_CONFIRM", "completionConfirmation", "completionConfirmRemarks",
        "同意检查结论", "检查记录");
  }

  @Override
  void showRecord(DelegateTask task, RepairOrder order) {
    task.setVariableLocal("checkResultLabel", Boolean.TRUE.equals(task.getVariable("checkPassed")) ? "合格" : "不合格，返工");
  }

  @Override
  void disputed(DelegateTask task, RepairOrder order, String party, String remarks) {
    order.setPerformer("REPAIR_TEAM");
    order.setStatus(RepairStatus.REPAIRING);
    order.setCompletedAt(null);
    task.getExecution().setVariable("completionDisputed", true);
    task.getExecution().setVariable("lastCheckRemarks", party + " 会签异议：" + remarks);
  }
}
