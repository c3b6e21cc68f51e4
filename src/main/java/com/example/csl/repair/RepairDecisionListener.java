package com.example.csl.repair;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.StepParameter;
import com.example.csl.common.Vars;
import java.math.BigDecimal;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The approve-or-return steps of a work order, each recorded with stage, group, amount, who and why:
 * 审核/批准维修费用 (R-REP-5: {@code costDecision}; a return goes back to the survey), 审核决算 (R-REP-8:
 * the settlement with the settled amount), 通知施工单位确认 and 认定结算书 (R-REP-9) ({@code
 * accountDecision}). On create it clears the previous step's answer so a form never starts
 * pre-filled with someone else's decision.
 *
 * <p>Which step it is comes from the task's model, not its id: the Camunda property {@value #RECORD}
 * names the stage recorded ({@code COST_REVIEW}, {@code COST_APPROVAL}, {@code ACCOUNT_REVIEW},
 * {@code CONTRACTOR_CONFIRM}, {@code CERTIFY}); a task without it fails when completed.
 */
@Component("repairDecisionListener")
public class RepairDecisionListener implements TaskListener {

  /** The extension property naming the stage a decision step records. */
  static final String RECORD = "record";

  private final RepairOrderService orderService;
  private final RepairDecisionRepository decisions;
  private final Actor actor;
  private final com.example.csl.form.CodeLabels labels;

  public RepairDecisionListener(RepairOrderService orderService, RepairDecisionRepository decisions, Actor actor,
      com.example.csl.form.CodeLabels labels) {
    this.labels = labels;
    this.orderService = orderService;
    this.decisions = decisions;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariable("decision");
      task.getExecution().removeVariable("decisionReason");
      return;
    }
    String record = StepParameter.of(task, RECORD);
    RepairOrder order = orderService.get(task);
    String decision = Vars.text(task, "decision");
    if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
      throw new BusinessRuleViolation("decision", "结论须为 APPROVE（同意）或 REJECT（不同意，退回）");
    }
    boolean reject = decision.equals("REJECT");
    String reason = Vars.limited(task, "decisionReason", "意见", 1000, reject);
    String user = actor.currentOr(task.getAssignee());
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String stage;
    BigDecimal amount;
    switch (record) {
      case "COST_REVIEW", "COST_APPROVAL" -> {
        stage = record;
        amount = order.getEstimatedCost();
        task.getExecution().setVariable("costDecision", decision);
        if (reject) {
          order.setStatus(RepairStatus.SURVEY);
          task.getExecution().setVariable("lastRejection", labels.group(group(task)) + " 退回：" + reason);
        } else if (stage.equals("COST_APPROVAL")) {
          order.setApprovedAt(now);
        } else {
          // the approver sees the review before deciding (issue 18.3)
          task.getExecution().setVariable("costReviewOpinion", labels.group(group(task)) + " " + user + " 同意"
              + (reason == null || reason.isBlank() ? "" : "：" + reason));
        }
      }
      case "ACCOUNT_REVIEW" -> {
        stage = "ACCOUNT_REVIEW";
        order.setReviewGroup(group(task));
        amount = order.getFinalCost();
        if (!reject) {
          BigDecimal settled = RepairOrderService.amount(task, "settledCost", "结算金额（元）", true);
          order.setSettledCost(settled);
          order.setSettlement(Vars.text(task, "settlement"));
          order.setSettledBy(user);
          order.setSettledAt(now);
          amount = settled;
          task.getExecution().setVariable("settledCost", settled.doubleValue());
        }
        accountOutcome(task, decision, reason);
      }
      case "CONTRACTOR_CONFIRM" -> {
        stage = "CONTRACTOR_CONFIRM";
        amount = order.getSettledCost();
        if (!reject) {
          order.setContractorConfirmation(Vars.text(task, "contractorConfirmation"));
        }
        accountOutcome(task, decision, reason);
      }
      case "CERTIFY" -> {
        stage = "CERTIFY";
        amount = order.getSettledCost();
        if (!reject) {
          order.setCertifiedBy(user);
          order.setCertifiedAt(now);
        }
        accountOutcome(task, decision, reason);
      }
      default -> throw StepParameter.unknown(task, RECORD, record);
    }
    decisions.save(new RepairDecision(order.getId(), stage, group(task), amount, decision, reason, user, now));
    task.getExecution().removeVariable("decision");
    task.getExecution().removeVariable("decisionReason");
  }

  private static void accountOutcome(DelegateTask task, String decision, String reason) {
    task.getExecution().setVariable("accountDecision", decision);
    if (decision.equals("REJECT")) {
      task.getExecution().setVariable("lastAccountReturn", group(task) + " 退回：" + reason);
    }
  }

  /** The candidate group the step was offered to. */
  static String group(DelegateTask task) {
    return task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).filter(g -> g != null).findFirst().orElse(null);
  }
}
