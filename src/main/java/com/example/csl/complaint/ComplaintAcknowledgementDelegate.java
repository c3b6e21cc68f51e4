package com.example.csl.complaint;

import com.example.csl.common.Vars;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerService;
import com.example.csl.notification.NotificationService;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 发送投诉受理回执 (R-NOT-1, R-AS-5 first response): the customer's acknowledgement with the
 * complaint number and the reply deadline, stored in the outbox with this step.
 */
@Component("complaintAcknowledgementDelegate")
public class ComplaintAcknowledgementDelegate implements JavaDelegate {

  private final DateTimeFormatter format;
  private final ComplaintService complaintService;
  private final CustomerService customerService;
  private final NotificationService notifications;

  public ComplaintAcknowledgementDelegate(ComplaintService complaintService, CustomerService customerService,
      NotificationService notifications, com.example.csl.calendar.WorkingDayCalendar calendar) {
    this.format = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(calendar.getZone());
    this.complaintService = complaintService;
    this.customerService = customerService;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaintService.get(Vars.id(execution, AfterSaleProcess.COMPLAINT_ID));
    Customer customer = customerService.get(complaint.getCustomerId());
    notifications.toAddress("complaint-ack:" + complaint.getComplaintNumber(), customer.getEmail(),
        "complaint-acknowledgement", Map.of("customerName", customer.getContactPerson(),
            "complaintNumber", complaint.getComplaintNumber(), "replyDue", format.format(complaint.getReplyDue())),
        complaint.getComplaintNumber());
  }
}
