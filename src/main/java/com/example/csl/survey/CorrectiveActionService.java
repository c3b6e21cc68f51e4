package com.example.csl.survey;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.identity.StaffGroup;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Issues 纠正和预防措施处理单 (R-SAT-6): the record, then a {@code corrective-action} process for the
 * responsible department and the issuer's check. Used by survey answers, the review meeting and visits.
 */
@Service
public class CorrectiveActionService {

  private final CorrectiveActionRepository actions;
  private final RuntimeService runtimeService;
  private final com.example.csl.common.SystemActions system;
  private final org.camunda.bpm.engine.DecisionService decisionService;

  public CorrectiveActionService(CorrectiveActionRepository actions, @Lazy RuntimeService runtimeService,
      com.example.csl.common.SystemActions system,
      @Lazy org.camunda.bpm.engine.DecisionService decisionService) {
    this.decisionService = decisionService;
    this.actions = actions;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  /**
   * Records a corrective action. Who checks it (the issuing department, S3 3.3) is the DMN capa-verifier's
   * answer for the source, not the caller's.
   */
  public CorrectiveAction record(String source, Long roundId, Long responseId, Long customerId, String department,
      String problem) {
    if (department == null || !StaffGroup.isKnown(department)) {
      throw new BusinessRuleViolation("capaDepartment", "责任部门不是已知的部门: " + department);
    }
    if (problem == null || problem.isBlank()) {
      throw new BusinessRuleViolation("capaProblem", "必填：需纠正预防的问题");
    }
    CorrectiveAction action = new CorrectiveAction();
    action.setSource(source);
    action.setRoundId(roundId);
    action.setResponseId(responseId);
    action.setCustomerId(customerId);
    action.setDepartment(department);
    action.setProblem(problem.length() > 2000 ? problem.substring(0, 2000) : problem);
    String issuerGroup = system.call(() -> decisionService.evaluateDecisionTableByKey("capa-verifier",
        org.camunda.bpm.engine.variable.Variables.putValue("source", source)).getSingleResult().getEntry("issuerGroup"));
    if (issuerGroup == null || !StaffGroup.isKnown(issuerGroup)) {
      throw new IllegalStateException("capa-verifier.dmn: no known checking department for source " + source + ": " + issuerGroup);
    }
    action.setIssuerGroup(issuerGroup);
    action.setStatus("OPEN");
    action.setSendBacks(0);
    action.setCreatedAt(ClockUtil.getCurrentTime().toInstant());
    return actions.save(action);
  }

  /** Records the action and starts its corrective-action process. */
  public CorrectiveAction issue(String source, Long roundId, Long responseId, Long customerId, String department,
      String problem) {
    return issue(source, roundId, responseId, customerId, department, problem, null);
  }

  /** As {@link #issue}, for an action raised from a complaint (R-AS-13): the action names it. */
  public CorrectiveAction issue(String source, Long roundId, Long responseId, Long customerId, String department,
      String problem, Long complaintId) {
    CorrectiveAction action = record(source, roundId, responseId, customerId, department, problem);
    action.setComplaintId(complaintId);
    String issuerGroup = action.getIssuerGroup();
    // issued by the step's user (a survey answer, the general manager's meeting, a visit), on their behalf
    String instance = system.call(() -> runtimeService.createProcessInstanceByKey("corrective-action")
        .businessKey("CAPA-" + action.getId())
        .setVariables(Map.of("capaId", action.getId(), "department", department, "issuerGroup", issuerGroup,
            "problem", action.getProblem()))
        .execute().getId());
    action.setProcessInstanceId(instance);
    return action;
  }
}
