package com.example.csl.insale;

import com.example.csl.common.Vars;
import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import com.example.csl.customer.CustomerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 合同登记 / 读取合约 (R-IN-1): a contract from the pre-sale conversion arrives with its id; one entered
 * with the Tasklist start form (existing customer) is checked and stored here. Its amount and scope
 * become the classification's inputs; the business key becomes the contract number.
 */
@Component("loadContractDelegate")
public class LoadContractDelegate implements JavaDelegate {

  private final ContractRepository contracts;
  private final CustomerService customerService;

  private final com.example.csl.contract.ContractService contractService;
  private final com.example.csl.common.Actor actor;

  public LoadContractDelegate(ContractRepository contracts, CustomerService customerService,
      com.example.csl.contract.ContractService contractService, com.example.csl.common.Actor actor) {
    this.contracts = contracts;
    this.customerService = customerService;
    this.contractService = contractService;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long contractId = Vars.id(execution, "contractId");
    Contract contract;
    if (contractId == null) {
      Long customerId = Vars.id(execution, "customerId");
      if (customerId == null) {
        throw new com.example.csl.common.BusinessRuleViolation("customerId", "必填：客户档案编号");
      }
      customerService.get(customerId);
      contract = contractService.register(customerId, new com.example.csl.contract.ContractTerms(
          Vars.text(execution, "contractNumber"), Vars.decimal(execution, "contractAmount", "合同金额"),
          null, Vars.bool(execution, "involvesDesignInstallation")),
          actor.currentOr(null));
      contract.setContractType(Vars.text(execution, "contractType"));
      execution.setVariable("contractId", contract.getId());
    } else {
      contract = contracts.findById(contractId).orElseThrow();
    }
    execution.setProcessBusinessKey(contract.getContractNumber());
    execution.setVariable("customerId", contract.getCustomerId());
    execution.setVariable("customerName", customerService.get(contract.getCustomerId()).getName());
    execution.setVariable("contractNumber", contract.getContractNumber());
    execution.setVariable("contractAmount", contract.getAmount().doubleValue());
    execution.setVariable("involvesDesignInstallation", contract.isInvolvesDesignInstallation());
  }
}
