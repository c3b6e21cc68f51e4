package com.example.csl.complaint;

import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 投诉不成立结案 (R-AS-3): closed with the reason and the reply given; the file is archived. */
@Component("closeUnfoundedComplaintDelegate")
public class CloseUnfoundedComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaintService;

  public CloseUnfoundedComplaintDelegate(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaintService.get(Vars.id(execution, AfterSaleProcess.COMPLAINT_ID));
    complaint.setStatus(ComplaintStatus.UNFOUNDED);
    complaint.setArchivedAt(ClockUtil.getCurrentTime().toInstant());
  }
}
