package com.example.csl.complaint;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 客户确认处理结果 (R-AS-9, S0 4.6.5.3): the customer's signature (document reference) or recorded
 * phone confirmation; a customer who is not satisfied sends the complaint back to handling.
 */
@Component("complaintConfirmationListener")
public class ComplaintConfirmationListener implements TaskListener {

  private final ComplaintService complaintService;

  public ComplaintConfirmationListener(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaintService.get(Vars.id(task, AfterSaleProcess.COMPLAINT_ID));
    String confirmation = Vars.text(task, "confirmation");
    if (!confirmation.equals("SATISFIED") && !confirmation.equals("NOT_SATISFIED")) {
      throw new BusinessRuleViolation("confirmation", "客户确认结果须为 SATISFIED 或 NOT_SATISFIED");
    }
    String method = Vars.text(task, "confirmationMethod");
    if (!method.equals("SIGNATURE") && !method.equals("PHONE")) {
      throw new BusinessRuleViolation("confirmationMethod", "确认方式须为 SIGNATURE（签字）或 PHONE（电话确认）");
    }
    String reference = Vars.text(task, "confirmationReference");
    complaint.setConfirmation(confirmation);
    complaint.setConfirmationMethod(method);
    complaint.setConfirmationReference(reference);
    boolean satisfied = confirmation.equals("SATISFIED");
    if (satisfied) {
      complaint.setConfirmedAt(ClockUtil.getCurrentTime().toInstant());
      complaint.setStatus(ComplaintStatus.CONFIRMED);
    } else {
      Vars.text(task, "customerOpinion");
    }
    task.setVariable("satisfied", satisfied);
  }
}
