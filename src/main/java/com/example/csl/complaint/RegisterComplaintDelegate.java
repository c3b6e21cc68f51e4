package com.example.csl.complaint;

import static com.example.csl.complaint.AfterSaleProcess.*;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import com.example.csl.customer.CustomerService;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 客户投诉登记备案 (R-AS-1): a complaint from the Tasklist start form is checked and numbered
 * (a refused one rolls the start back and Tasklist shows why); one from the API arrives stored.
 * The business key becomes the complaint number.
 */
@Component("registerComplaintDelegate")
public class RegisterComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaintService;
  private final CustomerService customerService;
  private final Actor actor;

  public RegisterComplaintDelegate(ComplaintService complaintService, CustomerService customerService, Actor actor) {
    this.complaintService = complaintService;
    this.customerService = customerService;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = Vars.id(execution, COMPLAINT_ID);
    Complaint complaint;
    if (id == null) {
      complaint = complaintService.register(new ComplaintRegistration(
          Vars.id(execution, "customerId"), Vars.text(execution, "customerPhone"), Vars.id(execution, "contractId"),
          Vars.text(execution, "channel"), Vars.text(execution, "category"), Vars.text(execution, "description"),
          Vars.text(execution, "customerRequest"), Vars.bool(execution, MAJOR), Vars.text(execution, "responsibleGroup")),
          actor.currentOr(null));
      execution.removeVariables(Arrays.asList(REGISTRATION_FIELDS));
    } else {
      complaint = complaintService.get(id);
    }
    complaint.setProcessInstanceId(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(complaint.getComplaintNumber());
    execution.setVariable(COMPLAINT_ID, complaint.getId());
    execution.setVariable(COMPLAINT_NUMBER, complaint.getComplaintNumber());
    execution.setVariable("customerId", complaint.getCustomerId());
    execution.setVariable("customerName", customerService.get(complaint.getCustomerId()).getName());
    execution.setVariable("category", complaint.getCategory().name());
    execution.setVariable("description", complaint.getDescription());
    // issue 18.3: the reviewer of 投诉受理审核 sees what the customer asked for, and whom to call
    if (complaint.getCustomerRequest() != null) {
      execution.setVariable("customerRequest", complaint.getCustomerRequest());
    }
    var customer = customerService.get(complaint.getCustomerId());
    execution.setVariable("contactPerson", customer.getContactPerson());
    execution.setVariable("contactPhone", customer.getPhone());
    // R-AS-4 (refined): the contract the complaint names decides whether its project team handles it
    execution.setVariable("contractTeam", complaintService.projectTeamOf(complaint).isPresent());
    execution.setVariable(REGISTERED_AT, Date.from(complaint.getRegisteredAt()));
    execution.setVariable(MAJOR, complaint.isMajor());
  }
}
