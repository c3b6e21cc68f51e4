package com.example.csl.presale;

import static com.example.csl.presale.PreSaleProcess.*;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import com.example.csl.contract.ContractService;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerService;
import com.example.csl.customer.CustomerStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 转为正式客户 (R-PRE-10, S0 4.2.5): the customer signed a formal contract. The contract comes from
 * the API ({@code contractId}) or from the follow-up form's terms; the archive becomes CONVERTED and
 * the in-sale case starts for the contract by the start message {@code ContractSigned}.
 */
@Component("convertCustomerDelegate")
public class ConvertCustomerDelegate implements JavaDelegate {

  public static final String IN_SALE_START_MESSAGE = "ContractSigned";

  private final CustomerService customerService;
  private final ContractService contractService;
  private final ContractRepository contracts;
  private final RuntimeService runtimeService;
  private final Actor actor;

  public ConvertCustomerDelegate(CustomerService customerService, ContractService contractService,
      ContractRepository contracts, RuntimeService runtimeService, Actor actor) {
    this.customerService = customerService;
    this.contractService = contractService;
    this.contracts = contracts;
    this.runtimeService = runtimeService;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Customer customer = customerService.get(Vars.id(execution, CUSTOMER_ID));
    Long contractId = Vars.id(execution, CONTRACT_ID);
    Contract contract = contractId != null
        ? contracts.findById(contractId).orElseThrow()
        : contractService.register(customer.getId(), FollowUpListener.contractTerms(execution), actor.currentOr(null));
    customerService.changeStatus(customer, CustomerStatus.CONVERTED, "签订正式合同 " + contract.getContractNumber(),
        actor.currentOr(null));
    execution.setVariable(CONTRACT_ID, contract.getId());
    runtimeService.createMessageCorrelation(IN_SALE_START_MESSAGE)
        .processInstanceBusinessKey(contract.getContractNumber())
        .setVariable(CONTRACT_ID, contract.getId())
        .setVariable(CUSTOMER_ID, customer.getId())
        .setVariable(CUSTOMER_NAME, customer.getName())
        .correlateStartMessage();
  }
}
