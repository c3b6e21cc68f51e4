package com.example.csl.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * R-NOT-1: a task created for a person or a group tells them by e-mail — the assignee, or else the
 * candidate users and the members of the candidate groups. Attached to every user task of every
 * process by {@link NotificationEnginePlugin}; tasks named in {@code csl.notification.task-templates}
 * use their own text (重大投诉, 投诉超期督办).
 */
@Component
public class TaskNotificationListener implements TaskListener {

  static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final NotificationService notifications;
  private final NotificationProperties properties;
  private final ZoneId zone;

  public TaskNotificationListener(NotificationService notifications, NotificationProperties properties,
      com.example.csl.calendar.WorkingDayCalendar calendar) {
    this.notifications = notifications;
    this.properties = properties;
    this.zone = calendar.getZone();
  }

  @Override
  public void notify(DelegateTask task) {
    String template = properties.getTaskTemplates().getOrDefault(task.getTaskDefinitionKey(), "task-created");
    notifications.toUsers(notifications.recipientsOf(task.getAssignee(), task.getCandidates()), "task:" + task.getId(), template, model(task, properties, zone),
        reference(task));
  }

  static Map<String, Object> model(DelegateTask task, NotificationProperties properties, ZoneId zone) {
    Map<String, Object> model = new HashMap<>();
    model.put("taskName", task.getName());
    model.put("caseLabel", caseLabel(task));
    model.put("processName", processName(task));
    model.put("due", task.getDueDate() == null ? "无" : DUE.withZone(zone).format(task.getDueDate().toInstant()));
    model.put("tasklistUrl", properties.getTasklistUrl());
    return model;
  }

  /**
   * The process as staff read it (its Chinese name). Not cut from the definition id: a key longer than the id's
   * 64 characters allow (key:version:uuid) gets a bare UUID as its id.
   */
  private static String processName(DelegateTask task) {
    if (task.getProcessDefinitionId() == null) {
      return "";
    }
    // from the engine's deployment cache: no authorization check on behalf of whoever completed the step before
    org.camunda.bpm.engine.repository.ProcessDefinition definition = org.camunda.bpm.engine.impl.context.Context
        .getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(task.getProcessDefinitionId());
    return definition.getName() != null ? definition.getName() : definition.getKey();
  }

  static String reference(DelegateTask task) {
    Object complaint = task.getVariable("complaintNumber");
    if (complaint != null) {
      return complaint.toString();
    }
    Object customer = task.getVariable("customerId");
    return customer != null ? "customer:" + customer : "task:" + task.getId();
  }

  private static String caseLabel(DelegateTask task) {
    Object complaint = task.getVariable("complaintNumber");
    Object customer = task.getVariable("customerName");
    if (complaint != null) {
      return "（投诉 " + complaint + (customer == null ? "" : "，" + customer) + "）";
    }
    return customer == null ? "" : "（客户 " + customer + "）";
  }
}
