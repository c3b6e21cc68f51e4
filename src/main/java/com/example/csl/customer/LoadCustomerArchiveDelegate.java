package com.example.csl.customer;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 载入档案现有资料 (R-ARC-4): the keeper who started 客户档案维护 gets the archive's current values in the edit
 * form; the read is recorded. An unknown archive number refuses the start (400, nothing stored); a starter outside the
 * keeper groups has no start permission (403).
 */
@Component("loadCustomerArchiveDelegate")
public class LoadCustomerArchiveDelegate implements JavaDelegate {

  private final CustomerRepository customers;
  private final CustomerService customerService;
  private final Actor actor;

  public LoadCustomerArchiveDelegate(CustomerRepository customers, CustomerService customerService, Actor actor) {
    this.customers = customers;
    this.customerService = customerService;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = archiveNumber(execution.getVariable("customerId"));
    // who may start it is the engine's start permission, granted from the model's candidateStarterGroups
    String starter = actor.currentOr((String) execution.getVariable("initiator"));
    Customer customer = customers.findById(id)
        .orElseThrow(() -> new BusinessRuleViolation("customerId", "没有编号为 " + id + " 的客户档案"));
    execution.setVariable("customerId", id);
    execution.setVariable("customerName", customer.getName());
    execution.setVariable("name", customer.getName());
    execution.setVariable("contactPerson", customer.getContactPerson());
    execution.setVariable("phone", customer.getPhone());
    execution.setVariable("email", customer.getEmail());
    execution.setVariable("address", customer.getAddress());
    execution.setVariable("region", customer.getRegion());
    execution.setVariable("industry", customer.getIndustry());
    execution.setVariable("companySize", customer.getCompanySize());
    execution.setVariable("relationship", customer.getRelationship());
    execution.setVariable("productsOrdered", customer.getProductsOrdered());
    execution.setVariable("priorYearRevenue", customer.getPriorYearRevenue() == null ? null : customer.getPriorYearRevenue().doubleValue());
    execution.setVariable("creditStatus", customer.getCreditStatus());
    execution.setVariable("strategic", customer.isStrategic());
    customerService.recordRead(id, starter, "TASKLIST");
  }

  static long archiveNumber(Object raw) {
    try {
      BigDecimal number = raw == null ? null : new BigDecimal(raw.toString().trim());
      if (number != null && number.signum() > 0 && number.stripTrailingZeros().scale() <= 0) {
        return number.longValueExact();
      }
    } catch (NumberFormatException | ArithmeticException ignored) {
      // answered below
    }
    throw new BusinessRuleViolation("customerId", "档案编号须为正整数");
  }
}
