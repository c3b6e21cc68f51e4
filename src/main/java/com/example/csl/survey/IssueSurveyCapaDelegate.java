package com.example.csl.survey;

import com.example.csl.common.Vars;
import com.example.csl.customer.CustomerRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 开具纠正和预防措施处理单 (R-SAT-6) for a dissatisfied survey answer, to the department the decision
 * table capa-department named ({@code capaRoute}, removed after use); customer service, which runs the survey, checks it. Idempotent: an
 * answer gets one action.
 */
@Component("issueSurveyCapaDelegate")
public class IssueSurveyCapaDelegate implements JavaDelegate {

  private final SurveyResponseRepository responses;
  private final CorrectiveActionRepository actions;
  private final CorrectiveActionService service;
  private final CustomerRepository customers;
  private final SurveyProperties properties;

  public IssueSurveyCapaDelegate(SurveyResponseRepository responses, CorrectiveActionRepository actions,
      CorrectiveActionService service, CustomerRepository customers, SurveyProperties properties) {
    this.responses = responses;
    this.actions = actions;
    this.service = service;
    this.customers = customers;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SurveyResponse response = responses.findById(Vars.id(execution, "responseId")).orElseThrow();
    String department = Vars.parameter(execution, "capaRoute");
    execution.removeVariable("capaRoute");
    if (actions.findByRoundIdOrderByIdAsc(response.getRoundId()).stream()
        .anyMatch(a -> response.getId().equals(a.getResponseId()))) {
      return;
    }
    String reason = response.getDissatisfactionReason();
    String item = properties.getItems().stream().filter(i -> i.key().equals(reason)).map(SurveyProperties.Item::label)
        .findFirst().orElse("其他");
    String problem = String.format("%s 在%s中%s级（总分 %s），不满意项：%s。%s",
        customers.findById(response.getCustomerId()).orElseThrow().getName(), Vars.text(execution, "roundLabel"),
        response.getBand(), response.getTotalScore().toPlainString(), item,
        response.getDissatisfactionDetail() == null ? "" : response.getDissatisfactionDetail());
    service.issue("SURVEY", response.getRoundId(), response.getId(), response.getCustomerId(),
        department, problem);
  }
}
