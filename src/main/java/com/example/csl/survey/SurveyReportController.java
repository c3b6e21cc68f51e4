package com.example.csl.survey;

import com.example.csl.web.CurrentUser;
import com.example.csl.web.FieldValidationException;
import com.example.csl.web.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/satisfaction?round=<id or label>} (R-SAT-4, R-SAT-5, R-SAT-6, R-SAT-7): a
 * round's response rate and validity, average and item averages against the targets, counts by band
 * and by reason of dissatisfaction, the review meeting's conclusion, revisits, callbacks and the
 * corrective actions still open. {@code GET /api/capas?open=true} lists corrective actions.
 */
@RestController
public class SurveyReportController {

  private final SurveyRoundRepository rounds;
  private final SurveyResponseRepository responses;
  private final SurveyCallbackRepository callbacks;
  private final CorrectiveActionRepository actions;
  private final SurveyProperties properties;
  private final CurrentUser currentUser;
  private final com.example.csl.form.CodeLabels codeLabels;

  /** The report's own codes as people read them (issue 18): statuses of rounds, answers and corrective actions. */
  static final Map<String, String> STATUS_LABELS = Map.ofEntries(
      Map.entry("OPEN", "进行中"), Map.entry("EVALUATED", "已统计"), Map.entry("CLOSED", "已归档"),
      Map.entry("PENDING", "待回复"), Map.entry("ANSWERED", "已回复"), Map.entry("NO_REPLY", "未回收"),
      Map.entry("ACTION_RECORDED", "措施已填报"), Map.entry("KEY", "重点顾客"), Map.entry("DISSATISFIED", "上期不满意顾客"),
      Map.entry("GENERAL", "一般顾客（抽样）"));

  public SurveyReportController(SurveyRoundRepository rounds, SurveyResponseRepository responses,
      SurveyCallbackRepository callbacks, CorrectiveActionRepository actions, SurveyProperties properties,
      CurrentUser currentUser, com.example.csl.form.CodeLabels codeLabels) {
    this.codeLabels = codeLabels;
    this.rounds = rounds;
    this.responses = responses;
    this.callbacks = callbacks;
    this.actions = actions;
    this.properties = properties;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/reports/satisfaction")
  @Transactional(readOnly = true)
  public Map<String, Object> report(@RequestParam(name = "round", required = false) String round) {
    currentUser.requireAnyGroup(properties.getReaders().toArray(String[]::new));
    if (round == null || round.isBlank()) {
      throw FieldValidationException.of("round", "必填：调查轮次（编号或名称）");
    }
    SurveyRound r = (round.matches("\\d+") ? rounds.findById(Long.valueOf(round)) : rounds.findFirstByLabelOrderByIdDesc(round))
        .orElseThrow(() -> new NotFoundException("调查轮次不存在: " + round));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", r.getId());
    body.put("label", r.getLabel());
    body.put("status", r.getStatus());
    body.put("startedAt", r.getStartedAt());
    body.put("replyDue", r.getReplyDue());
    body.put("selected", r.getSelectedCount());
    body.put("responded", r.getRespondedCount());
    body.put("responseRate", r.getResponseRate());
    body.put("valid", r.getValidRound());
    body.put("average", r.getAverageScore());
    body.put("itemAverages", json(r.getItemAverages()));
    body.put("items", properties.getItems());
    body.put("targets", json(r.getTargets()));
    body.put("belowTarget", r.getBelowTarget());
    body.put("bands", json(r.getBandCounts()));
    body.put("reasons", json(r.getReasonCounts()));
    body.put("reviewConclusion", r.getReviewConclusion());
    List<SurveyResponse> all = responses.findByRoundIdOrderByIdAsc(r.getId());
    body.put("responses", all.stream().map(x -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("customerId", x.getCustomerId());
      m.put("selectionReason", x.getSelectionReason());
      m.put("status", x.getStatus());
      m.put("total", x.getTotalScore());
      m.put("band", x.getBand());
      m.put("reason", x.getDissatisfactionReason());
      m.put("revisited", x.getRevisitedAt() != null);
      return m;
    }).toList());
    List<SurveyCallback> calls = callbacks.findByRoundIdOrderByIdAsc(r.getId());
    body.put("callbacks", Map.of("sampled", calls.size(),
        "handled", calls.stream().filter(c -> "HANDLED".equals(c.getStatus())).count()));
    List<CorrectiveAction> capas = actions.findByRoundIdOrderByIdAsc(r.getId());
    body.put("correctiveActions", capas);
    body.put("openCorrectiveActions", capas.stream().filter(a -> !"CLOSED".equals(a.getStatus())).toList());
    // issue 18: every code of the report as the forms and the regulation word it — items and reasons of
    // dissatisfaction by their labels (design → 设计), statuses and selection reasons in Chinese
    Map<String, String> labels = new java.util.TreeMap<>(STATUS_LABELS);
    properties.getItems().forEach(item -> labels.put(item.key(), item.label()));
    Object reasons = body.get("reasons");
    if (reasons instanceof Map<?, ?> counted) {
      counted.keySet().forEach(key -> labels.put(String.valueOf(key), codeLabels.of("dissatisfactionReason", key)));
    }
    body.put("labels", labels);
    return body;
  }

  @GetMapping("/api/capas")
  @Transactional(readOnly = true)
  public List<CorrectiveAction> capas(@RequestParam(name = "open", defaultValue = "true") boolean open) {
    currentUser.requireAnyGroup(properties.getReaders().toArray(String[]::new));
    return open ? actions.findByStatusNotOrderByIdAsc("CLOSED") : actions.findAll(org.springframework.data.domain.Sort.by("id"));
  }

  private static Object json(String text) {
    return text == null ? null : Spin.JSON(text).mapTo(Map.class);
  }
}
