package com.example.csl.presale;

import static com.example.csl.presale.PreSaleProcess.*;

import com.example.csl.common.Vars;
import com.example.csl.customer.CustomerService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 记录跟进频次 (R-PRE-6): takes the DMN {@code follow-up-cadence} result ({@code cadence}: interval,
 * onSiteVisit), keeps the interval on the archive and sets the two variables the model's timer and
 * gateway read.
 */
@Component("applyCadenceDelegate")
public class ApplyCadenceDelegate implements JavaDelegate {

  private final CustomerService customerService;

  public ApplyCadenceDelegate(CustomerService customerService) {
    this.customerService = customerService;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Map<String, Object> cadence = (Map<String, Object>) execution.getVariable("cadence");
    String interval = (String) cadence.get("interval");
    java.time.Period.parse(interval); // a malformed table entry fails here, visibly, not in the timer
    customerService.get(Vars.id(execution, CUSTOMER_ID)).setFollowUpInterval(interval);
    execution.setVariable(FOLLOW_UP_INTERVAL, interval);
    execution.setVariable(ON_SITE_VISIT, Boolean.TRUE.equals(cadence.get(ON_SITE_VISIT)));
    execution.removeVariable("cadence");
  }
}
