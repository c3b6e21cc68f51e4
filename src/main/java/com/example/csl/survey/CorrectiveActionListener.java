package com.example.csl.survey;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 纠正和预防措施 (R-SAT-6): the department records the action taken; the issuer accepts it (closed) or
 * sends it back with a reason, which the department sees next time ({@code lastSendBack}).
 */
@Component("correctiveActionListener")
public class CorrectiveActionListener implements TaskListener {

  private final CorrectiveActionRepository actions;
  private final Actor actor;

  public CorrectiveActionListener(CorrectiveActionRepository actions, Actor actor) {
    this.actions = actions;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    CorrectiveAction action = actions.findById(Vars.id(task, "capaId")).orElseThrow();
    String user = actor.currentOr(task.getAssignee());
    if ("ACTION".equals(com.example.csl.common.StepParameter.of(task, "record"))) {
      action.setAction(Vars.text(task, "capaAction"));
      action.setActionBy(user);
      action.setActionAt(ClockUtil.getCurrentTime().toInstant());
      action.setStatus("ACTION_RECORDED");
      task.getExecution().removeVariable("capaDecision");
      task.getExecution().removeVariable("sendBackReason");
      return;
    }
    String decision = Vars.text(task, "capaDecision");
    switch (decision) {
      case "ACCEPT" -> {
        action.setStatus("CLOSED");
        action.setVerifiedBy(user);
        action.setClosedAt(ClockUtil.getCurrentTime().toInstant());
      }
      case "SEND_BACK" -> {
        String reason = Vars.text(task, "sendBackReason");
        action.setStatus("OPEN");
        action.setSendBacks(action.getSendBacks() + 1);
        action.setLastSendBack(reason);
        task.getExecution().setVariable("lastSendBack", reason);
      }
      default -> throw new BusinessRuleViolation("capaDecision", "检查结论须为 ACCEPT（有效，关闭）或 SEND_BACK（退回）");
    }
  }
}
