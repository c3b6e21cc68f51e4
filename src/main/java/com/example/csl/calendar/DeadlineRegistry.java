package com.example.csl.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.instance.CoreExecution;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case's record of every deadline the calendar computed for it (R-CAL-2): origin, rule (N working
 * days or a period) and result, written in the transaction of the step that computed it. A deadline
 * counted through an undeclared year sets the case variables {@code deadlineProvisional} and
 * {@code deadlineProvisionalYear} and the note {@code deadlineNote}, which the forms show.
 */
@Component
public class DeadlineRegistry implements DeadlineRecorder {

  public static final String PROVISIONAL = "deadlineProvisional";
  public static final String PROVISIONAL_YEAR = "deadlineProvisionalYear";
  public static final String NOTE = "deadlineNote";

  /** What the forms show beside a provisional deadline. */
  public static String note(int year) {
    return year + " 年的节假日安排尚未录入，所跨年度的时限暂按周一至周五计算；录入后自动调整";
  }

  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;

  public DeadlineRegistry(JdbcTemplate jdbc, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    calendar.setRecorder(this);
  }

  @Override
  public void record(Instant origin, Integer workingDays, String period, WorkingDayCalendar.Deadline deadline) {
    CommandContext command = Context.getCommandContext();
    if (command == null || Context.getCoreExecutionContext() == null) {
      return; // not computed for a case (a report, a query): nothing to follow
    }
    CoreExecution current = Context.getCoreExecutionContext().getExecution();
    if (!(current instanceof ExecutionEntity execution) || execution.getProcessInstanceId() == null) {
      return;
    }
    jdbc.update("INSERT INTO csl_deadline (process_instance_id, activity_id, origin, working_days, period, due, provisional,"
            + " calendar_revision, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        execution.getProcessInstanceId(), execution.getActivityId(), Timestamp.from(origin), workingDays, period,
        Timestamp.from(deadline.due().toInstant()), deadline.provisional(), calendar.data().revision(),
        Timestamp.from(ClockUtil.getCurrentTime().toInstant()));
    if (deadline.provisional()) {
      ExecutionEntity instance = execution.getProcessInstance();
      instance.setVariable(PROVISIONAL, true);
      instance.setVariable(PROVISIONAL_YEAR, deadline.undeclaredYear().getAsInt());
      instance.setVariable(NOTE, note(deadline.undeclaredYear().getAsInt()));
    }
  }

  /** Whether any open deadline of the case is provisional (for the case's API answer). */
  public boolean isProvisional(String processInstanceId) {
    if (processInstanceId == null) {
      return false;
    }
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM csl_deadline WHERE process_instance_id = ? AND provisional = TRUE",
        Integer.class, processInstanceId);
    return n != null && n > 0;
  }
}
