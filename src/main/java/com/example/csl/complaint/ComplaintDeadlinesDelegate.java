package com.example.csl.complaint;

import com.example.csl.common.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 确定处理时限 (R-AS-5): the deadlines are computed by the model's input parameters from the
 * working-day calendar (the numbers of days live in after-sale.bpmn); this stores them on the
 * complaint file and as the variables the timers and task due dates read.
 */
@Component("complaintDeadlinesDelegate")
public class ComplaintDeadlinesDelegate implements JavaDelegate {

  static final String[] DEADLINES = {"firstResponseDue", "investigationDue", "replyDue", "feedbackDue", "resolutionDue"};

  private final ComplaintService complaintService;

  public ComplaintDeadlinesDelegate(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaintService.get(Vars.id(execution, AfterSaleProcess.COMPLAINT_ID));
    Date[] due = new Date[DEADLINES.length];
    for (int i = 0; i < DEADLINES.length; i++) {
      due[i] = (Date) execution.getVariableLocal(DEADLINES[i]);
      if (due[i] == null) {
        throw new IllegalStateException("after-sale.bpmn: input parameter " + DEADLINES[i] + " is missing");
      }
      execution.getProcessInstance().setVariable(DEADLINES[i], due[i]);
    }
    complaint.setFirstResponseDue(due[0].toInstant());
    complaint.setInvestigationDue(due[1].toInstant());
    complaint.setReplyDue(due[2].toInstant());
    complaint.setFeedbackDue(due[3].toInstant());
    complaint.setResolutionDue(due[4].toInstant());
  }
}
