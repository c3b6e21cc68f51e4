package com.example.csl.repair;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 竣工检查与客户签认 (R-REP-6, S4 3.5.3): customer service (or the property company) checks the work
 * together with the repair-team lead, named here and checked against the {@code repair-lead} group;
 * a passed check needs the customer's signature (who signed, the signed form's number) and the
 * customer's opinion; a failed one needs remarks and goes back for rework.
 */
@Component("completionCheckListener")
public class CompletionCheckListener implements TaskListener {

  private final RepairOrderService orderService;
  private final IdentityService identityService;
  private final Actor actor;
  private final com.example.csl.calendar.WorkingDayCalendar workingDays;

  public CompletionCheckListener(RepairOrderService orderService, IdentityService identityService, Actor actor,
      com.example.csl.calendar.WorkingDayCalendar workingDays) {
    this.workingDays = workingDays;
    this.orderService = orderService;
    this.identityService = identityService;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    RepairOrder order = orderService.get(task);
    String result = Vars.text(task, "checkResult");
    if (!result.equals("PASS") && !result.equals("REWORK")) {
      throw new BusinessRuleViolation("checkResult", "竣工检查结论取值无效: " + result);
    }
    boolean passed = result.equals("PASS");
    task.getExecution().setVariable("checkPassed", passed);
    String lead = Vars.text(task, "checkRepairLead");
    // the group is the model's (property checkRepairLead of 竣工检查与客户签认), as in the form's picker
    String leadGroup = com.example.csl.common.StepParameter.of(task, "checkRepairLead");
    if (identityService.createUserQuery().userId(lead).memberOfGroup(leadGroup).count() == 0) {
      throw new BusinessRuleViolation("checkRepairLead", "不是客户服务维修队队长: " + lead);
    }
    String remarks = Vars.limited(task, "checkRemarks", "检查意见", 1000, !passed);
    // R-REP-6 (issue 20.3): the parties sign the check themselves — the model's completionConfirmerGroups and, for a
    // repair the contractor did, customer service recording the contractor's signature (contractorRecordedBy)
    java.util.List<String> confirmers = new java.util.ArrayList<>(Vars.list(task, "completionConfirmerGroups", "会签部门"));
    String recorder = Vars.parameter(task, "contractorRecordedBy");
    boolean byContractor = "CONTRACTOR".equals(order.getPerformer());
    if (byContractor) {
      confirmers.add(recorder);
    }
    task.getExecution().setVariable("completionConfirmers", confirmers);
    task.getExecution().setVariable("contractorRecorderGroup", byContractor ? recorder : null);
    task.getExecution().setVariable("completionDisputed", false);
    order.setCheckRepairLead(lead);
    order.setCheckRemarks(remarks);
    order.setCheckedBy(actor.currentOr(task.getAssignee()));
    order.setCheckedAt(ClockUtil.getCurrentTime().toInstant());
    if (!passed) {
      task.getExecution().setVariable("lastCheckRemarks", remarks);
      // rework goes to the repair team, which may hand it to the contractor again
      order.setPerformer("REPAIR_TEAM");
      order.setStatus(RepairStatus.REPAIRING);
      order.setCompletedAt(null);
      return;
    }
    order.setCustomerSignedBy(Vars.text(task, "customerSignedBy"));
    order.setCustomerSignReference(Vars.text(task, "customerSignReference"));
    order.setCustomerOpinion(Vars.text(task, "customerOpinion"));
    // R-REP-7: the callback is due within the model's callbackWorkingDays after completion
    int days = Integer.parseInt(task.getVariable("callbackWorkingDays").toString());
    java.util.Date due = workingDays.after(ClockUtil.getCurrentTime(), days);
    order.setCallbackDue(due.toInstant());
    task.getExecution().getProcessInstance().setVariable("callbackDue", due);
  }
}
