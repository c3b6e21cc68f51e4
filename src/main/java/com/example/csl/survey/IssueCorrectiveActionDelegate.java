package com.example.csl.survey;

import com.example.csl.common.BusinessRuleViolation;
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
  private final CorrectiveActionRepository actions;

  public IssueCorrectiveActionDelegate(CorrectiveActionService service, CorrectiveActionRepository actions) {
    this.service = service;
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable("capaId") != null) {
      // issued by a survey, meeting or visit: the record decides department and issuer, and belongs to
      // exactly one process — a start naming another record is refused
      CorrectiveAction action = actions.findById(Vars.id(execution, "capaId"))
          .orElseThrow(() -> new BusinessRuleViolation("capaId", "处理单不存在"));
      if (action.getProcessInstanceId() != null && !action.getProcessInstanceId().equals(execution.getProcessInstanceId())) {
        throw new BusinessRuleViolation("capaId", "处理单已在处理中: CAPA-" + action.getId());
      }
      action.setProcessInstanceId(execution.getProcessInstanceId());
      execution.setVariable("department", action.getDepartment());
      execution.setVariable("issuerGroup", action.getIssuerGroup());
      execution.setVariable("problem", action.getProblem());
      return;
    }
    CorrectiveAction action = service.record("MANUAL", null, null, null, Vars.text(execution, "department"),
        Vars.text(execution, "problem"));
    action.setProcessInstanceId(execution.getProcessInstanceId());
    execution.setProcessBusinessKey("CAPA-" + action.getId());
    execution.setVariable("capaId", action.getId());
    execution.setVariable("issuerGroup", action.getIssuerGroup());
  }
}
