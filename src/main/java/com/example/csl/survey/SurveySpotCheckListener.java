package com.example.csl.survey;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 抽查《客户满意度调查表》的整改和采纳情况 (R-SAT-9, S4 3.7.5.8): when the yearly task is created the check is opened
 * with the year's figures (rounds, answers, C/D customers and their revisits, corrective actions from surveys, callbacks
 * and their handling) for the manager to read; on completion the records checked, the findings and the conclusion
 * are kept, and a corrective action may be raised.
 */
@Component("surveySpotCheckListener")
public class SurveySpotCheckListener implements TaskListener {

  private final SurveySpotCheckRepository checks;
  private final JdbcTemplate jdbc;
  private final CorrectiveActionService capas;
  private final Actor actor;
  private final com.example.csl.calendar.WorkingDayCalendar calendar;

  public SurveySpotCheckListener(SurveySpotCheckRepository checks, JdbcTemplate jdbc, CorrectiveActionService capas, Actor actor,
      com.example.csl.calendar.WorkingDayCalendar calendar) {
    this.checks = checks;
    this.jdbc = jdbc;
    this.capas = capas;
    this.actor = actor;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      Instant start = ((Date) task.getVariable("periodStart")).toInstant();
      SurveySpotCheck check = new SurveySpotCheck();
      check.setPeriodStart(start);
      check.setOpenedAt(ClockUtil.getCurrentTime().toInstant());
      check.setSummary(summary(ZonedDateTime.ofInstant(start, calendar.getZone()).minusYears(1).toInstant(), start));
      check.setProcessInstanceId(task.getProcessInstanceId());
      checks.save(check);
      task.setVariableLocal("yearSummary", check.getSummary());
      return;
    }
    SurveySpotCheck check = checks.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
    String conclusion = Vars.requiredText(task, "spotCheckConclusion", "抽查结论");
    if (!java.util.List.of("ADEQUATE", "NEEDS_IMPROVEMENT").contains(conclusion)) {
      throw new BusinessRuleViolation("spotCheckConclusion", "抽查结论须为“整改和采纳到位”或“需改进”");
    }
    Long capaId = null;
    String department = Vars.text(task, "capaDepartment");
    if (department != null) {
      capaId = capas.issue("SPOT_CHECK", null, null, null, department,
          "年度抽查满意度调查表的整改和采纳情况：" + Vars.limited(task, "capaProblem", "需纠正预防的问题", 1500, true)).getId();
    }
    check.checked(Vars.limited(task, "recordsChecked", "抽查的调查表", 1000, true),
        Vars.limited(task, "spotCheckFindings", "抽查发现", 2000, true), conclusion, capaId,
        actor.currentOr(task.getAssignee()), ClockUtil.getCurrentTime().toInstant());
  }

  /** The year's figures, as the manager reads them in the task. */
  String summary(Instant from, Instant to) {
    Timestamp since = Timestamp.from(from);
    Timestamp until = Timestamp.from(to);
    String responses = "SELECT COUNT(*) FROM csl_survey_response r JOIN csl_survey_round sr ON sr.id = r.round_id "
        + "WHERE sr.started_at >= ? AND sr.started_at < ?";
    String capas = "SELECT COUNT(*) FROM csl_capa WHERE source IN ('SURVEY', 'REVIEW_MEETING', 'VISIT') AND created_at >= ? AND created_at < ?";
    String callbacks = "SELECT COUNT(*) FROM csl_survey_callback cb JOIN csl_survey_round sr ON sr.id = cb.round_id "
        + "WHERE sr.started_at >= ? AND sr.started_at < ?";
    java.util.function.Function<String, Integer> count = sql -> jdbc.queryForObject(sql, Integer.class, since, until);
    java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(calendar.getZone());
    return day.format(from) + "至" + day.format(to.minusSeconds(1)) + "：满意度调查 "
        + count.apply("SELECT COUNT(*) FROM csl_survey_round WHERE started_at >= ? AND started_at < ?") + " 期，收回调查表 "
        + count.apply(responses + " AND r.status = 'ANSWERED'") + " 份，其中C、D级 " + count.apply(responses + " AND r.band IN ('C', 'D')")
        + " 份；D级 " + count.apply(responses + " AND r.band = 'D'") + " 份，已再回访 "
        + count.apply(responses + " AND r.band = 'D' AND r.revisited_at IS NOT NULL") + " 份；由调查开具的纠正预防措施 "
        + count.apply(capas) + " 项，未关闭 " + count.apply(capas + " AND status <> 'CLOSED'") + " 项；抽样回访 " + count.apply(callbacks)
        + " 户，需处理 " + count.apply(callbacks + " AND cb.needs_handling = TRUE") + " 项，已处理 "
        + count.apply(callbacks + " AND cb.needs_handling = TRUE AND cb.handling IS NOT NULL") + " 项。";
  }
}
