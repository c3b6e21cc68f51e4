package com.example.csl.repair;

import com.example.csl.common.Vars;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerService;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 开立维修工单 (R-REP-1, R-REP-2): the work order of a repair complaint, numbered
 * {@code WX-<complaint date and number>-<n>}, (the survey's deadline is set by the next step). Idempotent: a retried step finds the order of its instance.
 */
@Component("openRepairOrderDelegate")
public class OpenRepairOrderDelegate implements JavaDelegate {

  private final RepairOrderRepository orders;
  private final ContractorRepository contractors;
  private final CustomerService customers;

  public OpenRepairOrderDelegate(RepairOrderRepository orders, ContractorRepository contractors, CustomerService customers) {
    this.orders = orders;
    this.contractors = contractors;
    this.customers = customers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long complaintId = Vars.id(execution, "complaintId");
    String complaintNumber = Vars.text(execution, "complaintNumber");
    Customer customer = customers.get(Vars.id(execution, "customerId"));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    RepairOrder order = new RepairOrder();
    boolean fromComplaint = complaintId != null && complaintNumber != null && complaintNumber.startsWith("TS-");
    // a complaint's n-th order: WX-<date>-<complaint seq>-<n>; an order without complaint: WX-R<id>
    order.setOrderNumber(fromComplaint
        ? "WX-" + complaintNumber.substring(3) + "-" + (orders.countByComplaintId(complaintId) + 1)
        : "WX-P-" + java.util.UUID.randomUUID().toString().substring(0, 30));
    order.setComplaintId(complaintId);
    order.setComplaintNumber(complaintNumber);
    order.setCustomerId(customer.getId());
    order.setDescription(Vars.text(execution, "description"));
    order.setStatus(RepairStatus.SURVEY);
    order.setProcessInstanceId(execution.getProcessInstanceId());
    order.setCreatedAt(now);
    orders.saveAndFlush(order);
    if (!fromComplaint) {
      order.setOrderNumber("WX-R" + order.getId());
    }
    execution.setProcessBusinessKey(order.getOrderNumber());
    execution.setVariable(RepairProcess.REPAIR_ORDER_ID, order.getId());
    execution.setVariable(RepairProcess.ORDER_NUMBER, order.getOrderNumber());
    execution.setVariable("customerName", customer.getName());
    execution.setVariable("customerContact", customer.getContactPerson() + " " + customer.getPhone()
        + (customer.getAddress() == null ? "" : "，" + customer.getAddress()));
    SpinJsonNode options = Spin.JSON("[]");
    contractors.findAllByOrderByNameAsc().forEach(c ->
        options.append(Spin.JSON("{}").prop("label", c.getName()).prop("value", c.getName())));
    // options of the survey form's contractor select (form-js valuesKey, a Json variable)
    execution.setVariable("contractorOptions", SpinValues.jsonValue(options.toString()).create());
  }
}
