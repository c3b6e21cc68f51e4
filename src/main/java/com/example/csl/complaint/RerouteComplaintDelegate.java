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

  public RerouteComplaintDelegate(ComplaintService complaintService, ComplaintRerouteRepository reroutes, Actor actor) {
    this.complaintService = complaintService;
    this.reroutes = reroutes;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaintService.get(Vars.id(execution, AfterSaleProcess.COMPLAINT_ID));
    String to = Vars.parameter(execution, "rerouteGroup");
    if (!com.example.csl.identity.StaffGroup.isKnown(to)) {
      throw new com.example.csl.common.BusinessRuleViolation("rerouteGroup", "不是已知的部门: " + to);
    }
    String reason = Vars.parameter(execution, "rerouteReason");
    reroutes.save(new ComplaintReroute(complaint.getId(), complaint.getHandlerGroup(), to, reason,
        actor.currentOr(Vars.text(execution, "reroutedBy")), ClockUtil.getCurrentTime().toInstant()));
    complaint.setHandlerGroup(to);
    complaint.setNotice(complaint.getNotice() + " 【改派至 " + to + "，理由：" + reason + "】");
    execution.setVariable(AfterSaleProcess.HANDLER_GROUP, to);
    execution.setVariable("notice", complaint.getNotice());
    execution.removeVariables(java.util.List.of("rerouteGroup", "rerouteReason", "reroutedBy", "returnReason"));
  }
}
