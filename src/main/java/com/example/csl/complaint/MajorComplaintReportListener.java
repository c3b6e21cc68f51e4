package com.example.csl.complaint;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 重大投诉专题报告 (R-AS-12, S4 3.10.5–3.10.6): customer service's minutes of the special meeting and its report
 * to the company are kept with the case's record (a report of kind MAJOR) and mailed to the groups the model's
 * input parameter {@code reportRecipients} names.
 */
@Component("majorComplaintReportListener")
public class MajorComplaintReportListener implements TaskListener {

  private final ComplaintService complaintService;
  private final ComplaintReports reports;
  private final Actor actor;

  public MajorComplaintReportListener(ComplaintService complaintService, ComplaintReports reports, Actor actor) {
    this.complaintService = complaintService;
    this.reports = reports;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaintService.get(Vars.id(task, AfterSaleProcess.COMPLAINT_ID));
    Map<String, Object> written = new LinkedHashMap<>();
    written.put("meetingMinutes", Vars.limited(task, "meetingMinutes", "专题会议纪要", 4000, true));
    written.put("causeAnalysis", Vars.limited(task, "causeAnalysis", "原因分析", 2000, true));
    written.put("lessons", Vars.limited(task, "lessons", "处理结果与改进措施", 2000, true));
    reports.keepMajorReport(complaint, written, actor.currentOr(task.getAssignee()),
        new LinkedHashSet<>(Vars.list(task, "reportRecipients", "专题报告报送部门")));
  }
}
