package com.example.csl.customer;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of 更正客户档案 (R-ARC-4): the submitted values are applied to the archive through the same rules as
 * the API ({@link CustomerService#update}); a refusal (bad field, nothing changed, name and phone of another
 * archive) keeps the task open with what was typed.
 */
@Component("customerUpdateListener")
public class CustomerUpdateListener implements TaskListener {

  private final CustomerService customerService;
  private final Actor actor;

  public CustomerUpdateListener(CustomerService customerService, Actor actor) {
    this.customerService = customerService;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = Vars.id(task, "customerId");
    Object strategic = task.getVariable("strategic");
    CustomerUpdate update = new CustomerUpdate(text(task, "name"), text(task, "contactPerson"), text(task, "phone"),
        text(task, "email"), text(task, "address"), text(task, "region"), text(task, "industry"),
        text(task, "companySize"), text(task, "relationship"), text(task, "productsOrdered"),
        Vars.decimal(task, "priorYearRevenue", "上年度销售收入"), text(task, "creditStatus"),
        strategic == null ? null : Vars.bool(task, "strategic"), text(task, "updateReason"));
    try {
      customerService.update(id, update, actor.currentOr(task.getAssignee()), "updateReason");
    } catch (com.example.csl.web.ConflictException duplicate) {
      Map<String, String> errors = new LinkedHashMap<>();
      errors.put("name", duplicate.getMessage());
      errors.put("phone", "与客户名称一起，同属档案 " + duplicate.getProperties().get("existingCustomerId"));
      throw new BusinessRuleViolation(errors);
    }
  }

  /** A text field as submitted: null when the form did not carry it, "" when it was emptied. */
  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
