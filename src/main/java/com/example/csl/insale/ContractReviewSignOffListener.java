package com.example.csl.insale;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.contract.ContractReview;
import com.example.csl.contract.ContractReviewRepository;
import com.example.csl.form.CodeLabels;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 总经理签批合同评审 (R-IN-2, S4 3.3): the general manager reads every department's review of the round and
 * approves — only when all passed — or returns the draft to marketing with remarks. Sets {@code reviewPassed} and,
 * when returned, {@code reviewReturnReason} (the departments' objections and the manager's remarks).
 */
@Component("contractReviewSignOffListener")
public class ContractReviewSignOffListener implements TaskListener {

  private final ContractReviewRepository reviews;
  private final Actor actor;
  private final CodeLabels labels;

  public ContractReviewSignOffListener(ContractReviewRepository reviews, Actor actor, CodeLabels labels) {
    this.reviews = reviews;
    this.actor = actor;
    this.labels = labels;
  }

  @Override
  public void notify(DelegateTask task) {
    Long contractId = Vars.id(task, "contractId");
    int round = ContractDepartmentReviewListener.round(task);
    List<ContractReview> departments = reviews.findByContractIdAndReviewRoundOrderByIdAsc(contractId, round).stream()
        .filter(review -> "DEPARTMENT".equals(review.getKind())).toList();
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal("departmentReviews", departments.stream().map(this::line).collect(Collectors.joining("\n")));
      return;
    }
    String decision = Vars.requiredText(task, "signOffDecision", "签批结论");
    if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
      throw new BusinessRuleViolation("signOffDecision", "签批结论须为“批准签订”或“退回修改”");
    }
    List<ContractReview> failed = departments.stream().filter(review -> "FAIL".equals(review.getOutcome())).toList();
    if ("APPROVE".equals(decision) && !failed.isEmpty()) {
      throw new BusinessRuleViolation("signOffDecision", "有部门评审不通过（" + failed.stream()
          .map(review -> labels.group(review.getReviewerGroup())).collect(Collectors.joining("、")) + "），只能退回修改");
    }
    String remarks = Vars.limited(task, "signOffRemarks", "签批意见", 2000, "RETURN".equals(decision));
    reviews.save(new ContractReview(contractId, round, "SIGN_OFF", "general-manager", decision, remarks,
        actor.currentOr(task.getAssignee()), ClockUtil.getCurrentTime().toInstant()));
    task.getExecution().setVariable("reviewPassed", "APPROVE".equals(decision));
    task.getExecution().setVariable("reviewReturnReason", "APPROVE".equals(decision) ? null
        : failed.stream().map(this::line).collect(Collectors.joining("\n")) + (failed.isEmpty() ? "" : "\n") + "总经理：" + remarks);
  }

  private String line(ContractReview review) {
    return labels.group(review.getReviewerGroup()) + "：" + ("PASS".equals(review.getOutcome()) ? "通过" : "不通过")
        + (review.getRemarks() == null ? "" : "——" + review.getRemarks());
  }
}
