package com.example.csl.survey;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.CustomerStatus;
import com.example.csl.notification.NotificationService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 确定调查对象并发出调查表 (R-SAT-1, R-SAT-7): opens a round — every key customer; general customers
 * by the round's share, least recently surveyed first; every customer whose band in the previous
 * round is in the model's {@code resurveyBands} — creates their survey forms, sends the invitations,
 * and samples the callbacks: per {@code callbackWindow} (a year) the share (between the model's
 * minimum and maximum) of the population the model's {@code callbackPopulation} names (all customers of the
 * archive, those with a case closed in the window first; or only those with a closed case), each customer once. The start form's values win over the model's defaults.
 */
@Component("openSurveyRoundDelegate")
public class OpenSurveyRoundDelegate implements JavaDelegate {

  private final SurveyRoundRepository rounds;
  private final SurveyResponseRepository responses;
  private final SurveyCallbackRepository callbacks;
  private final CustomerRepository customers;
  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar workingDays;
  private final NotificationService notifications;
  private final SurveyProperties properties;
  private final Actor actor;

  public OpenSurveyRoundDelegate(SurveyRoundRepository rounds, SurveyResponseRepository responses,
      SurveyCallbackRepository callbacks, CustomerRepository customers, JdbcTemplate jdbc, WorkingDayCalendar workingDays,
      NotificationService notifications, SurveyProperties properties, Actor actor) {
    this.rounds = rounds;
    this.responses = responses;
    this.callbacks = callbacks;
    this.customers = customers;
    this.jdbc = jdbc;
    this.workingDays = workingDays;
    this.notifications = notifications;
    this.properties = properties;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    BigDecimal generalShare = share(execution, "generalSharePercent", "defaultGeneralShare", "一般顾客抽样比例");
    BigDecimal callbackShare = share(execution, "callbackSharePercent", "defaultCallbackShare", "回访抽样比例");
    BigDecimal minCallback = Vars.decimal(execution, "minimumCallbackShare", "最低回访比例");
    BigDecimal maxCallback = Vars.decimal(execution, "maximumCallbackShare", "最高回访比例");
    if (callbackShare.compareTo(minCallback) < 0 || callbackShare.compareTo(maxCallback) > 0) {
      throw new BusinessRuleViolation("callbackSharePercent", "回访抽样比例须在 " + percent(minCallback) + "% 到 "
          + percent(maxCallback) + "% 之间");
    }
    Object daysValue = execution.getVariable("replyWorkingDays") != null
        ? execution.getVariable("replyWorkingDays") : execution.getVariable("defaultReplyWorkingDays");
    int replyDays;
    try {
      replyDays = new BigDecimal(daysValue.toString()).intValueExact();
    } catch (RuntimeException e) {
      throw new BusinessRuleViolation("replyWorkingDays", "回复期限须为整数个工作日: " + daysValue);
    }
    if (replyDays < 1 || replyDays > 60) {
      throw new BusinessRuleViolation("replyWorkingDays", "回复期限须为 1 到 60 个工作日");
    }
    String label = Vars.text(execution, "roundLabel");
    if (label == null) {
      label = DateTimeFormatter.ofPattern("yyyy年M月").withZone(workingDays.getZone()).format(now)
          + (execution.getVariable("resurveyCustomers") != null ? "不满意顾客再调查" : "满意度调查");
    }
    if (label.length() > 100) {
      throw new BusinessRuleViolation("roundLabel", "调查名称最多100字");
    }
    SurveyRound previous = rounds.findTopByOrderByIdDesc().orElse(null);
    SurveyRound round = new SurveyRound();
    round.setLabel(label);
    // the schedule pool of the model passes the period with its timer (roundPeriod); a round started by hand is MANUAL
    Object period = execution.getVariable("roundPeriod");
    round.setPeriod(execution.getVariable("roundLabel") == null && period != null ? period.toString() : "MANUAL");
    round.setStatus("OPEN");
    round.setStartedBy(actor.currentOr(null));
    round.setStartedAt(now);
    round.setReplyDue(workingDays.after(Date.from(now), replyDays).toInstant());
    round.setGeneralShare(generalShare);
    round.setCallbackShare(callbackShare);
    round.setSelectedCount(0);
    round.setProcessInstanceId(execution.getProcessInstanceId());
    rounds.saveAndFlush(round);

    Map<Long, String> selected = new LinkedHashMap<>();
    // a resurvey round (the pool 不满意顾客再调查周期 of the model) surveys only the customers it names
    String resurveyOnly = Vars.text(execution, "resurveyCustomers");
    if (resurveyOnly != null) {
      for (String id : resurveyOnly.split(",")) {
        selected.put(Long.valueOf(id.trim()), "DISSATISFIED");
      }
    } else {
      jdbc.queryForList("SELECT id FROM csl_customer WHERE key_customer = TRUE AND status <> 'DROPPED' ORDER BY id", Long.class)
          .forEach(id -> selected.putIfAbsent(id, "KEY"));
    }
    if (previous != null && resurveyOnly == null) {
      List<String> resurvey = Vars.list(execution, "resurveyBands", "再次调查的等级");
      responses.findByRoundIdAndBandIn(previous.getId(), resurvey).stream()
          .filter(r -> customers.findById(r.getCustomerId()).map(c -> c.getStatus() != CustomerStatus.DROPPED).orElse(false))
          .forEach(r -> selected.putIfAbsent(r.getCustomerId(), "DISSATISFIED"));
    }
    List<Long> general = resurveyOnly != null ? new ArrayList<>() : jdbc.queryForList("SELECT c.id FROM csl_customer c WHERE c.key_customer = FALSE AND c.status <> 'DROPPED' "
        + "ORDER BY (SELECT MAX(r.round_id) FROM csl_survey_response r WHERE r.customer_id = c.id) NULLS FIRST, c.id", Long.class);
    general.removeAll(selected.keySet());
    int generalCount = generalShare.multiply(BigDecimal.valueOf(general.size())).setScale(0, RoundingMode.CEILING).intValue();
    general.stream().limit(generalCount).forEach(id -> selected.put(id, "GENERAL"));

    if (selected.isEmpty() && execution.getVariable("generalSharePercent") != null) {
      // started by hand: say so in the start form instead of opening an empty round
      throw new BusinessRuleViolation("generalSharePercent", "没有可调查的顾客：无重点顾客、上期不满意顾客，一般顾客抽样为0");
    }
    List<Long> responseIds = new ArrayList<>();
    String due = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(workingDays.getZone()).format(round.getReplyDue());
    for (Map.Entry<Long, String> entry : selected.entrySet()) {
      SurveyResponse response = new SurveyResponse();
      response.setRoundId(round.getId());
      response.setCustomerId(entry.getKey());
      response.setSelectionReason(entry.getValue());
      response.setStatus("PENDING");
      responses.save(response);
      responseIds.add(response.getId());
      Customer customer = customers.findById(entry.getKey()).orElseThrow();
      notifications.toAddress("survey-invitation:" + response.getId(), customer.getEmail(), "survey-invitation",
          Map.of("customerName", customer.getName(), "roundName", label, "replyDue", due), "survey:" + round.getId());
    }
    round.setSelectedCount(responseIds.size());

    // R-SAT-7 (S4 3.7.5.2): over each callback window (a year) the share of the population is called back, each
    // customer at most once, however often rounds run. The population is the model's rule (callbackPopulation):
    // ALL_CUSTOMERS — every customer of the archive not dropped, those with a case closed in the window first (their
    // latest case is the reference) — or CLOSED_CASES — only customers with a complaint archived or a repair closed.
    Instant windowStart = ZonedDateTime.ofInstant(now, workingDays.getZone())
        .minus(java.time.Period.parse(Vars.parameter(execution, "callbackWindow"))).toInstant();
    java.sql.Timestamp since = java.sql.Timestamp.from(windowStart);
    String population = Vars.parameter(execution, "callbackPopulation");
    if (!List.of("ALL_CUSTOMERS", "CLOSED_CASES").contains(population)) {
      throw new IllegalStateException("callbackPopulation of the model must be ALL_CUSTOMERS or CLOSED_CASES: " + population);
    }
    Map<Long, String[]> closedCases = new LinkedHashMap<>();
    jdbc.query("SELECT customer_id, complaint_number FROM csl_complaint WHERE status = 'ARCHIVED' AND archived_at >= ? "
        + "ORDER BY archived_at", rs -> { closedCases.put(rs.getLong(1), new String[] {"COMPLAINT", rs.getString(2)}); }, since);
    jdbc.query("SELECT customer_id, order_number FROM csl_repair_order WHERE status = 'CLOSED' AND closed_at >= ? "
        + "ORDER BY closed_at", rs -> { closedCases.put(rs.getLong(1), new String[] {"REPAIR", rs.getString(2)}); }, since);
    List<Long> alreadyCalled = jdbc.queryForList("SELECT DISTINCT cb.customer_id FROM csl_survey_callback cb "
        + "JOIN csl_survey_round sr ON sr.id = cb.round_id WHERE sr.started_at >= ?", Long.class, since);
    List<Long> candidates = new ArrayList<>(closedCases.keySet());
    Collections.shuffle(candidates);
    if ("ALL_CUSTOMERS".equals(population)) {
      // the rest of the archive after the customers with a closed case, the least recently called back first
      jdbc.queryForList("SELECT c.id FROM csl_customer c WHERE c.status <> 'DROPPED' ORDER BY (SELECT MAX(sr.started_at) "
          + "FROM csl_survey_callback cb JOIN csl_survey_round sr ON sr.id = cb.round_id WHERE cb.customer_id = c.id) NULLS FIRST, c.id",
          Long.class).stream().filter(id -> !closedCases.containsKey(id)).forEach(candidates::add);
    }
    java.util.Set<Long> eligible = new java.util.HashSet<>(candidates);
    eligible.addAll(alreadyCalled);
    int target = eligible.isEmpty() ? 0
        : Math.max(1, callbackShare.multiply(BigDecimal.valueOf(eligible.size())).setScale(0, RoundingMode.CEILING).intValue());
    candidates.removeAll(alreadyCalled);
    // a resurvey round calls nobody back: the yearly share is the regular rounds' business
    int sample = resurveyOnly != null ? 0 : Math.max(0, Math.min(candidates.size(), target - alreadyCalled.size()));
    List<Long> callbackIds = new ArrayList<>();
    for (Long customerId : candidates.subList(0, sample)) {
      String[] latestCase = closedCases.getOrDefault(customerId, new String[] {"CUSTOMER", "C-" + customerId});
      SurveyCallback callback = new SurveyCallback();
      callback.setRoundId(round.getId());
      callback.setCustomerId(customerId);
      callback.setSource(latestCase[0]);
      callback.setReference(latestCase[1]);
      callback.setStatus("PENDING");
      callbacks.save(callback);
      callbackIds.add(callback.getId());
    }
    execution.setProcessBusinessKey(label);
    execution.setVariable("roundId", round.getId());
    execution.setVariable("roundLabel", label);
    execution.setVariable("replyDue", Date.from(round.getReplyDue()));
    execution.setVariable("surveyResponseIds", responseIds);
    execution.setVariable("callbackIds", callbackIds);
  }

  private static BigDecimal share(DelegateExecution execution, String percentField, String defaultField, String label) {
    BigDecimal percent = Vars.decimal(execution, percentField, label);
    BigDecimal share = percent != null ? percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP)
        : Vars.decimal(execution, defaultField, label);
    if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new BusinessRuleViolation(percentField, label + "须在 0 到 100% 之间");
    }
    return share;
  }

  private static String percent(BigDecimal share) {
    return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
  }
}
