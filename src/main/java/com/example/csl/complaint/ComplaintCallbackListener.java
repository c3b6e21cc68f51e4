package com.example.csl.complaint;

import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 投诉回访 (R-AS-10): the customer's final opinion, fed back to the handling department. */
@Component("complaintCallbackListener")
public class ComplaintCallbackListener implements TaskListener {

  private final ComplaintService complaintService;

  public ComplaintCallbackListener(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaintService.get(Vars.id(task, AfterSaleProcess.COMPLAINT_ID));
    complaint.setCallbackOpinion(Vars.text(task, "callbackOpinion"));
    complaint.setDepartmentFeedback(Vars.text(task, "departmentFeedback"));
    complaint.setCalledBackAt(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
    complaint.setStatus(ComplaintStatus.CALLED_BACK);
  }
}
