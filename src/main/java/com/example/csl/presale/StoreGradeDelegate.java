package com.example.csl.presale;

import static com.example.csl.presale.PreSaleProcess.*;

import com.example.csl.common.Actor;
import com.example.csl.common.Vars;
import com.example.csl.customer.CustomerService;
import com.example.csl.customer.GradeChange;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 记录客户分级 (R-PRE-3, R-PRE-11, R-PRE-8): stores the grade and key-customer flag that the DMN
 * {@code customer-grading} decided (result variable {@code gradingResult}) on the archive, with a
 * grade-history entry. The input parameter {@code gradeSource} says why: DECISION at registration,
 * FOLLOW_UP when a follow-up changed the intention, MONTHLY_REVIEW when marketing's monthly review proposed it.
 */
@Component("storeGradeDelegate")
public class StoreGradeDelegate implements JavaDelegate {

  private final CustomerService customerService;
  private final Actor actor;

  public StoreGradeDelegate(CustomerService customerService, Actor actor) {
    this.customerService = customerService;
    this.actor = actor;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Map<String, Object> result = (Map<String, Object>) execution.getVariable("gradingResult");
    String grade = (String) result.get(GRADE);
    boolean keyCustomer = Boolean.TRUE.equals(result.get(KEY_CUSTOMER));
    String source = Vars.text(execution, "gradeSource");
    GradeChange.Source why = source == null ? GradeChange.Source.DECISION : GradeChange.Source.valueOf(source);
    String reason = switch (why) {
      case FOLLOW_UP -> "跟进后合作意向变为 " + execution.getVariable(INTENTION);
      case MONTHLY_REVIEW -> "月度复核调整（" + execution.getVariable("regradeProposedBy") + "）：" + execution.getVariable("regradeReason");
      default -> "决策表 customer-grading";
    };
    // the review that follows shows why the grade changed (R-PRE-13)
    execution.setVariable("regradeReason", why == GradeChange.Source.DECISION ? null : reason);
    customerService.changeGrade(Vars.id(execution, CUSTOMER_ID), grade, keyCustomer, why, reason, actor.currentOr(null));
    execution.setVariable(GRADE, grade);
    execution.setVariable(KEY_CUSTOMER, keyCustomer);
    execution.removeVariable("gradingResult");
  }
}
