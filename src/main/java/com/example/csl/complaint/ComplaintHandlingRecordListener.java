package com.example.csl.complaint;

import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 填写客户投诉处理情况表 (R-AS-8): the handling result, fed back to customer service (R-AS-5 feedback). */
@Component("complaintHandlingRecordListener")
public class ComplaintHandlingRecordListener implements TaskListener {

  private final ComplaintService complaintService;
  private final ComplaintCapas capas;

  public ComplaintHandlingRecordListener(ComplaintService complaintService, ComplaintCapas capas) {
    this.complaintService = complaintService;
    this.capas = capas;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaintService.get(Vars.id(task, AfterSaleProcess.COMPLAINT_ID));
    complaint.setHandlingResult(Vars.text(task, "handlingResult"));
    if (complaint.getFeedbackAt() == null) {
      complaint.setFeedbackAt(ClockUtil.getCurrentTime().toInstant());
    }
    capas.raiseIfAsked(task, complaint, "处理情况表");
  }
}
