package com.example.csl.insale;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 合同评审记录 (R-IN-2, S4 5.1.1–5.1.7): the review outcome for the requirements the customer
 * stated, those implied, those the law requires and those the company adds, with reviewer and date.
 */
@Component("contractReviewListener")
public class ContractReviewListener implements TaskListener {

  private final ContractRepository contracts;
  private final Actor actor;
  private final com.example.csl.calendar.WorkingDayCalendar calendar;

  public ContractReviewListener(ContractRepository contracts, Actor actor,
      com.example.csl.calendar.WorkingDayCalendar calendar) {
    this.contracts = contracts;
    this.actor = actor;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    Contract contract = contracts.findById(Vars.id(task, "contractId")).orElseThrow();
    contract.setReviewStated(Vars.text(task, "reviewStated"));
    contract.setReviewImplied(Vars.text(task, "reviewImplied"));
    contract.setReviewLegal(Vars.text(task, "reviewLegal"));
    contract.setReviewCompany(Vars.text(task, "reviewCompany"));
    LocalDate reviewedOn = Vars.date(task, "reviewedOn", "评审日期");
    if (reviewedOn == null) {
      throw new BusinessRuleViolation("reviewedOn", "必填：评审日期");
    }
    if (reviewedOn.isAfter(calendar.today())) {
      throw new BusinessRuleViolation("reviewedOn", "评审日期不能晚于今天");
    }
    contract.setReviewedOn(reviewedOn);
    contract.setReviewedBy(actor.currentOr(task.getAssignee()));
    // R-IN-2: each record opens a review round of the departments and the general manager (合同会审与签批)
    Object round = task.getVariable("reviewRound");
    task.getExecution().setVariable("reviewRound", round == null ? 1 : Integer.parseInt(round.toString()) + 1);
  }
}
