package com.example.csl.survey;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 检讨改善会议 (R-SAT-4, R-SAT-6): the general manager's conclusion is stored with the round; a
 * department and a problem named here issue a corrective and preventive action, which the general
 * manager, as its issuer, checks.
 */
@Component("surveyReviewMeetingListener")
public class SurveyReviewMeetingListener implements TaskListener {

  private final SurveyRoundRepository rounds;
  private final CorrectiveActionService capas;
  private final Actor actor;

  public SurveyReviewMeetingListener(SurveyRoundRepository rounds, CorrectiveActionService capas, Actor actor) {
    this.rounds = rounds;
    this.capas = capas;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    SurveyRound round = rounds.findById(Vars.id(task, "roundId")).orElseThrow();
    round.setReviewConclusion(Vars.text(task, "reviewConclusion"));
    round.setReviewedBy(actor.currentOr(task.getAssignee()));
    String department = Vars.text(task, "capaDepartment");
    if (department != null) {
      capas.issue("REVIEW_MEETING", round.getId(), null, null, department,
          Vars.text(task, "capaProblem"));
    }
  }
}
