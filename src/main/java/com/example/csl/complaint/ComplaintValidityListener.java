package com.example.csl.complaint;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.identity.StaffGroup;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Completion of 投诉受理审核 (R-AS-3, R-AS-5 first response, R-AS-7): customer service decides
 * whether the complaint is founded; an unfounded one needs the reason and the reply given to the
 * customer. A service-quality complaint needs the responsible department. Marking it major here
 * sends it to the general managers at once.
 */
@Component("complaintValidityListener")
public class ComplaintValidityListener implements TaskListener {

  private final ComplaintService complaintService;

  public ComplaintValidityListener(ComplaintService complaintService) {
    this.complaintService = complaintService;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaintService.get(Vars.id(task, AfterSaleProcess.COMPLAINT_ID));
    String validity = Vars.text(task, "validity");
    if (complaint.getFirstResponseAt() == null) {
      complaint.setFirstResponseAt(ClockUtil.getCurrentTime().toInstant());
    }
    switch (validity) {
      case "UNFOUNDED" -> {
        String reason = Vars.text(task, "unfoundedReason");
        String reply = Vars.text(task, "replyToCustomer");
        complaint.setUnfoundedReason(reason);
        complaint.setReplyToCustomer(reply);
        task.setVariable("founded", false);
      }
      case "FOUNDED" -> {
        String group = Vars.text(task, "responsibleGroup");
        if (group != null && !StaffGroup.isKnown(group)) {
          throw new BusinessRuleViolation("responsibleGroup", "不是已知的部门: " + group);
        }
        if (group != null) {
          complaint.setResponsibleGroup(group);
        }
        // a service-quality complaint is one the routing decision sends to the responsible department: one
        // decision decides both (complaint-routing.dmn), so an owner's edit there holds here too
        String routed = com.example.csl.common.CaseDecisions.decide(task, "complaint-routing",
            java.util.Map.of("category", complaint.getCategory().name(), "contractTeam",
                Boolean.TRUE.equals(task.getVariable("contractTeam"))), "handlerGroup");
        if ("responsible-department".equals(routed) && complaint.getResponsibleGroup() == null) {
          throw new BusinessRuleViolation("responsibleGroup", "服务质量类投诉须指定相关服务环节的责任部门");
        }
        task.setVariable("founded", true);
      }
      default -> throw new BusinessRuleViolation("validity", "投诉是否成立须为 FOUNDED 或 UNFOUNDED");
    }
    if (Vars.bool(task, AfterSaleProcess.MAJOR) && !complaint.isMajor()) {
      complaint.setMajor(true);
    }
  }
}
