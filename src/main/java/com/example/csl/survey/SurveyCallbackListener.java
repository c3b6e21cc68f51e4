package com.example.csl.survey;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.customer.CustomerRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 客户回访（抽样） (R-SAT-7, S4 3.7.5.7): the customer's feedback; feedback that needs handling is
 * handled before the task completes, so 100% of the feedback is handled when the round closes.
 */
@Component("surveyCallbackListener")
public class SurveyCallbackListener implements TaskListener {

  private final SurveyCallbackRepository callbacks;
  private final CustomerRepository customers;
  private final Actor actor;

  public SurveyCallbackListener(SurveyCallbackRepository callbacks, CustomerRepository customers, Actor actor) {
    this.callbacks = callbacks;
    this.customers = customers;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    SurveyCallback callback = callbacks.findById(Vars.id(task, "callbackId")).orElseThrow();
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      for (String field : new String[] {"feedback", "needsHandling", "handling"}) {
        task.getExecution().setVariableLocal(field, null);
      }
      var customer = customers.findById(callback.getCustomerId()).orElseThrow();
      task.setVariableLocal("customerName", customer.getName());
      task.setVariableLocal("customerContact", SurveyAnswerListener.contact(customer));
      task.setVariableLocal("callbackCase", switch (callback.getSource()) {
        case "REPAIR" -> "维修工单 " + callback.getReference();
        case "COMPLAINT" -> "投诉 " + callback.getReference();
        default -> "年度抽样回访（一年内无已结案的投诉或维修）";
      });
      return;
    }
    String feedback = Vars.text(task, "feedback");
    boolean needsHandling = Vars.bool(task, "needsHandling");
    String handling = Vars.text(task, "handling");
    if (needsHandling && handling == null) {
      throw new BusinessRuleViolation("handling", "必填：处理结果（回访处理率须达100%）");
    }
    callback.setFeedback(feedback);
    callback.setNeedsHandling(needsHandling);
    callback.setHandling(handling);
    callback.setCalledBy(actor.currentOr(task.getAssignee()));
    callback.setCalledAt(ClockUtil.getCurrentTime().toInstant());
    callback.setStatus("HANDLED");
  }
}
