package com.example.csl.complaint;

import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 投诉回访 (R-AS-10): the customer's final opinion, fed back to the handling department. */
@Component("complaintCallbackListener")
public class ComplaintCallbackListener implements TaskListener {

  private final ComplaintService complaintService;
  private final ComplaintCapas capas;

  public ComplaintCallbackListener(ComplaintService complaintService, ComplaintCapas capas) {
    this.complaintService = complaintService;
    this.capas = capas;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaintService.get(Vars.id(task, AfterSaleProcess.COMPLAINT_ID));
    complaint.setCallbackOpinion(Vars.text(task, "callbackOpinion"));
    complaint.setDepartmentFeedback(Vars.text(task, "departmentFeedback"));
    // R-AS-10: feedback for the department becomes its task (需部门反馈? in the model)
    task.getExecution().setVariable("feedbackToDepartment", complaint.getDepartmentFeedback() != null);
    complaint.setCalledBackAt(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
    complaint.setStatus(ComplaintStatus.CALLED_BACK);
    capas.raiseIfAsked(task, complaint, "投诉回访");
  }
}
