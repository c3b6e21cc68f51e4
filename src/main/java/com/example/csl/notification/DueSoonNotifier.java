package com.example.csl.notification;

import com.example.csl.common.SystemActions;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-NOT-1: a task whose due date comes within the lead time ({@code csl.notification.due-soon-lead})
 * is announced once to its assignee or candidates. Runs with the sender's schedule; pages through
 * the tasks due in the window.
 */
@Component
public class DueSoonNotifier {

  private static final int PAGE = 100;

  private final TaskService taskService;
  private final NotificationService notifications;
  private final NotificationProperties properties;
  private final SystemActions system;
  private final com.example.csl.calendar.WorkingDayCalendar calendar;
  private final com.example.csl.common.ClusterLocks locks;

  /** The advisory lock of the scan: "DUESOON". */
  private static final long SCAN_LOCK = 0x445545534F4F4EL;

  public DueSoonNotifier(TaskService taskService, NotificationService notifications, NotificationProperties properties,
      SystemActions system, com.example.csl.calendar.WorkingDayCalendar calendar, com.example.csl.common.ClusterLocks locks) {
    this.locks = locks;
    this.taskService = taskService;
    this.notifications = notifications;
    this.properties = properties;
    this.system = system;
    this.calendar = calendar;
  }

  /** Returns how many tasks were announced; 0 when another node is scanning (issue 17: scans do not overlap). */
  @Transactional
  public int notifyDueSoon() {
    if (!locks.tryForTransaction(SCAN_LOCK)) {
      return 0;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Date until = Date.from(now.plus(properties.getDueSoonLead()));
    int count = 0;
    for (int first = 0; ; first += PAGE) {
      int offset = first;
      List<Task> tasks = system.call(() -> taskService.createTaskQuery().active().dueAfter(Date.from(now)).dueBefore(until)
          .orderByTaskId().asc().listPage(offset, PAGE));
      for (Task task : tasks) {
        Set<String> users = notifications.recipientsOf(task.getAssignee(),
            system.call(() -> taskService.getIdentityLinksForTask(task.getId())));
        Map<String, Object> model = new HashMap<>();
        model.put("taskName", task.getName());
        Object complaint = system.call(() -> taskService.getVariable(task.getId(), "complaintNumber"));
        Object customer = system.call(() -> taskService.getVariable(task.getId(), "customerName"));
        model.put("caseLabel", complaint != null ? "（投诉 " + complaint + "）" : customer != null ? "（客户 " + customer + "）" : "");
        model.put("due", TaskNotificationListener.DUE.withZone(calendar.getZone()).format(task.getDueDate().toInstant()));
        model.put("tasklistUrl", properties.getTasklistUrl());
        notifications.toUsers(users, "due-soon:" + task.getId() + ":" + task.getDueDate().getTime(), "task-due-soon", model,
            complaint != null ? complaint.toString() : "task:" + task.getId());
        count++;
      }
      if (tasks.size() < PAGE) {
        return count;
      }
    }
  }
}
