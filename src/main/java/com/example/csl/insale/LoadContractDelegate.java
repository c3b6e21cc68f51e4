package com.example.csl.insale;

import com.example.csl.common.Vars;
import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import com.example.csl.customer.CustomerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 读取合约 (R-IN-1): the contract's amount and scope become the classification's inputs. */
@Component("loadContractDelegate")
public class LoadContractDelegate implements JavaDelegate {

  private final ContractRepository contracts;
  private final CustomerService customerService;

  public LoadContractDelegate(ContractRepository contracts, CustomerService customerService) {
    this.contracts = contracts;
    this.customerService = customerService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Contract contract = contracts.findById(Vars.id(execution, "contractId")).orElseThrow();
    execution.setVariable("customerId", contract.getCustomerId());
    execution.setVariable("customerName", customerService.get(contract.getCustomerId()).getName());
    execution.setVariable("contractNumber", contract.getContractNumber());
    execution.setVariable("contractAmount", contract.getAmount().doubleValue());
    execution.setVariable("involvesDesignInstallation", contract.isInvolvesDesignInstallation());
  }
}
