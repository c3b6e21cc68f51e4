package com.example.csl.complaint;

import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 重大投诉处理措施 (R-AS-7, S4 3.4.7): the general manager or vice general manager sets the handling
 * measures; they are stored on the file and shown to the handler.
 */
@Component("majorComplaintMeasuresListener")
public class MajorComplaintMeasuresListener implements TaskListener {

  private final ComplaintService complaintService;

  public MajorComplaintMeasuresListener(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaintService.get(Vars.id(task, AfterSaleProcess.COMPLAINT_ID));
    String measures = Vars.text(task, "majorMeasures");
    complaint.setMajor(true);
    complaint.setMajorMeasures(measures);
  }
}
