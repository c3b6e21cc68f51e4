package com.example.csl.survey;

import com.example.csl.common.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 调查结果归档 (R-SAT-5, R-SAT-7): closes the round once every sampled callback is handled. */
@Component("closeSurveyRoundDelegate")
public class CloseSurveyRoundDelegate implements JavaDelegate {

  private final SurveyRoundRepository rounds;
  private final SurveyCallbackRepository callbacks;

  public CloseSurveyRoundDelegate(SurveyRoundRepository rounds, SurveyCallbackRepository callbacks) {
    this.rounds = rounds;
    this.callbacks = callbacks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SurveyRound round = rounds.findById(Vars.id(execution, "roundId")).orElseThrow();
    long open = callbacks.countByRoundIdAndStatusNot(round.getId(), "HANDLED");
    if (open > 0) {
      throw new IllegalStateException(open + " callbacks of round " + round.getLabel() + " are not handled");
    }
    round.setStatus("CLOSED");
    round.setClosedAt(ClockUtil.getCurrentTime().toInstant());
  }
}
