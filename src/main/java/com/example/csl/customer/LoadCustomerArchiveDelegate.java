package com.example.csl.customer;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 载入档案现有资料 (R-ARC-4): the keeper who started 客户档案维护 gets the archive's current values in the edit
 * form; the read is recorded. An unknown archive number, or a starter outside the keeper groups, refuses the start
 * (400 / 403, nothing stored).
 */
@Component("loadCustomerArchiveDelegate")
public class LoadCustomerArchiveDelegate implements JavaDelegate {

  private final CustomerRepository customers;
  private final CustomerService customerService;
  private final CustomerAccess access;
  private final Actor actor;
  private final org.camunda.bpm.engine.IdentityService identityService;

  public LoadCustomerArchiveDelegate(CustomerRepository customers, CustomerService customerService, CustomerAccess access,
      Actor actor, org.camunda.bpm.engine.IdentityService identityService) {
    this.customers = customers;
    this.customerService = customerService;
    this.access = access;
    this.actor = actor;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = archiveNumber(execution.getVariable("customerId"));
    String starter = actor.currentOr((String) execution.getVariable("initiator"));
    if (starter == null || identityService.createGroupQuery().groupMember(starter)
        .groupIdIn(access.keepers()).count() == 0) {
      throw new org.camunda.bpm.engine.AuthorizationException("只有档案管理部门（" + String.join("、", access.getKeepers())
          + "）可以维护客户档案");
    }
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
