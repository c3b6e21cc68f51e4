package com.example.csl.survey;

import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记处理单 (R-SAT-6): a corrective action issued by hand from Tasklist (start form: department,
 * problem) gets its record, with customer service as the issuer; one issued by a survey, meeting or
 * visit already has it ({@code capaId}).
 */
@Component("issueCorrectiveActionDelegate")
public class IssueCorrectiveActionDelegate implements JavaDelegate {

  private final CorrectiveActionService service;

  public IssueCorrectiveActionDelegate(CorrectiveActionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable("capaId") != null) {
      return;
    }
    CorrectiveAction action = service.record("MANUAL", null, null, null, Vars.text(execution, "department"),
        Vars.limited(execution, "problem", "需纠正预防的问题", 2000, true), "customer-service");
    action.setProcessInstanceId(execution.getProcessInstanceId());
    execution.setProcessBusinessKey("CAPA-" + action.getId());
    execution.setVariable("capaId", action.getId());
    execution.setVariable("issuerGroup", "customer-service");
  }
}
