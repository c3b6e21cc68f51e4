package com.example.csl.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.common.RunAs;
import com.example.csl.complaint.AfterSaleProcess;
import com.example.csl.complaint.Complaint;
import com.example.csl.complaint.ComplaintRegistration;
import com.example.csl.complaint.ComplaintService;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.Intention;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-NOT-1 against a real SMTP server in the test JVM (GreenMail): the complaint's messages in order
 * and once each, SMTP down then up, a restart with unsent rows, a bad address.
 * Own engine name and context: the REST API is not used here.
 */
@DirtiesContext
@SpringBootTest(properties = {"camunda.bpm.process-engine-name=mail",
    "spring.datasource.url=jdbc:h2:mem:csl-mail;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "csl.notification.backoff=PT0S", "csl.notification.max-attempts=3"})
@ActiveProfiles("test")
class NotificationTest {

  static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP);

  @BeforeAll
  static void startSmtp() {
    SMTP.start();
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
  }

  @Autowired NotificationSender sender;
  @Autowired NotificationService notificationService;
  @Autowired NotificationRepository notifications;
  @Autowired NotificationHealthIndicator health;
  @Autowired MailTransport transport;
  @Autowired NotificationProperties properties;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ComplaintService complaintService;
  @Autowired CustomerRepository customers;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RunAs runAs;

  @BeforeEach
  void clean() throws Exception {
    sender.sendDue();
    SMTP.purgeEmailFromAllMailboxes();
  }

  private List<String> received() {
    List<String> lines = new ArrayList<>();
    for (MimeMessage message : SMTP.getReceivedMessages()) {
      try {
        lines.add(message.getAllRecipients()[0] + " | " + message.getSubject());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return lines;
  }

  private void complete(String user, ProcessInstance instance, String key, Map<String, Object> vars) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    runAs.run(user, () -> {
      taskService.claim(task.getId(), user);
      taskService.complete(task.getId(), vars);
    });
    sender.sendDue();
  }

  @Test
  @DisplayName("R-NOT-1 a complaint's life: acknowledgement to the customer, then each task to its group, in order and once each")
  void complaintMessages() {
    Customer customer = new Customer();
    customer.setName("邮件测试客户");
    customer.setContactPerson("钱女士");
    customer.setPhone("13600001111");
    customer.setEmail("qian@customer.example");
    customer.setIntention(Intention.MODERATE);
    customer.setChannel("API");
    customer.setRegisteredAt(Instant.now());
    long customerId = customers.save(customer).getId();
    ProcessInstance instance = runAs.call("zhangwei", () -> new TransactionTemplate(transactionManager).execute(s -> {
      Complaint complaint = complaintService.register(new ComplaintRegistration(customerId, null, null, "HOTLINE",
          "TECHNICAL", "设备报警", null, false, null), "zhangwei");
      return complaintService.startAfterSale(complaint); // as the API does
    }));
    String number = instance.getBusinessKey();
    sender.sendDue();
    complete("zhangwei", instance, "Task_CheckValidity", Map.of("validity", "FOUNDED"));
    complete("zhouqiang", instance, "Task_Reply", Map.of("investigation", "传感器故障", "replyToCustomer", "更换传感器"));
    sender.sendDue();

    // in order: the outbox, in the order the steps stored them; once each: what the SMTP server got
    List<String> mails = new ArrayList<>();
    notifications.findByReferenceOrderByIdAsc(number, org.springframework.data.domain.Pageable.unpaged())
        .forEach(n -> mails.add(n.getRecipient() + " | " + n.getSubject()));
    assertThat(received()).containsExactlyInAnyOrderElementsOf(mails);
    assertThat(mails.get(0)).isEqualTo("qian@customer.example | 您的投诉已受理（编号 " + number + "）");
    assertThat(mails.subList(1, 3)).containsExactlyInAnyOrder(
        "zhangwei@example.com | 【待办】投诉受理审核（投诉 " + number + "，邮件测试客户）",
        "lina@example.com | 【待办】投诉受理审核（投诉 " + number + "，邮件测试客户）");
    // eng-tech has one member, 周强
    assertThat(mails.get(3)).isEqualTo("zhouqiang@example.com | 【待办】调查并答复客户（投诉 " + number + "，邮件测试客户）");
    assertThat(mails.get(4)).startsWith("zhouqiang@example.com | 【待办】填写客户投诉处理情况表");
    assertThat(mails).hasSize(5);
    assertThat(notifications.findByReferenceOrderByIdAsc(number, org.springframework.data.domain.Pageable.unpaged()))
        .allMatch(n -> n.getStatus() == Notification.Status.SENT);
    // sending again delivers nothing more
    sender.sendDue();
    assertThat(SMTP.getReceivedMessages()).hasSize(5);
  }

  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired DueSoonNotifier dueSoon;

  private ProcessInstance registerComplaint(boolean major) {
    Customer customer = new Customer();
    customer.setName("邮件测试客户" + System.nanoTime());
    customer.setContactPerson("孙先生");
    customer.setPhone("1360000" + String.format("%04d", (int) (Math.random() * 10000)));
    customer.setIntention(Intention.MODERATE);
    customer.setChannel("API");
    customer.setRegisteredAt(Instant.now());
    long customerId = customers.save(customer).getId();
    return runAs.call("zhangwei", () -> new TransactionTemplate(transactionManager).execute(s -> {
      Complaint complaint = complaintService.register(new ComplaintRegistration(customerId, null, null, "HOTLINE",
          "OTHER", "测试", null, major, null), "zhangwei");
      return complaintService.startAfterSale(complaint); // as the API does
    }));
  }

  @Test
  @DisplayName("R-NOT-1 R-AS-7 R-AS-6 a major complaint mails vice-gm and general-manager; a missed deadline mails the manager; due soon is announced")
  void majorEscalationAndDueSoon() throws Exception {
    ProcessInstance major = registerComplaint(true);
    String number = major.getBusinessKey();
    sender.sendDue();
    assertThat(received()).contains("linfeng@example.com | 【重大投诉】拟订重大投诉处理措施（投诉 " + number + "，"
        + runtimeService.getVariable(major.getId(), "customerName") + "）");
    assertThat(received()).anyMatch(m -> m.startsWith("gaojun@example.com | 【重大投诉】"));
    // the 24-hour first response is missed: the customer-service manager 李娜 gets the supervision mail
    SMTP.purgeEmailFromAllMailboxes();
    org.camunda.bpm.engine.runtime.Job job = managementService.createJobQuery().processInstanceId(major.getId())
        .activityId("Timer_FirstResponse").singleResult();
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(job.getDuedate());
    try {
      managementService.executeJob(job.getId());
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    sender.sendDue();
    List<String> escalation = new ArrayList<>();
    notifications.findByReferenceOrderByIdAsc(number, org.springframework.data.domain.Pageable.unpaged())
        .forEach(n -> escalation.add(n.getTemplate() + " " + n.getRecipient() + " " + n.getStatus()));
    assertThat(received()).as(escalation.toString()).anyMatch(m -> m.startsWith("lina@example.com | 【投诉超期督办】（投诉 " + number));
    // the validity check is due within the lead time once the clock is 3 hours before its due date
    SMTP.purgeEmailFromAllMailboxes();
    Task validity = taskService.createTaskQuery().processInstanceId(major.getId()).taskDefinitionKey("Task_CheckValidity")
        .singleResult();
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(validity.getDueDate().getTime() - 3 * 3600_000L));
    try {
      dueSoon.notifyDueSoon();
      dueSoon.notifyDueSoon();
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    sender.sendDue();
    assertThat(received()).filteredOn(m -> m.contains("【即将到期】投诉受理审核")).hasSize(2); // 张伟 and 李娜, once each
  }

  @Test
  @DisplayName("R-NOT-1 SMTP down: kept and retried; SMTP up again: delivered exactly once")
  void smtpDownThenUp() {
    SMTP.stop();
    try {
      notificationService.toAddress("test:down-up", "ops@example.com", "complaint-acknowledgement",
          Map.of("customerName", "甲", "complaintNumber", "TS-20261122-9999", "replyDue", "明天"), "TS-20261122-9999");
      assertThat(sender.sendDue()).isZero();
      Notification pending = notifications.findAll().stream().filter(n -> n.getIdempotencyKey().equals("test:down-up"))
          .findFirst().orElseThrow();
      assertThat(pending.getStatus()).isEqualTo(Notification.Status.PENDING);
      assertThat(pending.getAttempts()).isEqualTo(1);
      assertThat(pending.getLastError()).isNotBlank();
    } finally {
      SMTP.start();
    }
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    assertThat(received()).containsExactly("ops@example.com | 您的投诉已受理（编号 TS-20261122-9999）");
    // the same notification stored again (e.g. a retried step) is not stored or sent twice
    notificationService.toAddress("test:down-up", "ops@example.com", "complaint-acknowledgement",
        Map.of("customerName", "甲", "complaintNumber", "TS-20261122-9999", "replyDue", "明天"), "TS-20261122-9999");
    assertThat(sender.sendDue()).isZero();
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
  }

  @Test
  @DisplayName("R-NOT-1 rows stored before a restart are delivered by the sender of the next start")
  void deliveredAfterRestart() {
    notificationService.toAddress("test:restart-1", "a@example.com", "complaint-acknowledgement",
        Map.of("customerName", "甲", "complaintNumber", "TS-1", "replyDue", "明天"), "TS-restart");
    notificationService.toAddress("test:restart-2", "b@example.com", "complaint-acknowledgement",
        Map.of("customerName", "乙", "complaintNumber", "TS-2", "replyDue", "明天"), "TS-restart");
    // a new sender, as after a restart, finds the committed rows
    NotificationSender afterRestart = new NotificationSender(notifications, transport, properties, transactionManager);
    assertThat(afterRestart.sendDue()).isEqualTo(2);
    assertThat(received()).containsExactlyInAnyOrder("a@example.com | 您的投诉已受理（编号 TS-1）",
        "b@example.com | 您的投诉已受理（编号 TS-2）");
  }

  @Test
  @DisplayName("R-NOT-1 a bad address fails once, without retries; a long outage never fails a notification: it is late, then delivered")
  void failures() {
    notificationService.toAddress("test:bad-address", "not an address", "complaint-acknowledgement",
        Map.of("customerName", "甲", "complaintNumber", "TS-3", "replyDue", "明天"), "TS-bad");
    sender.sendDue();
    sender.sendDue();
    Notification bad = notifications.findAll().stream().filter(n -> n.getIdempotencyKey().equals("test:bad-address"))
        .findFirst().orElseThrow();
    assertThat(bad.getStatus()).isEqualTo(Notification.Status.FAILED);
    assertThat(bad.getAttempts()).isEqualTo(1);
    assertThat(bad.getLastError()).contains("not an address");
    assertThat(health.health().getStatus()).isEqualTo(new Status("DEGRADED"));

    SMTP.stop();
    try {
      notificationService.toAddress("test:exhausted", "c@example.com", "complaint-acknowledgement",
          Map.of("customerName", "丙", "complaintNumber", "TS-4", "replyDue", "明天"), "TS-exhausted");
      for (int i = 0; i < 5; i++) {
        sender.sendDue();
      }
    } finally {
      SMTP.start();
    }
    // an outage longer than the retry window loses nothing (issue 17): the row stays pending and counts as late
    Notification late = notifications.findAll().stream().filter(n -> n.getIdempotencyKey().equals("test:exhausted"))
        .findFirst().orElseThrow();
    assertThat(late.getStatus()).isEqualTo(Notification.Status.PENDING);
    assertThat(late.getAttempts()).isEqualTo(5);
    assertThat(notifications.countLate(3)).isPositive();
    assertThat(health.health().getDetails().get("late")).isEqualTo(1L);
    // the server is back: delivered once
    sender.sendDue();
    assertThat(received()).containsExactly("c@example.com | 您的投诉已受理（编号 TS-4）");
    assertThat(notifications.findById(late.getId()).orElseThrow().getStatus()).isEqualTo(Notification.Status.SENT);
  }

  @Test
  @DisplayName("R-NOT-1 a customer without e-mail: the acknowledgement is recorded as skipped, nothing is sent")
  void noAddressSkipped() {
    notificationService.toAddress("test:no-address", null, "complaint-acknowledgement",
        Map.of("customerName", "丁", "complaintNumber", "TS-5", "replyDue", "明天"), "TS-skip");
    sender.sendDue();
    Set<Notification.Status> statuses = new HashSet<>();
    notifications.findByReferenceOrderByIdAsc("TS-skip", org.springframework.data.domain.Pageable.unpaged())
        .forEach(n -> statuses.add(n.getStatus()));
    assertThat(statuses).containsExactly(Notification.Status.SKIPPED);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }
}
