package com.example.csl.survey;

import com.example.csl.common.Vars;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * 统计分析调查结果 (R-SAT-4, R-SAT-5): forms not back by the deadline count as not returned; the
 * response rate makes the round valid at the model's {@code responseRateTarget}; the average and each
 * item's average are compared with {@code averageTarget} and {@code itemTarget}; results are counted
 * by band and by reason of dissatisfaction; the customers in the model's {@code revisitBands} (D) are
 * listed for the cs-manager's revisit (R-SAT-7). Sets {@code validRound}, {@code belowTarget} and {@code revisitResponseIds}.
 */
@Component("evaluateSurveyRoundDelegate")
public class EvaluateSurveyRoundDelegate implements JavaDelegate {

  private final SurveyRoundRepository rounds;
  private final SurveyResponseRepository responses;
  private final SurveyProperties properties;

  public EvaluateSurveyRoundDelegate(SurveyRoundRepository rounds, SurveyResponseRepository responses,
      SurveyProperties properties) {
    this.rounds = rounds;
    this.responses = responses;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SurveyRound round = rounds.findById(Vars.id(execution, "roundId")).orElseThrow();
    BigDecimal rateTarget = Vars.decimal(execution, "responseRateTarget", "回收率目标");
    BigDecimal averageTarget = Vars.decimal(execution, "averageTarget", "平均满意度目标");
    BigDecimal itemTarget = Vars.decimal(execution, "itemTarget", "单项满意度目标");
    List<String> revisitBands = Vars.list(execution, "revisitBands", "再回访等级");
    List<SurveyResponse> all = responses.findByRoundIdOrderByIdAsc(round.getId());
    List<SurveyResponse> answered = new ArrayList<>();
    for (SurveyResponse r : all) {
      if ("ANSWERED".equals(r.getStatus())) {
        answered.add(r);
      } else {
        r.setStatus("NO_REPLY");
      }
    }
    Statistics stats = Statistics.of(all.size(), answered, properties.getItems());
    boolean valid = stats.responseRate().compareTo(rateTarget) >= 0;
    boolean below = answered.isEmpty() || stats.average().compareTo(averageTarget) < 0
        || stats.itemAverages().values().stream().anyMatch(v -> v.compareTo(itemTarget) < 0);
    round.setRespondedCount(answered.size());
    round.setResponseRate(stats.responseRate());
    round.setValidRound(valid);
    round.setAverageScore(stats.average());
    round.setItemAverages(json(stats.itemAverages()));
    round.setBandCounts(json(stats.bands()));
    round.setReasonCounts(json(stats.reasons()));
    round.setBelowTarget(below);
    round.setTargets(String.format("{\"responseRate\":%s,\"average\":%s,\"item\":%s}", rateTarget, averageTarget, itemTarget));
    round.setStatus("EVALUATED");
    round.setEvaluatedAt(ClockUtil.getCurrentTime().toInstant());
    execution.setVariable("validRound", valid);
    execution.setVariable("belowTarget", below);
    Map<String, String> labels = new LinkedHashMap<>();
    properties.getItems().forEach(i -> labels.put(i.key(), i.label()));
    labels.put("other", "其他");
    StringBuilder items = new StringBuilder();
    stats.itemAverages().forEach((k, v) -> items.append(items.length() == 0 ? "" : "，").append(labels.getOrDefault(k, k))
        .append(' ').append(v).append(v.compareTo(itemTarget) < 0 ? "（未达标）" : ""));
    StringBuilder reasons = new StringBuilder();
    stats.reasons().forEach((k, v) -> reasons.append(reasons.length() == 0 ? "" : "，").append(labels.getOrDefault(k, k))
        .append(' ').append(v).append("人"));
    execution.setVariable("roundSummary", String.format(
        "发出 %d 份，收回 %d 份，回收率 %s%%（目标 ≥ %s%%，%s）；平均满意度 %s（目标 ≥ %s）；各项平均（目标 ≥ %s）：%s；等级分布 %s；不满意原因：%s",
        all.size(), answered.size(), percent(stats.responseRate()), percent(rateTarget), valid ? "调查有效" : "调查无效",
        stats.average(), averageTarget, itemTarget, items, stats.bands(), reasons.length() == 0 ? "无" : reasons));
    execution.setVariable("revisitResponseIds",
        answered.stream().filter(r -> revisitBands.contains(r.getBand())).map(SurveyResponse::getId).toList());
  }

  private static String percent(BigDecimal share) {
    return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String json(Map<String, ?> values) {
    SpinJsonNode node = Spin.JSON("{}");
    values.forEach((k, v) -> {
      if (v instanceof BigDecimal d) {
        node.prop(k, d.doubleValue());
      } else {
        node.prop(k, ((Number) v).longValue());
      }
    });
    return node.toString();
  }

  /** The numbers of a round: response rate, average, per-item averages, band and reason counts. */
  record Statistics(BigDecimal responseRate, BigDecimal average, Map<String, BigDecimal> itemAverages,
      Map<String, Long> bands, Map<String, Long> reasons) {

    static Statistics of(int selected, List<SurveyResponse> answered, List<SurveyProperties.Item> items) {
      BigDecimal rate = selected == 0 ? BigDecimal.ZERO
          : BigDecimal.valueOf(answered.size()).divide(BigDecimal.valueOf(selected), 4, RoundingMode.HALF_UP);
      BigDecimal sum = BigDecimal.ZERO;
      Map<String, BigDecimal> itemSums = new LinkedHashMap<>();
      Map<String, Long> bands = new TreeMap<>();
      Map<String, Long> reasons = new TreeMap<>();
      for (SurveyResponse r : answered) {
        sum = sum.add(r.getTotalScore());
        SpinJsonNode scores = Spin.JSON(r.getItemScores());
        for (SurveyProperties.Item item : items) {
          if (scores.hasProp(item.key())) {
            itemSums.merge(item.key(), BigDecimal.valueOf(scores.prop(item.key()).numberValue().doubleValue()), BigDecimal::add);
          }
        }
        if (r.getBand() != null) {
          bands.merge(r.getBand(), 1L, Long::sum);
        }
        if (r.getDissatisfactionReason() != null) {
          reasons.merge(r.getDissatisfactionReason(), 1L, Long::sum);
        }
      }
      int n = Math.max(answered.size(), 1);
      Map<String, BigDecimal> itemAverages = new LinkedHashMap<>();
      itemSums.forEach((k, v) -> itemAverages.put(k, v.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)));
      return new Statistics(rate, sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP), itemAverages, bands, reasons);
    }
  }
}
