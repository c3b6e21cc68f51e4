package com.example.csl.survey;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.common.Vars;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 到期的再调查顾客 (R-SAT-1, S3 五.4: 加大不满意顾客的调查频次): a customer whose answer was in the model's
 * {@code resurveyBands} (C, D) is surveyed again once the model's {@code resurveyAfter} (a period, e.g. P3M) has
 * passed since the answer, unless surveyed since or dropped. Sets {@code resurveyCustomers} (their archive ids,
 * comma-separated) and {@code resurveyDue}.
 */
@Component("checkResurveyDueDelegate")
public class CheckResurveyDueDelegate implements JavaDelegate {

  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;

  public CheckResurveyDueDelegate(JdbcTemplate jdbc, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant answeredBefore = ZonedDateTime.ofInstant(now, calendar.getZone())
        .minus(java.time.Period.parse(Vars.parameter(execution, "resurveyAfter"))).toInstant();
    List<String> bands = Vars.list(execution, "resurveyBands", "再次调查的等级");
    String marks = bands.stream().map(b -> "?").collect(Collectors.joining(", "));
    Object[] args = new Object[bands.size() + 1];
    for (int i = 0; i < bands.size(); i++) {
      args[i] = bands.get(i);
    }
    args[bands.size()] = Timestamp.from(answeredBefore);
    // the customer's latest answer is in the bands and old enough, and no round has selected them since
    List<Long> due = jdbc.queryForList("SELECT DISTINCT r.customer_id FROM csl_survey_response r "
        + "JOIN csl_customer c ON c.id = r.customer_id WHERE c.status <> 'DROPPED' AND r.band IN (" + marks + ") "
        + "AND r.answered_at <= ? AND NOT EXISTS (SELECT 1 FROM csl_survey_response later "
        + "JOIN csl_survey_round lr ON lr.id = later.round_id WHERE later.customer_id = r.customer_id AND later.id > r.id) "
        + "ORDER BY r.customer_id", Long.class, args);
    execution.setVariable("resurveyCustomers", due.stream().map(String::valueOf).collect(Collectors.joining(",")));
    execution.setVariable("resurveyDue", !due.isEmpty());
  }
}
