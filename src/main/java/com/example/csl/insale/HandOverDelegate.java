package com.example.csl.insale;

import com.example.csl.common.Vars;
import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 转售后服务 (R-IN-10, S0 4.4.8): the contract enters after-sale service; complaints may now refer to it. */
@Component("handOverDelegate")
public class HandOverDelegate implements JavaDelegate {

  private final ContractRepository contracts;

  public HandOverDelegate(ContractRepository contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Contract contract = contracts.findById(Vars.id(execution, "contractId")).orElseThrow();
    contract.setStatus(Contract.Status.IN_AFTER_SALE);
    contract.setHandedOverAt(ClockUtil.getCurrentTime().toInstant());
  }
}
