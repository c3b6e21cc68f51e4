package com.example.csl.complaint;

import com.example.csl.common.Vars;
import com.example.csl.survey.CorrectiveAction;
import com.example.csl.survey.CorrectiveActionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * R-AS-13: the handler (处理情况表), the callback (投诉回访), the manager at closure and the leaders' visit of a major
 * complaint may raise a corrective and preventive action from the complaint: the step's optional fields
 * {@code capaDepartment} and {@code capaProblem} (required once a department is chosen). The action names the
 * complaint and the complaint lists its actions; the process variable {@code capasRaised} keeps their numbers in
 * the case's history for the audit. The step's fields are cleared after use, so a step that comes round again
 * (a second handling record) does not raise the same action twice.
 */
@Component
public class ComplaintCapas {

  private final CorrectiveActionService capas;

  public ComplaintCapas(CorrectiveActionService capas) {
    this.capas = capas;
  }

  /** Raises the action the step asks for, or nothing when it names no department. */
  public CorrectiveAction raiseIfAsked(DelegateTask task, Complaint complaint, String step) {
    String department = Vars.text(task, "capaDepartment");
    if (department == null) {
      return null;
    }
    String problem = Vars.limited(task, "capaProblem", "需纠正预防的问题", 1500, true);
    CorrectiveAction action = capas.issue("COMPLAINT", null, null, complaint.getCustomerId(), department,
        "投诉 " + complaint.getComplaintNumber() + "（" + step + "）：" + problem, complaint.getId());
    task.getExecution().removeVariable("capaDepartment");
    task.getExecution().removeVariable("capaProblem");
    Object raised = task.getVariable("capasRaised");
    task.getExecution().setVariable("capasRaised",
        (raised == null || raised.toString().isBlank() ? "" : raised + "、") + "CAPA-" + action.getId());
    return action;
  }
}
