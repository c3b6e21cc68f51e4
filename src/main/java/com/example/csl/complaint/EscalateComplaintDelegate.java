package com.example.csl.complaint;

import com.example.csl.common.Vars;
import com.example.csl.complaint.ComplaintEscalation.Deadline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 记录超期并升级 (R-AS-6): a deadline timer fired. Each deadline that is now past and whose
 * milestone was not reached is recorded once as an escalation to the handler's manager; the
 * complaint keeps running. Sets {@code escalated} so the model raises the supervision task.
 */
@Component("escalateComplaintDelegate")
public class EscalateComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaintService;
  private final ComplaintEscalationRepository escalations;

  public EscalateComplaintDelegate(ComplaintService complaintService, ComplaintEscalationRepository escalations) {
    this.complaintService = complaintService;
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaintService.get(Vars.id(execution, AfterSaleProcess.COMPLAINT_ID));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Map<Deadline, Instant[]> deadlines = new LinkedHashMap<>();
    deadlines.put(Deadline.FIRST_RESPONSE, new Instant[] {complaint.getFirstResponseDue(), complaint.getFirstResponseAt()});
    deadlines.put(Deadline.INVESTIGATION, new Instant[] {complaint.getInvestigationDue(), complaint.getInvestigationStartedAt()});
    deadlines.put(Deadline.REPLY, new Instant[] {complaint.getReplyDue(), complaint.getRepliedAt()});
    deadlines.put(Deadline.FEEDBACK, new Instant[] {complaint.getFeedbackDue(), complaint.getFeedbackAt()});
    deadlines.put(Deadline.RESOLUTION, new Instant[] {complaint.getResolutionDue(), complaint.getConfirmedAt()});
    String found = Vars.text(execution, AfterSaleProcess.MANAGER_GROUP);
    // before the complaint was routed (the 24-hour first response) no manager was determined yet: the
    // escalation decision answers for the department it has (its last rule covers any)
    String manager = found != null ? found : com.example.csl.common.CaseDecisions.decide(execution, "complaint-escalation",
        java.util.Collections.singletonMap("handlerGroup", complaint.getHandlerGroup()), "managerGroup");
    if (manager == null) {
      throw new IllegalStateException("complaint-escalation.dmn names no manager for " + complaint.getHandlerGroup());
    }
    List<String> missed = new ArrayList<>();
    // the model's input parameter watchedDeadlines says which deadlines this path watches (the repair path only
    // the first response and the resolution); without it, all of them
    if (execution.getVariable("watchedDeadlines") != null) {
      List<String> names = Vars.list(execution, "watchedDeadlines", "监督的时限");
      deadlines.keySet().removeIf(deadline -> !names.contains(deadline.name()));
    }
    deadlines.forEach((deadline, dueAndDone) -> {
      Instant due = dueAndDone[0];
      Instant done = dueAndDone[1];
      boolean missedNow = due != null && !due.isAfter(now) && (done == null || done.isAfter(due));
      if (missedNow && !escalations.existsByComplaintIdAndDeadline(complaint.getId(), deadline)) {
        escalations.save(new ComplaintEscalation(complaint.getId(), deadline, due, complaint.getHandlerGroup(),
            manager, now));
        missed.add(deadline.name());
      }
    });
    execution.setVariableLocal("escalated", !missed.isEmpty());
    execution.setVariableLocal("supervisorGroup", manager);
    execution.setVariableLocal("missedDeadlines", String.join(", ", missed));
  }
}
