package com.example.csl.presale;

import static com.example.csl.presale.PreSaleProcess.*;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerService;
import com.example.csl.customer.GradeChange;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of 客户资料审核分类 (R-PRE-4): the reviewer confirms the decided grade or overrides it;
 * a reason is mandatory either way and lands in the grade history with the reviewer's id. Runs as
 * the task's complete listener, so a refused review keeps the task open with the form's input.
 */
@Component("gradeReviewListener")
public class GradeReviewListener implements TaskListener {

  private final CustomerService customerService;
  private final Actor actor;

  public GradeReviewListener(CustomerService customerService, Actor actor) {
    this.customerService = customerService;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = Vars.text(task, "reviewDecision");
    String reason = Vars.text(task, "reviewReason");
    long customerId = Vars.id(task, CUSTOMER_ID);
    Customer customer = customerService.get(customerId);
    String reviewer = actor.currentOr(task.getAssignee());
    switch (decision) {
      case "CONFIRM" -> customerService.changeGrade(customerId, customer.getGrade(), customer.isKeyCustomer(),
          GradeChange.Source.REVIEW_CONFIRMED, reason, reviewer);
      case "OVERRIDE" -> {
        String grade = Vars.text(task, "reviewedGrade");
        if (!grade.matches("[ABC]")) {
          throw new BusinessRuleViolation("reviewedGrade", "调整后的等级须为 A、B 或 C");
        }
        customerService.changeGrade(customerId, grade, customer.isKeyCustomer(),
            GradeChange.Source.REVIEW_OVERRIDDEN, reason, reviewer);
        task.setVariable(GRADE, grade);
      }
      default -> throw new BusinessRuleViolation("reviewDecision", "审核结论须为 CONFIRM（确认）或 OVERRIDE（调整）");
    }
  }
}
