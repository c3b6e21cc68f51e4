package com.example.csl.complaint;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.survey.CustomerVisit;
import com.example.csl.survey.CustomerVisitRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 重大投诉走访顾客 (R-AS-13, S3 五.6.3–6.4): after a major complaint the company's leaders visit the customer or
 * make a special inquiry another way and hand in the 顾客走访记录表 — kept as a customer visit naming the complaint
 * (outside any visit plan); a problem found may raise a corrective action.
 */
@Component("majorComplaintVisitListener")
public class MajorComplaintVisitListener implements TaskListener {

  private final ComplaintService complaintService;
  private final CustomerVisitRepository visits;
  private final ComplaintCapas capas;
  private final Actor actor;
  private final com.example.csl.calendar.WorkingDayCalendar workingDays;

  public MajorComplaintVisitListener(ComplaintService complaintService, CustomerVisitRepository visits, ComplaintCapas capas,
      Actor actor, com.example.csl.calendar.WorkingDayCalendar workingDays) {
    this.complaintService = complaintService;
    this.visits = visits;
    this.capas = capas;
    this.actor = actor;
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaintService.get(Vars.id(task, AfterSaleProcess.COMPLAINT_ID));
    LocalDate visitedOn = Vars.date(task, "visitedOn", "走访日期");
    if (visitedOn == null) {
      throw new BusinessRuleViolation("visitedOn", "必填：走访日期");
    }
    if (visitedOn.isAfter(workingDays.today())) {
      throw new BusinessRuleViolation("visitedOn", "走访日期不能在将来");
    }
    CustomerVisit visit = new CustomerVisit();
    visit.setCustomerId(complaint.getCustomerId());
    visit.setComplaintId(complaint.getId());
    visit.setVisitMethod(Vars.requiredText(task, "visitMethod", "方式"));
    visit.setVisitedOn(visitedOn);
    visit.setVisitors(Vars.limited(task, "visitors", "走访人员", 500, true));
    visit.setCustomerParticipants(Vars.limited(task, "customerParticipants", "顾客方参加人员", 500, false));
    visit.setFindings(Vars.limited(task, "findings", "顾客意见与处理的质量问题", 2000, true));
    visit.setRecordedBy(actor.currentOr(task.getAssignee()));
    visit.setRecordedAt(ClockUtil.getCurrentTime().toInstant());
    visit.setStatus("DONE");
    visits.save(visit);
    capas.raiseIfAsked(task, complaint, "重大投诉走访");
  }
}
