package com.example.csl.complaint;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 投诉改派 (R-AS-4): customer service sent the complaint to another department with a reason
 * (message ComplaintRerouted); the reroute is recorded and handling starts again there, under the
 * same deadlines.
 */
@Component("rerouteComplaintDelegate")
public class RerouteComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaintService;
  private final ComplaintRerouteRepository reroutes;
  private final Actor actor;
  private final com.example.csl.form.CodeLabels labels;

  public RerouteComplaintDelegate(ComplaintService complaintService, ComplaintRerouteRepository reroutes, Actor actor,
      com.example.csl.form.CodeLabels labels) {
    this.labels = labels;
    this.complaintService = complaintService;
    this.reroutes = reroutes;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaintService.get(Vars.id(execution, AfterSaleProcess.COMPLAINT_ID));
    String to = Vars.parameter(execution, "rerouteGroup");
    // issue 20: "project-team" is the project team of the contract the complaint names
    if ("project-team".equals(to)) {
      to = complaintService.projectTeamOf(complaint).orElseThrow(() -> new com.example.csl.common.BusinessRuleViolation(
          "rerouteGroup", "投诉未指明有项目服务小组的大宗合约，不能改派给项目服务小组"));
    } else if (!com.example.csl.identity.StaffGroup.isKnown(to)) {
      throw new com.example.csl.common.BusinessRuleViolation("rerouteGroup", "不是已知的部门: " + to);
    }
    String reason = Vars.parameter(execution, "rerouteReason");
    reroutes.save(new ComplaintReroute(complaint.getId(), complaint.getHandlerGroup(), to, reason,
        actor.currentOr(Vars.text(execution, "reroutedBy")), ClockUtil.getCurrentTime().toInstant()));
    complaint.setHandlerGroup(to);
    complaint.setNotice(complaint.getNotice() + " 【改派至 " + labels.group(to) + "，理由：" + reason + "】");
    execution.setVariable(AfterSaleProcess.HANDLER_GROUP, to);
    execution.setVariable("notice", complaint.getNotice());
    execution.removeVariables(java.util.List.of("rerouteGroup", "rerouteReason", "reroutedBy", "returnReason"));
  }
}
