package com.example.csl.insale;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.StepParameter;
import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * One level of an approval chain (R-IN-5 evaluation, R-IN-6 plan: engineering-head confirms →
 * marketing-vp reviews → general-manager approves; R-IN-9 special arrangement: general-manager).
 * The decision is recorded with the level and the approver; a rejection needs its reason, which the
 * team sees when it redesigns. Sets {@code approvalDecision} for the chain's completion condition.
 *
 * <p>What is approved comes from the task's model, not its id: the Camunda property {@value #RECORD}
 * is {@code EVALUATION_APPROVAL}, {@code PLAN_APPROVAL} or {@code SPECIAL_APPROVAL} (recorded as the
 * stages {@code EVALUATION}, {@code PLAN}, {@code SPECIAL}); a task without it fails when completed.
 */
@Component("approvalListener")
public class ApprovalListener implements TaskListener {

  /** The extension property naming what an approval step approves. */
  static final String RECORD = "record";

  private final ProjectApprovalRepository approvals;
  private final Actor actor;

  public ApprovalListener(ProjectApprovalRepository approvals, Actor actor) {
    this.approvals = approvals;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String record = StepParameter.of(task, RECORD);
    String decision = Vars.text(task, "approvalDecision");
    if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
      throw new BusinessRuleViolation("approvalDecision", "审批结论须为 APPROVE（同意）或 REJECT（不同意）");
    }
    String reason = Vars.limited(task, "approvalReason", "审批意见", 1000, decision.equals("REJECT"));
    String stage = switch (record) {
      case "EVALUATION_APPROVAL" -> "EVALUATION";
      case "PLAN_APPROVAL" -> "PLAN";
      case "SPECIAL_APPROVAL" -> "SPECIAL";
      default -> throw StepParameter.unknown(task, RECORD, record);
    };
    // the role is the step's own (确认 / 审核 / 批准: property level of the task in the model)
    String level = StepParameter.optional(task, "level");
    if (level == null) {
      level = task.getCandidates().stream().map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
          .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> new IllegalStateException(
              "user task " + task.getTaskDefinitionKey() + " names no approving group (property level or candidate group)"));
    }
    approvals.save(new ProjectApproval(Vars.id(task, "contractId"), stage, level,
        decision, reason, actor.currentOr(task.getAssignee()), ClockUtil.getCurrentTime().toInstant()));
    // the gateways send a REJECT back; an approval leaves the next role's form undecided (nothing pre-filled)
    task.getExecution().getProcessInstance().setVariable("approvalDecision", decision.equals("REJECT") ? "REJECT" : "PENDING");
    task.getExecution().getProcessInstance().removeVariable("approvalReason");
    if (decision.equals("REJECT")) {
      task.getExecution().getProcessInstance().setVariable("lastRejection", level + "：" + reason);
    }
  }
}
