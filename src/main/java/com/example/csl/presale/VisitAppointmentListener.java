package com.example.csl.presale;

import static com.example.csl.presale.PreSaleProcess.CUSTOMER_ID;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerService;
import com.example.csl.customer.FollowUp;
import com.example.csl.customer.FollowUpRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Completion of 预约上门拜访 (R-PRE-6): the appointment is recorded as an on-site-visit follow-up. */
@Component("visitAppointmentListener")
public class VisitAppointmentListener implements TaskListener {

  private final CustomerService customerService;
  private final FollowUpRepository followUps;
  private final Actor actor;
  private final com.example.csl.calendar.WorkingDayCalendar calendar;

  public VisitAppointmentListener(CustomerService customerService, FollowUpRepository followUps, Actor actor,
      com.example.csl.calendar.WorkingDayCalendar calendar) {
    this.customerService = customerService;
    this.followUps = followUps;
    this.actor = actor;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    if (followUps.findByTaskId(task.getId()).isPresent()) {
      return;
    }
    String at = Vars.text(task, "visitAppointmentAt");
    java.time.ZonedDateTime when;
    try {
      when = calendar.parse(at);
    } catch (java.time.DateTimeException | NullPointerException e) {
      throw new BusinessRuleViolation("visitAppointmentAt", "上门拜访时间格式不正确: " + at);
    }
    // an appointment is in the future (issue 18: a visit "made" for yesterday was accepted)
    if (!when.toInstant().isAfter(ClockUtil.getCurrentTime().toInstant())) {
      throw new BusinessRuleViolation("visitAppointmentAt", "上门拜访时间须晚于现在");
    }
    String participants = Vars.text(task, "visitParticipants");
    String note = Vars.text(task, "visitNote");
    Customer customer = customerService.get(Vars.id(task, CUSTOMER_ID));
    java.time.LocalDate today = calendar.today();
    String outcome = "预约上门拜访 " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .format(when.withZoneSameInstant(calendar.getZone()))
        + "，拜访人员：" + participants + (note == null ? "" : "；" + note);
    followUps.save(new FollowUp(customer.getId(), today, FollowUp.Action.ON_SITE_VISIT,
        actor.currentOr(task.getAssignee()), outcome, null, customer.getIntention(), customer.getIntention(),
        task.getId(), ClockUtil.getCurrentTime().toInstant()));
  }
}
