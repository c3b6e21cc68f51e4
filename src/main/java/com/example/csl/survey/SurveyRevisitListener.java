package com.example.csl.survey;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import com.example.csl.customer.CustomerRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 严重不满意顾客再回访 (R-SAT-7, S4 3.7.5.9): the cs-manager sees the customer's answer and records the
 * revisit and the follow-up of the problems the customer was dissatisfied with.
 */
@Component("surveyRevisitListener")
public class SurveyRevisitListener implements TaskListener {

  private final SurveyResponseRepository responses;
  private final CustomerRepository customers;
  private final Actor actor;
  private final SurveyProperties properties;

  public SurveyRevisitListener(SurveyResponseRepository responses, CustomerRepository customers, Actor actor,
      SurveyProperties properties) {
    this.properties = properties;
    this.responses = responses;
    this.customers = customers;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    SurveyResponse response = responses.findById(Vars.id(task, "responseId")).orElseThrow();
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariableLocal("revisitResult", null);
      task.setVariableLocal("customerName", customers.findById(response.getCustomerId()).orElseThrow().getName());
      // the answer as people read it: items by their labels, the reason by its label (issue 18: no JSON, no codes)
      task.setVariableLocal("surveyAnswer", String.format("总分 %s（%s级）；各项：%s；不满意原因：%s %s",
          response.getTotalScore(), response.getBand(), itemsText(response.getItemScores()), label(response.getDissatisfactionReason()),
          response.getDissatisfactionDetail() == null ? "" : response.getDissatisfactionDetail()).trim());
      return;
    }
    response.setRevisitResult(Vars.text(task, "revisitResult"));
    response.setRevisitedBy(actor.currentOr(task.getAssignee()));
    response.setRevisitedAt(ClockUtil.getCurrentTime().toInstant());
  }

  private String label(String key) {
    if (key == null || key.isBlank()) {
      return "无";
    }
    return properties.getItems().stream().filter(i -> i.key().equals(key)).map(SurveyProperties.Item::label).findFirst().orElse(key);
  }

  private String itemsText(String json) {
    if (json == null || json.isBlank()) {
      return "";
    }
    try {
      var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      java.util.List<String> parts = new java.util.ArrayList<>();
      node.fields().forEachRemaining(e -> parts.add(label(e.getKey()) + " " + e.getValue().asText().replaceAll("\\.0$", "")));
      return String.join("，", parts);
    } catch (java.io.IOException e) {
      return json;
    }
  }
}
