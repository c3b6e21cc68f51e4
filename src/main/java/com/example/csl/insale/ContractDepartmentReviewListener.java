package com.example.csl.insale;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.contract.ContractReview;
import com.example.csl.contract.ContractReviewRepository;
import com.example.csl.form.CodeLabels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 部门会审合同 (R-IN-2, S4 2.2.1): one department's review of the draft — pass, or fail with its remarks — kept
 * per review round. Each department's task keeps its answer to itself (the parallel tasks share no fields).
 */
@Component("contractDepartmentReviewListener")
public class ContractDepartmentReviewListener implements TaskListener {

  static final String[] FIELDS = {"departmentReviewOutcome", "departmentReviewRemarks"};

  private final ContractReviewRepository reviews;
  private final Actor actor;
  private final CodeLabels labels;

  public ContractDepartmentReviewListener(ContractReviewRepository reviews, Actor actor, CodeLabels labels) {
    this.reviews = reviews;
    this.actor = actor;
    this.labels = labels;
  }

  @Override
  public void notify(DelegateTask task) {
    String group = Vars.text(task, "reviewGroup");
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      for (String field : FIELDS) {
        task.getExecution().setVariableLocal(field, null);
      }
      task.setVariableLocal("reviewGroupName", labels.group(group));
      return;
    }
    String outcome = Vars.requiredText(task, "departmentReviewOutcome", "本部门评审结论");
    if (!"PASS".equals(outcome) && !"FAIL".equals(outcome)) {
      throw new BusinessRuleViolation("departmentReviewOutcome", "评审结论须为“通过”或“不通过”");
    }
    String remarks = Vars.limited(task, "departmentReviewRemarks", "评审意见", 2000, "FAIL".equals(outcome));
    reviews.save(new ContractReview(Vars.id(task, "contractId"), round(task), "DEPARTMENT", group, outcome, remarks,
        actor.currentOr(task.getAssignee()), ClockUtil.getCurrentTime().toInstant()));
  }

  static int round(DelegateTask task) {
    Object round = task.getVariable("reviewRound");
    return round == null ? 1 : Integer.parseInt(round.toString());
  }
}
