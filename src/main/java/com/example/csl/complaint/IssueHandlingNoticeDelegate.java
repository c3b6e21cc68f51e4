package com.example.csl.complaint;

import static com.example.csl.complaint.AfterSaleProcess.*;

import com.example.csl.common.Vars;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 开具客户投诉处理通知单 (R-AS-4, S0 4.6.3–4.6.4): turns the routing decision into the handling
 * group and records the notice with the complaint. The decision's "responsible-department" means
 * the department customer service named for a service-quality complaint; "project-team" means the
 * project service team of the bulk contract the complaint names (its Camunda group, R-IN-4; the contract
 * named decides, not the customer's latest one — issue 20); where that leaves no group, the decision
 * complaint-receiver names the receiver.
 */
@Component("issueHandlingNoticeDelegate")
public class IssueHandlingNoticeDelegate implements JavaDelegate {

  private final DateTimeFormatter format;
  private final ComplaintService complaintService;
  private final com.example.csl.form.CodeLabels labels;

  public IssueHandlingNoticeDelegate(ComplaintService complaintService,
      com.example.csl.calendar.WorkingDayCalendar calendar, com.example.csl.form.CodeLabels labels) {
    this.labels = labels;
    this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(calendar.getZone());
    this.complaintService = complaintService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaintService.get(Vars.id(execution, COMPLAINT_ID));
    String routed = Vars.parameter(execution, ROUTED_GROUP);
    // the routing decision's answer names a group, or a role the case resolves: the department customer
    // service chose, the project team of the contract the complaint names; where that leaves no group (a repair work order, a
    // contract without a team yet), the decision complaint-receiver says who receives the notice
    String group = switch (routed) {
      case "responsible-department" -> complaint.getResponsibleGroup();
      case "project-team" -> complaintService.projectTeamOf(complaint).orElse(null);
      case "repair-order" -> null;
      default -> routed;
    };
    if (group == null) {
      group = com.example.csl.common.CaseDecisions.decide(execution, "complaint-receiver", java.util.Map.of("routedGroup", routed),
          "receiverGroup");
    }
    if (group == null) {
      throw new IllegalStateException("complaint-receiver.dmn names no receiver for " + routed);
    }
    complaint.setHandlerGroup(group);
    complaint.setStatus(ComplaintStatus.IN_HANDLING);
    complaint.setNotice(String.format(
        "客户投诉处理通知单 %s：类别 %s；处理部门 %s；投诉内容：%s；客户要求：%s；展开调查期限 %s；"
            + "给予客户满意答复期限 %s；向客户服务部反馈处理信息期限 %s；解决期限 %s。",
        complaint.getComplaintNumber(), labels.of("category", complaint.getCategory().name()), labels.group(group),
        complaint.getDescription(),
        complaint.getCustomerRequest() == null ? "无" : complaint.getCustomerRequest(),
        format.format(complaint.getInvestigationDue()), format.format(complaint.getReplyDue()),
        format.format(complaint.getFeedbackDue()), format.format(complaint.getResolutionDue())));
    execution.setVariable(HANDLER_GROUP, group);
    execution.setVariable("notice", complaint.getNotice());
  }
}
