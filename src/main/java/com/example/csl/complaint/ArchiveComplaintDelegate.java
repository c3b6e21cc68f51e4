package com.example.csl.complaint;

import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 投诉资料归档 (R-AS-11): the file is archived and read-only from now on. */
@Component("archiveComplaintDelegate")
public class ArchiveComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaintService;

  public ArchiveComplaintDelegate(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaintService.get(Vars.id(execution, AfterSaleProcess.COMPLAINT_ID));
    complaint.setStatus(ComplaintStatus.ARCHIVED);
    complaint.setArchivedAt(ClockUtil.getCurrentTime().toInstant());
  }
}
