package com.example.csl.insale;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of 合约分类确认 (R-IN-1): engineering confirms the suggested class or changes it with a reason. */
@Component("contractClassListener")
public class ContractClassListener implements TaskListener {

  private final ContractRepository contracts;
  private final Actor actor;

  public ContractClassListener(ContractRepository contracts, Actor actor) {
    this.contracts = contracts;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String suggested = Vars.text(task, "suggestedClass");
    String confirmed = Vars.text(task, "contractClass");
    if (!confirmed.equals("BULK") && !confirmed.equals("SCATTERED")) {
      throw new BusinessRuleViolation("contractClass", "确认类别须为 BULK 或 SCATTERED");
    }
    String reason = Vars.text(task, "classReason");
    if (!confirmed.equals(suggested) && reason == null) {
      throw new BusinessRuleViolation("classReason", "与建议类别不同时必须填写调整理由");
    }
    Contract contract = contracts.findById(Vars.id(task, "contractId")).orElseThrow();
    contract.classify(suggested, confirmed, reason, actor.currentOr(task.getAssignee()));
  }
}
