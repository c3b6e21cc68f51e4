package com.example.csl.presale;

import static com.example.csl.presale.PreSaleProcess.*;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.contract.ContractService;
import com.example.csl.contract.ContractTerms;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerService;
import com.example.csl.customer.FollowUp;
import com.example.csl.customer.FollowUpRepository;
import com.example.csl.customer.Intention;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 客户跟进 / 提供技术咨询 (R-PRE-7, R-PRE-8, R-PRE-10). On create it clears the previous round's
 * answers so the form starts empty. On complete it checks the form and records the follow-up
 * (客户跟进情况登记表, once per task) with the intention before and after; a changed intention sets
 * {@code intentionChanged} so the model re-grades; "converted" needs the contract's terms and
 * "dropped" a reason. The technical consultation task records its own follow-up row.
 */
@Component("followUpListener")
public class FollowUpListener implements TaskListener {

  private static final List<String> ROUND_FIELDS = List.of("followUpDate", "followUpAction", "followUpOutcome",
      "followUpNextStep", "consultationQuestion", "consultationOutcome", "contractNumber", "contractAmount",
      "involvesDesignInstallation", "dropReason");

  private final CustomerService customerService;
  private final FollowUpRepository followUps;
  private final ContractService contractService;
  private final Actor actor;
  private final com.example.csl.calendar.WorkingDayCalendar calendar;

  public FollowUpListener(CustomerService customerService, FollowUpRepository followUps,
      ContractService contractService, Actor actor, com.example.csl.calendar.WorkingDayCalendar calendar) {
    this.customerService = customerService;
    this.followUps = followUps;
    this.contractService = contractService;
    this.actor = actor;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (!"TECHNICAL_CONSULTATION".equals(com.example.csl.common.StepParameter.of(task, "record"))) {
        task.getExecution().removeVariables(ROUND_FIELDS);
        task.setVariable("needsTechnicalConsultation", false);
        task.setVariable(CASE_DECISION, "CONTINUE");
        task.setVariable(INTENTION_CHANGED, false);
      }
      return;
    }
    if (followUps.findByTaskId(task.getId()).isPresent()) {
      return; // already recorded (idempotent)
    }
    Customer customer = customerService.get(Vars.id(task, CUSTOMER_ID));
    String who = actor.currentOr(task.getAssignee());
    if ("TECHNICAL_CONSULTATION".equals(com.example.csl.common.StepParameter.of(task, "record"))) {
      String outcome = Vars.text(task, "consultationOutcome");
      followUps.save(new FollowUp(customer.getId(), today(), FollowUp.Action.TECHNICAL_CONSULTATION, who, outcome,
          null, customer.getIntention(), customer.getIntention(), task.getId(), now()));
      return;
    }
    LocalDate date = Vars.date(task, "followUpDate", "跟进日期");
    if (date == null) {
      throw new BusinessRuleViolation("followUpDate", "必填：跟进日期");
    }
    if (date.isAfter(today())) {
      throw new BusinessRuleViolation("followUpDate", "跟进日期不能晚于今天");
    }
    FollowUp.Action action = Vars.oneOf(task, "followUpAction", "跟进方式", FollowUp.Action.class, true);
    String outcome = Vars.text(task, "followUpOutcome");
    String nextStep = Vars.text(task, "followUpNextStep");
    Intention after = Vars.oneOf(task, INTENTION, "合作意向", Intention.class, true);
    String decision = Vars.text(task, CASE_DECISION);
    switch (decision) {
      case "CONTINUE" -> { }
      case "CONVERTED" -> checkContract(task);
      case "DROPPED" -> Vars.text(task, "dropReason");
      default -> throw new BusinessRuleViolation(CASE_DECISION, "跟进结论须为 CONTINUE、CONVERTED 或 DROPPED");
    }
    if (Vars.bool(task, "needsTechnicalConsultation")) {
      Vars.text(task, "consultationQuestion");
    }
    Intention before = customer.getIntention();
    followUps.save(new FollowUp(customer.getId(), date, action, who, outcome, nextStep, before, after, task.getId(), now()));
    customer.setIntention(after);
    task.setVariable(INTENTION_CHANGED, before != after);
  }

  private void checkContract(DelegateTask task) {
    ContractTerms terms = contractTerms(task);
    com.example.csl.common.FieldErrors.throwIfAny(contractService.violations(terms));
  }

  static ContractTerms contractTerms(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return new ContractTerms(Vars.text(scope, "contractNumber"), Vars.decimal(scope, "contractAmount", "合同金额"),
        // R-IN-2: the draft is reviewed in in-sale before it is signed; the signing date is recorded there
        null, Vars.bool(scope, "involvesDesignInstallation"));
  }

  private LocalDate today() {
    return calendar.today();
  }

  private static java.time.Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
