package com.example.csl.survey;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.customer.CustomerRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * 记录顾客满意度调查表 (R-SAT-2): on create the form's fields become task-local (so one customer's
 * answers never pre-fill another's form) and the customer is shown; on complete every configured
 * item needs a score from 0 to 100, the total is their average, and {@code score} is left for the
 * decision table satisfaction-band.
 */
@Component("surveyAnswerListener")
public class SurveyAnswerListener implements TaskListener {

  static final List<String> CHANNELS = List.of("PHONE", "MAIL", "VISIT", "FAX");

  private final SurveyResponseRepository responses;
  private final CustomerRepository customers;
  private final SurveyProperties properties;
  private final Actor actor;

  public SurveyAnswerListener(SurveyResponseRepository responses, CustomerRepository customers,
      SurveyProperties properties, Actor actor) {
    this.responses = responses;
    this.customers = customers;
    this.properties = properties;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    SurveyResponse response = responses.findById(Vars.id(task, "responseId")).orElseThrow();
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      for (String field : fields()) {
        task.getExecution().setVariableLocal(field, null);
      }
      // this customer's own routing variables, set by the band step (not shared between customers)
      task.getExecution().setVariableLocal("capaNeeded", false);
      task.getExecution().setVariableLocal("reason", null);
      var customer = customers.findById(response.getCustomerId()).orElseThrow();
      task.setVariableLocal("customerName", customer.getName());
      task.setVariableLocal("customerContact", contact(customer));
      task.setVariableLocal("selectionReason", switch (response.getSelectionReason()) {
        case "KEY" -> "重点顾客（每年必调查）";
        case "DISSATISFIED" -> "上期不满意顾客（加大调查频次）";
        default -> "一般顾客（抽样）";
      });
      return;
    }
    String channel = Vars.text(task, "channel");
    if (!CHANNELS.contains(channel)) {
      throw new BusinessRuleViolation("channel", "回复方式取值无效: " + channel);
    }
    SpinJsonNode scores = Spin.JSON("{}");
    BigDecimal sum = BigDecimal.ZERO;
    for (SurveyProperties.Item item : properties.getItems()) {
      String field = "score_" + item.key();
      BigDecimal score = Vars.decimal(task, field, item.label());
      if (score == null) {
        throw new BusinessRuleViolation(field, "必填：" + item.label() + "评分");
      }
      if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new BusinessRuleViolation(field, item.label() + "评分须在 0 到 100 之间");
      }
      scores.prop(item.key(), score.doubleValue());
      sum = sum.add(score);
    }
    BigDecimal total = sum.divide(BigDecimal.valueOf(properties.getItems().size()), 2, RoundingMode.HALF_UP);
    String reason = Vars.text(task, "dissatisfactionReason");
    if (reason != null && !reasons().contains(reason)) {
      throw new BusinessRuleViolation("dissatisfactionReason", "不满意原因取值无效: " + reason);
    }
    response.setChannel(channel);
    response.setItemScores(scores.toString());
    response.setTotalScore(total);
    response.setDissatisfactionReason(reason);
    response.setDissatisfactionDetail(Vars.text(task, "dissatisfactionDetail"));
    response.setStatus("ANSWERED");
    response.setAnsweredBy(actor.currentOr(task.getAssignee()));
    response.setAnsweredAt(ClockUtil.getCurrentTime().toInstant());
    task.getExecution().setVariableLocal("score", total.doubleValue());
  }

  List<String> fields() {
    List<String> fields = new ArrayList<>(List.of("channel", "dissatisfactionReason", "dissatisfactionDetail"));
    properties.getItems().forEach(item -> fields.add("score_" + item.key()));
    return fields;
  }

  List<String> reasons() {
    List<String> reasons = new ArrayList<>();
    properties.getItems().forEach(item -> reasons.add(item.key()));
    reasons.add("other");
    return reasons;
  }

  /** Whom to call, and where (issue 18.3): contact person, phone, address. */
  static String contact(com.example.csl.customer.Customer customer) {
    return (customer.getContactPerson() == null ? "" : customer.getContactPerson() + " ")
        + (customer.getPhone() == null ? "" : customer.getPhone())
        + (customer.getAddress() == null || customer.getAddress().isBlank() ? "" : "，" + customer.getAddress());
  }
}
