package com.example.csl.presale;

import static com.example.csl.presale.PreSaleProcess.*;

import com.example.csl.common.Vars;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerService;
import com.example.csl.customer.CustomerStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 放弃跟进结案 (R-PRE-10): the case closes as dropped, with the reason on the archive. */
@Component("dropCustomerDelegate")
public class DropCustomerDelegate implements JavaDelegate {

  private final CustomerService customerService;
  private final com.example.csl.common.Actor actor;

  public DropCustomerDelegate(CustomerService customerService, com.example.csl.common.Actor actor) {
    this.customerService = customerService;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Customer customer = customerService.get(Vars.id(execution, CUSTOMER_ID));
    customerService.changeStatus(customer, CustomerStatus.DROPPED, Vars.text(execution, "dropReason"), actor.currentOr(null));
  }
}
