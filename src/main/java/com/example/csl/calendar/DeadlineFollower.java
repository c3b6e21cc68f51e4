package com.example.csl.calendar;

import com.example.csl.common.SystemActions;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open deadlines follow the calendar (R-CAL-2): every deadline a running case computed with an
 * older calendar revision is recomputed from its recorded origin and rule; where the result differs,
 * the timers, task due dates and date variables of the case that carried the old value get the new
 * one, the case's own records follow ({@link DeadlineMovedEvent}), and the case history shows the
 * move in the variable {@code calendarCorrection}. Idempotent: run by the step that applies a notice
 * and by a periodic sweep for deadlines computed on a node that had not yet loaded the change.
 */
@Component
public class DeadlineFollower {

  public static final String CORRECTION = "calendarCorrection";
  private static final Logger LOG = LoggerFactory.getLogger(DeadlineFollower.class);
  private static final int BATCH = 200;

  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final ApplicationEventPublisher events;
  private final SystemActions system;
  private final DateTimeFormatter format;

  public DeadlineFollower(JdbcTemplate jdbc, WorkingDayCalendar calendar, RuntimeService runtimeService,
      TaskService taskService, ManagementService managementService, ApplicationEventPublisher events, SystemActions system) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.events = events;
    this.system = system;
    this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(calendar.getZone());
  }

  private record Row(long id, String processInstanceId, Instant origin, Integer workingDays, String period, Instant due,
      boolean provisional) {}

  /** Recomputes every open deadline recorded under an older calendar revision. Returns how many moved. */
  public int follow() {
    return system.call(this::followAll);
  }

  private int followAll() {
    long current = calendar.data().revision();
    int moved = 0;
    while (true) {
      List<Row> rows = jdbc.query("SELECT id, process_instance_id, origin, working_days, period, due, provisional FROM csl_deadline d"
              + " WHERE d.calendar_revision < ? AND EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.ID_ = d.process_instance_id)"
              + " ORDER BY d.id FETCH FIRST " + BATCH + " ROWS ONLY",
          (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
              (Integer) rs.getObject(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getBoolean(7)), current);
      if (rows.isEmpty()) {
        break;
      }
      Set<String> instances = new LinkedHashSet<>();
      for (Row row : rows) {
        ZonedDateTime origin = row.origin().atZone(calendar.getZone());
        WorkingDayCalendar.Deadline now = row.workingDays() != null
            ? calendar.compute(origin, row.workingDays()) : calendar.computePeriod(origin, row.period());
        Instant newDue = now.due().toInstant();
        if (!newDue.equals(row.due())) {
          move(row, newDue);
          moved++;
          jdbc.update("UPDATE csl_deadline SET due = ?, previous_due = ?, moved_at = ?, provisional = ?, calendar_revision = ? WHERE id = ?",
              Timestamp.from(newDue), Timestamp.from(row.due()), Timestamp.from(ClockUtil.getCurrentTime().toInstant()),
              now.provisional(), current, row.id());
        } else {
          jdbc.update("UPDATE csl_deadline SET provisional = ?, calendar_revision = ? WHERE id = ?", now.provisional(), current, row.id());
        }
        instances.add(row.processInstanceId());
      }
      for (String instance : instances) {
        settleProvisional(instance);
      }
    }
    // finished cases keep their record as it was; they need no further look
    jdbc.update("UPDATE csl_deadline SET calendar_revision = ? WHERE calendar_revision < ? AND NOT EXISTS"
        + " (SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.ID_ = csl_deadline.process_instance_id)", current, current);
    if (moved > 0) {
      LOG.info("Calendar revision {}: {} open deadlines moved", current, moved);
    }
    return moved;
  }

  private void move(Row row, Instant newDue) {
    String instanceId = row.processInstanceId();
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    if (instance == null) {
      return;
    }
    Date newDate = Date.from(newDue);
    List<String> what = new ArrayList<>();
    for (Job job : managementService.createJobQuery().processInstanceId(instanceId).timers().list()) {
      if (same(job.getDuedate(), row.due())) {
        managementService.setJobDuedate(job.getId(), newDate);
        what.add("定时器");
      }
    }
    for (Task task : taskService.createTaskQuery().processInstanceId(instanceId).list()) {
      if (same(task.getDueDate(), row.due())) {
        task.setDueDate(newDate);
        taskService.saveTask(task);
        what.add("“" + task.getName() + "”的到期日");
      }
    }
    for (Map.Entry<String, Object> variable : runtimeService.getVariables(instanceId).entrySet()) {
      if (variable.getValue() instanceof Date date && same(date, row.due())) {
        runtimeService.setVariable(instanceId, variable.getKey(), newDate);
        what.add(variable.getKey());
      }
    }
    events.publishEvent(new DeadlineMovedEvent(instanceId, instance.getBusinessKey(), row.due(), newDue));
    String notice = noticesBetween(row.origin(), row.due().isAfter(newDue) ? row.due() : newDue);
    runtimeService.setVariable(instanceId, CORRECTION, "节假日安排变更（第 " + calendar.data().revision() + " 版日历）："
        + "时限 " + format.format(row.due()) + " 改为 " + format.format(newDue)
        + (what.isEmpty() ? "" : "（" + String.join("、", what) + "）")
        + (notice.isEmpty() ? "" : "；依据：" + notice));
  }

  /** The titles of the declared notices of the years a deadline spans. */
  private String noticesBetween(Instant from, Instant to) {
    var years = calendar.data().declaredYears();
    if (years == null) {
      return "";
    }
    List<String> titles = new ArrayList<>();
    for (int y = from.atZone(calendar.getZone()).getYear(); y <= to.atZone(calendar.getZone()).getYear(); y++) {
      if (years.containsKey(y)) {
        titles.add("《" + years.get(y) + "》");
      }
    }
    return String.join("、", titles);
  }

  private void settleProvisional(String instanceId) {
    Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM csl_deadline WHERE process_instance_id = ? AND provisional = TRUE",
        Integer.class, instanceId);
    Object flag = runtimeService.getVariable(instanceId, DeadlineRegistry.PROVISIONAL);
    if (open != null && open == 0 && Boolean.TRUE.equals(flag)) {
      runtimeService.setVariable(instanceId, DeadlineRegistry.PROVISIONAL, false);
      runtimeService.setVariable(instanceId, DeadlineRegistry.NOTE, "时限已按录入的节假日安排重新计算");
    }
  }

  private static boolean same(Date date, Instant due) {
    return date != null && Math.abs(date.toInstant().toEpochMilli() - due.toEpochMilli()) < 1000;
  }
}
