package com.example.csl.repair;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.StepParameter;
import com.example.csl.common.Vars;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 按派工单维修 / 督促施工单位维修 (R-REP-2 … R-REP-4): the performer reports {@code repairOutcome}:
 * DONE with the workers and the work done; CANNOT (repair team only) with the reason, so
 * engineering has the contractor do it under the same deadline; or EXTEND — a complex repair gets a
 * later deadline only with the customer's consent recorded (how and its reference).
 *
 * <p>Who performs the step comes from the task's model, not its id: the Camunda property {@value
 * #PERFORMER} is {@code REPAIR_TEAM} (按派工单维修) or {@code CONTRACTOR} (督促施工单位维修), the values
 * recorded as the order's performer; a task without it fails when completed.
 */
@Component("repairWorkListener")
public class RepairWorkListener implements TaskListener {

  static final List<String> FORM_FIELDS = List.of("repairOutcome", "workers", "workDescription", "cannotReason",
      "extendedDue", "extensionReason", "consentMethod", "consentReference");

  /** The extension property naming who performs a repair step. */
  static final String PERFORMER = "performer";

  private final RepairOrderService orderService;
  private final RepairExtensionRepository extensions;
  private final WorkingDayCalendar workingDays;
  private final Actor actor;

  public RepairWorkListener(RepairOrderService orderService, RepairExtensionRepository extensions,
      WorkingDayCalendar workingDays, Actor actor) {
    this.orderService = orderService;
    this.extensions = extensions;
    this.workingDays = workingDays;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      FORM_FIELDS.forEach(task.getExecution()::removeVariable);
      return;
    }
    String performer = StepParameter.of(task, PERFORMER);
    boolean contractor = switch (performer) {
      case "CONTRACTOR" -> true;
      case "REPAIR_TEAM" -> false;
      default -> throw StepParameter.unknown(task, PERFORMER, performer);
    };
    RepairOrder order = orderService.get(task);
    String outcome = Vars.text(task, "repairOutcome");
    Instant now = ClockUtil.getCurrentTime().toInstant();
    switch (outcome) {
      case "DONE" -> {
        List<String> workers = workers(Vars.text(task, "workers"));
        order.setWorkers(String.join("、", workers));
        order.setWorkDescription(Vars.text(task, "workDescription"));
        order.setCompletedAt(now);
        order.setPerformer(contractor ? "CONTRACTOR" : "REPAIR_TEAM");
        order.setStatus(RepairStatus.COMPLETED);
        // the callback form starts with one line per worker to grade — names only: the grades are the
        // customer's judgement, never pre-filled (issue 18)
        task.getExecution().setVariable("workerEvaluations",
            workers.stream().map(w -> w + " ").collect(Collectors.joining("\n")));
      }
      case "CANNOT" -> {
        if (contractor) {
          throw new BusinessRuleViolation("repairOutcome", "施工单位维修只能报告完工或申请延期");
        }
        order.setCannotRepairReason(Vars.text(task, "cannotReason"));
        task.getExecution().setVariable("cannotRepairReason", order.getCannotRepairReason());
        order.setPerformer("CONTRACTOR");
      }
      case "EXTEND" -> extend(task, order, now);
      default -> throw new BusinessRuleViolation("repairOutcome", "维修结果取值无效: " + outcome);
    }
  }

  private void extend(DelegateTask task, RepairOrder order, Instant now) {
    LocalDate date = Vars.date(task, "extendedDue", "延长后的完工日期");
    if (date == null) {
      throw new BusinessRuleViolation("extendedDue", "必填：延长后的完工日期");
    }
    String reason = Vars.text(task, "extensionReason");
    String method = Vars.text(task, "consentMethod");
    if (!List.of("SIGNATURE", "PHONE", "EMAIL").contains(method)) {
      throw new BusinessRuleViolation("consentMethod", "客户认可方式取值无效: " + method);
    }
    String reference = Vars.text(task, "consentReference");
    Instant previous = order.getRepairDue();
    ZonedDateTime oldDue = previous.atZone(workingDays.getZone());
    Instant newDue = date.atTime(oldDue.toLocalTime()).atZone(workingDays.getZone()).toInstant();
    if (!newDue.isAfter(now)) {
      throw new BusinessRuleViolation("extendedDue", "延长后的完工日期须在今天之后");
    }
    if (!newDue.isAfter(previous)) {
      throw new BusinessRuleViolation("extendedDue", "延长后的完工日期须晚于现有期限 " + oldDue.toLocalDate());
    }
    extensions.save(new RepairExtension(order.getId(), previous, newDue, reason, method, reference,
        actor.currentOr(task.getAssignee()), now));
    order.setRepairDue(newDue);
    task.getExecution().setVariable("repairDue", Date.from(newDue));
  }

  /** Worker names separated by commas, 、 or spaces; at least one. */
  static List<String> workers(String text) {
    List<String> names = Arrays.stream(text.split("[,，、;；\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
        .distinct().toList();
    if (names.isEmpty()) {
      throw new BusinessRuleViolation("workers", "必填：维修工人");
    }
    names.stream().filter(n -> n.length() > 50).findFirst().ifPresent(n -> {
      throw new BusinessRuleViolation("workers", "维修工人姓名最多50字: " + n);
    });
    return names;
  }
}
