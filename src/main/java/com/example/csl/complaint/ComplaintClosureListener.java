package com.example.csl.complaint;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.SystemActions;
import com.example.csl.common.Vars;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * 投诉结案（责任认定与处罚） (R-AS-13, S1 篇十一 七): at closure the manager records who was responsible and any
 * penalty. The grades and their amounts are the decision table {@code complaint-penalty}; an amount outside the
 * grade's range is refused naming the field. The manager may raise a corrective action too.
 */
@Component("complaintClosureListener")
public class ComplaintClosureListener implements TaskListener {

  private final ComplaintService complaintService;
  private final ComplaintCapas capas;
  private final DecisionService decisionService;
  private final SystemActions system;
  private final Actor actor;

  public ComplaintClosureListener(ComplaintService complaintService, ComplaintCapas capas,
      @Lazy DecisionService decisionService, SystemActions system, Actor actor) {
    this.complaintService = complaintService;
    this.capas = capas;
    this.decisionService = decisionService;
    this.system = system;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaintService.get(Vars.id(task, AfterSaleProcess.COMPLAINT_ID));
    String responsible = Vars.limited(task, "responsiblePerson", "责任人", 200, true);
    String level = Vars.requiredText(task, "penaltyLevel", "处罚等级");
    Map<String, Object> grade = system.call(() -> decisionService.evaluateDecisionTableByKey("complaint-penalty",
        Variables.putValue("penaltyLevel", level)).getSingleResult());
    if (grade == null) {
      throw new BusinessRuleViolation("penaltyLevel", "不是客户投诉处罚与处分中的等级: " + level);
    }
    BigDecimal amount = Vars.decimal(task, "penaltyAmount", "罚款金额");
    Number min = (Number) grade.get("minFine");
    Number max = (Number) grade.get("maxFine");
    if (min != null && max != null) {
      if (max.doubleValue() == 0) {
        amount = null;
      } else if (amount == null) {
        throw new BusinessRuleViolation("penaltyAmount", "必填：罚款金额（" + range(min, max) + "）");
      } else if (amount.doubleValue() < min.doubleValue() || amount.doubleValue() > max.doubleValue()) {
        throw new BusinessRuleViolation("penaltyAmount", "罚款金额须为" + range(min, max) + "（" + grade.get("sanction") + "）");
      }
    }
    complaint.closed(responsible, level, amount, (String) grade.get("sanction"),
        Vars.limited(task, "penaltyNote", "处罚说明", 1000, false), actor.currentOr(task.getAssignee()),
        ClockUtil.getCurrentTime().toInstant());
    capas.raiseIfAsked(task, complaint, "投诉结案");
  }

  private static String range(Number min, Number max) {
    return min.doubleValue() == max.doubleValue() ? BigDecimal.valueOf(min.doubleValue()).stripTrailingZeros().toPlainString() + "元"
        : BigDecimal.valueOf(min.doubleValue()).stripTrailingZeros().toPlainString() + "–"
            + BigDecimal.valueOf(max.doubleValue()).stripTrailingZeros().toPlainString() + "元";
  }
}
