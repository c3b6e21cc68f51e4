package com.example.csl.complaint;

import com.example.csl.common.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 确定处理时限 (R-AS-5): the deadlines are the model's expressions on the working-day calendar — extension
 * properties of the task, one per deadline (the numbers of days live in after-sale.bpmn); this evaluates
 * them, stores them on the complaint file and as the variables the timers and task due dates read.
 * Properties rather than input parameters (issue 16): an input parameter is a local variable written,
 * historized and deleted again, five of them a fifth of a registration's rows.
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
    org.camunda.bpm.engine.impl.el.ExpressionManager expressions =
        org.camunda.bpm.engine.impl.context.Context.getProcessEngineConfiguration().getExpressionManager();
    for (int i = 0; i < DEADLINES.length; i++) {
      String expression = com.example.csl.common.StepParameter.of(execution, DEADLINES[i]);
      Object value = expressions.createExpression(expression).getValue(execution);
      if (!(value instanceof Date date)) {
        throw new IllegalStateException("after-sale.bpmn: the property " + DEADLINES[i] + " of " + execution.getCurrentActivityId()
            + " must give a date, gives " + value);
      }
      due[i] = date;
      execution.getProcessInstance().setVariable(DEADLINES[i], due[i]);
    }
    complaint.setFirstResponseDue(due[0].toInstant());
    complaint.setInvestigationDue(due[1].toInstant());
    complaint.setReplyDue(due[2].toInstant());
    complaint.setFeedbackDue(due[3].toInstant());
    complaint.setResolutionDue(due[4].toInstant());
  }
}
