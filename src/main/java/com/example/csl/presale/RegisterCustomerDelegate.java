package com.example.csl.presale;

import static com.example.csl.presale.PreSaleProcess.*;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRegistration;
import com.example.csl.customer.CustomerService;
import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 客户资料登记备案 (R-PRE-1, R-PRE-2): a registration from the Tasklist start form is checked and
 * stored as an archive record (a refused registration rolls the start back and Tasklist shows the
 * reason); a registration from the REST API arrives already stored, with its customerId. Either way
 * the instance's business key becomes the customer id and the grading inputs are set.
 */
@Component("registerCustomerDelegate")
public class RegisterCustomerDelegate implements JavaDelegate {

  private final CustomerService customerService;
  private final IdentityService identityService;
  private final Actor actor;

  public RegisterCustomerDelegate(CustomerService customerService, IdentityService identityService, Actor actor) {
    this.customerService = customerService;
    this.identityService = identityService;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long customerId = Vars.id(execution, CUSTOMER_ID);
    Customer customer;
    if (customerId == null) {
      String user = actor.currentOr(null);
      // R-PRE-12 (issue 19): the registrant chose to reopen the dropped archive this registration matches
      Customer dropped = Vars.bool(execution, "reopenExisting")
          ? customerService.existing(Vars.text(execution, "name"), Vars.text(execution, "phone"))
              .filter(found -> found.getStatus() == com.example.csl.customer.CustomerStatus.DROPPED).orElse(null)
          : null;
      customer = dropped != null
          ? customerService.reopen(dropped.getId(), Vars.text(execution, INTENTION), "客户资料登记时在原档案上重新开启", user)
          : customerService.register(fromForm(execution), channel(execution, user), user);
      execution.removeVariables(Arrays.asList(REGISTRATION_FIELDS));
      execution.removeVariable("reopenExisting");
    } else {
      customer = customerService.get(customerId);
    }
    customer.setProcessInstanceId(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(String.valueOf(customer.getId()));
    execution.setVariable(CUSTOMER_ID, customer.getId());
    execution.setVariable(CUSTOMER_NAME, customer.getName());
    execution.setVariable(INTENTION, customer.getIntention().name());
    execution.setVariable(ANNUAL_REVENUE,
        customer.getPriorYearRevenue() == null ? null : customer.getPriorYearRevenue().doubleValue());
    execution.setVariable(STRATEGIC, customer.isStrategic());
  }

  private static CustomerRegistration fromForm(DelegateExecution execution) {
    return new CustomerRegistration(
        Vars.text(execution, "name"), Vars.text(execution, "contactPerson"), Vars.text(execution, "phone"),
        Vars.text(execution, "email"), Vars.text(execution, "address"), Vars.text(execution, "region"),
        Vars.text(execution, "industry"), Vars.text(execution, "companySize"), Vars.text(execution, "relationship"),
        Vars.text(execution, "productsOrdered"), Vars.decimal(execution, "priorYearRevenue", "上年度销售收入"),
        Vars.text(execution, "creditStatus"), Vars.bool(execution, STRATEGIC), Vars.text(execution, INTENTION),
        Vars.text(execution, "channel"));
  }

  /** The form's channel, else hotline for 营销内勤 and customer service (S0 3.1), field collection for 营销部 (R-PRE-1). */
  private String channel(DelegateExecution execution, String user) {
    String channel = Vars.text(execution, "channel");
    if (channel != null) {
      return channel;
    }
    boolean office = user != null && identityService.createGroupQuery().groupMember(user)
        .groupIdIn("marketing-office", "customer-service").count() > 0;
    return office ? "HOTLINE" : "FIELD";
  }
}
