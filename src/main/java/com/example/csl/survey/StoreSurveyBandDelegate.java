package com.example.csl.survey;

import com.example.csl.common.Vars;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * 记录评级 (R-SAT-3, R-SAT-5, R-SAT-6): stores the band the decision table gave; an answer in the
 * model's {@code capaBands} (D)
 * or a stated reason of dissatisfaction needs a corrective and preventive action — the reason is the
 * stated one or, when none was stated, the lowest-scored item — for {@code capa-department} to route.
 */
@Component("storeSurveyBandDelegate")
public class StoreSurveyBandDelegate implements JavaDelegate {

  private final SurveyResponseRepository responses;

  public StoreSurveyBandDelegate(SurveyResponseRepository responses) {
    this.responses = responses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SurveyResponse response = responses.findById(Vars.id(execution, "responseId")).orElseThrow();
    String band = Vars.parameter(execution, "band");
    response.setBand(band);
    execution.removeVariable("band");
    String reason = response.getDissatisfactionReason();
    java.util.List<String> capaBands = Vars.list(execution, "capaBands", "需纠正预防的等级");
    boolean capa = capaBands.contains(band) || reason != null;
    if (capa && reason == null) {
      reason = lowestItem(response.getItemScores());
      response.setDissatisfactionReason(reason);
    }
    // declared per customer by the answer step, so these land in this customer's scope
    execution.setVariable("capaNeeded", capa);
    execution.setVariable("reason", reason);
  }

  static String lowestItem(String itemScores) {
    SpinJsonNode scores = Spin.JSON(itemScores);
    String lowest = "other";
    double min = Double.MAX_VALUE;
    for (String key : scores.fieldNames()) {
      double value = scores.prop(key).numberValue().doubleValue();
      if (value < min) {
        min = value;
        lowest = key;
      }
    }
    return lowest;
  }
}
