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

  public CorrectiveActionService(CorrectiveActionRepository actions, @Lazy RuntimeService runtimeService,
      com.example.csl.common.SystemActions system) {
    this.actions = actions;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  public CorrectiveAction record(String source, Long roundId, Long responseId, Long customerId, String department,
      String problem, String issuerGroup) {
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
    action.setIssuerGroup(issuerGroup);
    action.setStatus("OPEN");
    action.setSendBacks(0);
    action.setCreatedAt(ClockUtil.getCurrentTime().toInstant());
    return actions.save(action);
  }

  /** Records the action and starts its corrective-action process. */
  public CorrectiveAction issue(String source, Long roundId, Long responseId, Long customerId, String department,
      String problem, String issuerGroup) {
    CorrectiveAction action = record(source, roundId, responseId, customerId, department, problem, issuerGroup);
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
