package com.example.csl.insale;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 签订合同 (R-IN-2): after the passed review, marketing records the signing date and the signed text's file number. */
@Component("contractSigningListener")
public class ContractSigningListener implements TaskListener {

  private final ContractRepository contracts;
  private final Actor actor;
  private final com.example.csl.calendar.WorkingDayCalendar calendar;

  public ContractSigningListener(ContractRepository contracts, Actor actor, com.example.csl.calendar.WorkingDayCalendar calendar) {
    this.contracts = contracts;
    this.actor = actor;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    Contract contract = contracts.findById(Vars.id(task, "contractId")).orElseThrow();
    LocalDate signedOn = Vars.date(task, "contractSignedOn", "签订日期");
    if (signedOn == null) {
      throw new BusinessRuleViolation("contractSignedOn", "必填：签订日期");
    }
    if (signedOn.isAfter(calendar.today())) {
      throw new BusinessRuleViolation("contractSignedOn", "签订日期不能晚于今天");
    }
    // R-REP-2: the warranty period of the contract decides later whether a repair is type A (保修) or B
    LocalDate warrantyUntil = Vars.date(task, "warrantyUntil", "保修期至");
    if (warrantyUntil == null) {
      throw new BusinessRuleViolation("warrantyUntil", "必填：保修期至（按合同约定）");
    }
    if (warrantyUntil.isBefore(signedOn)) {
      throw new BusinessRuleViolation("warrantyUntil", "保修期不能早于签订日期");
    }
    contract.signed(signedOn, Vars.limited(task, "signReference", "合同文本存档号", 200, true), actor.currentOr(task.getAssignee()),
        warrantyUntil);
  }
}
