package com.example.csl.complaint;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 被投诉部门反馈改进措施 (R-AS-10, S1 篇十一 四(三)3): the department the complaint was handled by acknowledges the
 * callback's feedback and states its measure; kept on the complaint's file.
 */
@Component("complaintDepartmentFeedbackListener")
public class ComplaintDepartmentFeedbackListener implements TaskListener {

  private final ComplaintService complaintService;
  private final Actor actor;

  public ComplaintDepartmentFeedbackListener(ComplaintService complaintService, Actor actor) {
    this.complaintService = complaintService;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaintService.get(Vars.id(task, AfterSaleProcess.COMPLAINT_ID));
    complaint.departmentMeasured(Vars.limited(task, "departmentMeasure", "改进措施", 2000, true),
        actor.currentOr(task.getAssignee()), ClockUtil.getCurrentTime().toInstant());
  }
}
