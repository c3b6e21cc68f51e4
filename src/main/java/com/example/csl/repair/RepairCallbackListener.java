package com.example.csl.repair;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 维修回访与评价 (R-REP-7, R-REP-10): the phone callback's satisfaction and opinion, and per worker of
 * the order a quality and a service-attitude grade (优/良/中/差), one line each: "姓名 质量 态度".
 */
@Component("repairCallbackListener")
public class RepairCallbackListener implements TaskListener {

  static final List<String> GRADES = List.of("优", "良", "中", "差");
  static final List<String> SATISFACTION = List.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");

  private final RepairOrderService orderService;
  private final WorkerEvaluationRepository evaluations;
  private final Actor actor;

  public RepairCallbackListener(RepairOrderService orderService, WorkerEvaluationRepository evaluations, Actor actor) {
    this.orderService = orderService;
    this.evaluations = evaluations;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    RepairOrder order = orderService.get(task);
    String satisfaction = Vars.text(task, "callbackSatisfaction");
    if (!SATISFACTION.contains(satisfaction)) {
      throw new BusinessRuleViolation("callbackSatisfaction", "客户满意程度取值无效: " + satisfaction);
    }
    String opinion = Vars.text(task, "callbackOpinion");
    Map<String, String[]> grades = parse(Vars.text(task, "workerEvaluations"));
    List<String> workers = RepairWorkListener.workers(order.getWorkers() == null ? "" : order.getWorkers());
    List<String> missing = new ArrayList<>(workers);
    missing.removeAll(grades.keySet());
    if (!missing.isEmpty()) {
      throw new BusinessRuleViolation("workerEvaluations", "未评价的维修工人: " + String.join("、", missing));
    }
    List<String> unknown = new ArrayList<>(grades.keySet());
    unknown.removeAll(workers);
    if (!unknown.isEmpty()) {
      throw new BusinessRuleViolation("workerEvaluations", "不是本工单的维修工人: " + String.join("、", unknown));
    }
    String user = actor.currentOr(task.getAssignee());
    Instant now = ClockUtil.getCurrentTime().toInstant();
    grades.forEach((worker, g) -> evaluations.save(new WorkerEvaluation(order.getId(), worker, g[0], g[1], user, now)));
    order.setCallbackSatisfaction(satisfaction);
    order.setCallbackOpinion(opinion);
    order.setCalledBackAt(now);
    order.setCalledBackBy(user);
    order.setStatus(RepairStatus.SETTLEMENT);
    task.getExecution().setVariable("repairSatisfaction", satisfaction);
  }

  /** Lines "姓名 质量 态度" with grades 优/良/中/差. */
  static Map<String, String[]> parse(String text) {
    Map<String, String[]> result = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : text.split("\\R")) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.trim().split("[\\s,，、]+");
      if (parts.length != 3 || !GRADES.contains(parts[1]) || !GRADES.contains(parts[2])) {
        throw new BusinessRuleViolation("workerEvaluations",
            "第" + lineNo + "行格式应为“姓名 质量 态度”，等级为 优/良/中/差: " + line.trim());
      }
      if (result.put(parts[0], new String[] {parts[1], parts[2]}) != null) {
        throw new BusinessRuleViolation("workerEvaluations", "维修工人重复评价: " + parts[0]);
      }
    }
    return result;
  }
}
