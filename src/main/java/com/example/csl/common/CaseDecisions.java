package com.example.csl.common;

import java.util.Map;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Asks a decision table of the case's own deployment (the version its process was deployed with, as its
 * business rule tasks do with binding "deployment") — so a rule the regulation states is answered by the
 * model, also where a Java step needs it (issue 14: no rule in Java).
 */
public final class CaseDecisions {

  private CaseDecisions() {}

  /** The decision's single result entry {@code output} for the inputs; null when no rule matched. */
  public static <T> T decide(org.camunda.bpm.engine.delegate.DelegateExecution execution, String decisionKey,
      Map<String, Object> inputs, String output) {
    var services = execution.getProcessEngineServices();
    String deploymentId = services.getRepositoryService().getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
    DecisionDefinition decision = services.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).deploymentId(deploymentId).singleResult();
    if (decision == null) {
      decision = services.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
          .latestVersion().singleResult();
    }
    if (decision == null) {
      throw new IllegalStateException("no decision " + decisionKey + " is deployed");
    }
    var variables = Variables.createVariables();
    inputs.forEach(variables::putValue);
    var result = services.getDecisionService().evaluateDecisionTableById(decision.getId(), variables).getSingleResult();
    return result == null ? null : result.getEntry(output);
  }

  /** For a task listener: the same, from the task's execution. */
  public static <T> T decide(org.camunda.bpm.engine.delegate.DelegateTask task, String decisionKey, Map<String, Object> inputs,
      String output) {
    return decide(task.getExecution(), decisionKey, inputs, output);
  }
}
