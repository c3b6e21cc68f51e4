package com.example.csl.calendar;

import com.example.csl.notification.NotificationProperties;
import com.example.csl.notification.NotificationService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The steps of calendar-year.bpmn (节假日安排录入与核对, R-CAL-2), one bean per step: the check of an
 * entered notice, the verifier's context, applying the verified notice, moving open deadlines, and
 * the weekly reminder.
 */
public final class CalendarYearSteps {

  private CalendarYearSteps() {}

  public static final String PROCESS = "calendar-year";
  public static final String ENTER_TASK = "Task_EnterNotice";
  public static final String VERIFY_TASK = "Task_VerifyNotice";

  /** 录入 (start form and task): the notice parsed and checked; the days written back in a tidy form. */
  @Component("calendarNoticeCheck")
  public static class NoticeCheck implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      normalise(execution);
    }
  }

  @Component("calendarNoticeEntry")
  public static class NoticeEntry implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      normalise(task.getExecution());
    }
  }

  private static void normalise(DelegateExecution execution) {
    YearNotice notice = YearNotice.parse(execution.getVariable(YearNotice.YEAR), execution.getVariable(YearNotice.TITLE),
        execution.getVariable(YearNotice.HOLIDAYS), execution.getVariable(YearNotice.WORKDAYS));
    execution.setVariable(YearNotice.YEAR, (long) notice.year());
    execution.setVariable(YearNotice.TITLE, notice.title());
    execution.setVariable(YearNotice.HOLIDAYS, YearNotice.format(notice.holidays()));
    execution.setVariable(YearNotice.WORKDAYS, YearNotice.format(notice.workdays()));
    execution.setVariable("noticeSummary", notice.year() + " 年：放假 " + notice.holidays().size() + " 天（含周末），调休上班 "
        + notice.workdays().size() + " 天");
  }

  /** 核对: what is in force for that year now, beside what was entered. */
  @Component("calendarVerifyContext")
  public static class VerifyContext implements TaskListener {
    private final WorkingDayCalendar calendar;

    public VerifyContext(WorkingDayCalendar calendar) {
      this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
      int year = ((Number) task.getVariable(YearNotice.YEAR)).intValue();
      CalendarData data = calendar.data();
      task.setVariable("currentNotice", data.isDeclared(year) && data.declaredYears() != null
          ? data.declaredYears().get(year) : "尚未录入（" + year + " 年的时限暂按周一至周五计算）");
      String holidays = YearNotice.format(data.holidaysOf(year));
      String workdays = YearNotice.format(data.workdaysOf(year));
      task.setVariable("currentHolidays", holidays.isEmpty() ? "（无）" : holidays);
      task.setVariable("currentWorkdays", workdays.isEmpty() ? "（无）" : workdays);
    }
  }

  /** 日历生效: the verified notice becomes the calendar (every node loads it within its refresh interval). */
  @Component("applyCalendarNoticeDelegate")
  public static class ApplyNotice implements JavaDelegate {
    private final CalendarStore store;
    private final HistoryService history;

    public ApplyNotice(CalendarStore store, HistoryService history) {
      this.store = store;
      this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
      YearNotice notice = YearNotice.parse(execution.getVariable(YearNotice.YEAR), execution.getVariable(YearNotice.TITLE),
          execution.getVariable(YearNotice.HOLIDAYS), execution.getVariable(YearNotice.WORKDAYS));
      String enteredBy = lastCompletedBy(history, execution.getProcessInstanceId(), ENTER_TASK);
      if (enteredBy == null) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
            .processInstanceId(execution.getProcessInstanceId()).singleResult();
        enteredBy = instance.getStartUserId();
      }
      String verifiedBy = lastCompletedBy(history, execution.getProcessInstanceId(), VERIFY_TASK);
      long revision = store.declare(notice, enteredBy == null ? "?" : enteredBy, verifiedBy, execution.getProcessInstanceId());
      execution.setVariable("calendarRevision", revision);
    }
  }

  /** 在办时限随之调整: this node loads the new calendar, then every open deadline it changes is moved. */
  @Component("moveOpenDeadlinesDelegate")
  public static class MoveOpenDeadlines implements JavaDelegate {
    private final CalendarSync sync;
    private final DeadlineFollower follower;

    public MoveOpenDeadlines(CalendarSync sync, DeadlineFollower follower) {
      this.sync = sync;
      this.follower = follower;
    }

    @Override
    public void execute(DelegateExecution execution) {
      sync.refresh();
      execution.setVariable("movedDeadlines", (long) follower.follow());
    }
  }

  /** Weekly while the notice is not entered: the task's people are reminded. */
  @Component("calendarReminderDelegate")
  public static class Reminder implements JavaDelegate {
    private final NotificationService notifications;
    private final NotificationProperties properties;

    public Reminder(NotificationService notifications, NotificationProperties properties) {
      this.notifications = notifications;
      this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
          .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(ENTER_TASK).singleResult();
      if (task == null) {
        return;
      }
      var links = execution.getProcessEngineServices().getTaskService().getIdentityLinksForTask(task.getId());
      Set<String> users = notifications.recipientsOf(task.getAssignee(), links);
      Map<String, Object> model = new HashMap<>();
      model.put("year", execution.getVariable(YearNotice.YEAR));
      model.put("taskName", task.getName());
      model.put("tasklistUrl", properties.getTasklistUrl());
      notifications.toUsers(users, "calendar-reminder:" + execution.getProcessInstanceId() + ":"
          + org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime(), "calendar-reminder", model,
          execution.getProcessBusinessKey());
    }
  }

  /** Who completed the last instance of a task in the case, from the history (assignee or the completing user). */
  static String lastCompletedBy(HistoryService history, String processInstanceId, String taskKey) {
    List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).finished().orderByHistoricTaskInstanceEndTime().desc().list();
    if (done.isEmpty()) {
      return null;
    }
    HistoricTaskInstance last = done.get(0);
    for (UserOperationLogEntry entry : history.createUserOperationLogQuery().taskId(last.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
      if (entry.getUserId() != null) {
        return entry.getUserId();
      }
    }
    return last.getAssignee();
  }
}
