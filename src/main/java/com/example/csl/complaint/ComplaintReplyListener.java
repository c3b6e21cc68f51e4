package com.example.csl.complaint;

import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 调查并答复客户 (R-AS-5, S1 篇十一 四(二)): the handler taking the task (claim) starts the
 * investigation; completing it records the investigation, the responsible person and the reply
 * given to the customer.
 */
@Component("complaintReplyListener")
public class ComplaintReplyListener implements TaskListener {

  private final ComplaintService complaintService;

  public ComplaintReplyListener(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaintService.get(Vars.id(task, AfterSaleProcess.COMPLAINT_ID));
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      if (task.getAssignee() != null && complaint.getInvestigationStartedAt() == null) {
        complaint.setInvestigationStartedAt(ClockUtil.getCurrentTime().toInstant());
      }
      return;
    }
    if (Vars.bool(task, "returnForReroute")) {
      // not this department's complaint: customer service re-routes it (R-AS-4)
      Vars.text(task, "returnReason");
      task.setVariable("returnForReroute", true);
      return;
    }
    task.setVariable("returnForReroute", false);
    String investigation = Vars.text(task, "investigation");
    String reply = Vars.text(task, "replyToCustomer");
    complaint.setInvestigation(investigation);
    complaint.setReplyToCustomer(reply);
    if (complaint.getInvestigationStartedAt() == null) {
      complaint.setInvestigationStartedAt(ClockUtil.getCurrentTime().toInstant());
    }
    if (complaint.getRepliedAt() == null) {
      complaint.setRepliedAt(ClockUtil.getCurrentTime().toInstant());
    }
  }
}
