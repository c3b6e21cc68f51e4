package com.example.csl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.Intention;
import com.example.csl.notification.DueSoonNotifier;
import com.example.csl.notification.MailTransport;
import com.example.csl.notification.Notification;
import com.example.csl.notification.NotificationProperties;
import com.example.csl.notification.NotificationRepository;
import com.example.csl.notification.NotificationSender;
import com.example.csl.notification.NotificationService;
import com.example.csl.support.Http;
import com.example.csl.support.SlowSmtp;
import com.example.csl.support.TestPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Issue 17 on PostgreSQL (part of the PostgreSQL suite in mvn verify): a slow SMTP server and two senders
 * (lease renewal: one delivery per notification), a server that accepts and never greets (timeouts; health
 * keeps answering), an outage longer than the retry window (late, then delivered once), overlapping due-soon
 * scans (no error, once each), a period's due date during downtime (made up once), and the database going
 * away (health 503 at once, 200 when it is back).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.process-engine-name=reliability",
    "csl.notification.lease=PT0.6S", "csl.notification.backoff=PT0S", "csl.notification.max-attempts=3",
    "spring.mail.properties.mail.smtp.connectiontimeout=3000", "spring.mail.properties.mail.smtp.timeout=3000",
    "spring.mail.properties.mail.smtp.writetimeout=3000"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityPostgresIT {

  static final String DATABASE = "csl_it_reliability";
  static final SlowSmtp SMTP;

  static {
    try {
      SMTP = new SlowSmtp(Duration.ZERO);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, DATABASE);
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", SMTP::port);
  }

  @AfterAll
  static void stopSmtp() throws IOException {
    SMTP.close();
  }

  @LocalServerPort int port;
  @Autowired NotificationSender sender;
  @Autowired NotificationService notificationService;
  @Autowired NotificationRepository notifications;
  @Autowired NotificationProperties properties;
  @Autowired MailTransport transport;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired DueSoonNotifier dueSoon;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired CustomerRepository customers;

  @AfterEach
  void reset() {
    SMTP.greetingDelay(Duration.ZERO);
    SMTP.down(false);
    ClockUtil.reset();
  }

  private List<Long> store(String prefix, int count) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String key = prefix + ":" + i;
      notificationService.toAddress(key, "ops" + i + "@example.com", "complaint-acknowledgement",
          Map.of("customerName", "甲", "complaintNumber", "TS-" + prefix + "-" + i, "replyDue", "明天"), "TS-" + prefix);
      ids.add(notifications.findByIdempotencyKey(key).orElseThrow().getId());
    }
    return ids;
  }

  private Notification row(long id) {
    return notifications.findById(id).orElseThrow();
  }

  @Test
  @Order(1)
  @DisplayName("issue 17 a slow server (1.5 s per connection, lease 0.6 s) and a second node's sender: each notification delivered once")
  void slowServerTwoSenders() throws Exception {
    List<Long> ids = store("slow", 5);
    int before = SMTP.messageIds().size();
    SMTP.greetingDelay(Duration.ofMillis(1500));
    NotificationSender otherNode = new NotificationSender(notifications, transport, properties, transactionManager);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = pool.submit(sender::sendDue);
      Future<Integer> second = pool.submit(() -> {
        int sent = 0;
        long until = System.currentTimeMillis() + 2500;
        Thread.sleep(200);
        while (System.currentTimeMillis() < until) {
          sent += otherNode.sendDue(); // the lease is long expired by the clock, but renewed: nothing to claim
          Thread.sleep(100);
        }
        return sent;
      });
      assertThat(first.get(20, TimeUnit.SECONDS) + second.get(20, TimeUnit.SECONDS)).isEqualTo(5);
    } finally {
      pool.shutdownNow();
      otherNode.sendDue(); // nothing left
    }
    List<String> delivered = SMTP.messageIds().subList(before, SMTP.messageIds().size());
    assertThat(delivered).hasSize(5).doesNotHaveDuplicates();
    assertThat(ids).allMatch(id -> row(id).getStatus() == Notification.Status.SENT && row(id).getAttempts() == 1);
  }

  @Test
  @Order(2)
  @DisplayName("issue 17 a server that accepts and never greets: the sender gives up after its read timeout, health answers meanwhile, delivery follows once the server works")
  void stalledServer() throws Exception {
    List<Long> ids = store("stalled", 2);
    int before = SMTP.messageIds().size();
    SMTP.greetingDelay(Duration.ofDays(1));
    CompletableFuture<Integer> sending = CompletableFuture.supplyAsync(sender::sendDue);
    Thread.sleep(500);
    long asked = System.nanoTime();
    Http.Response health = Http.anonymous(port).get("/actuator/health");
    assertThat(health.status()).as(health.body()).isEqualTo(200);
    assertThat((System.nanoTime() - asked) / 1_000_000).as("health does not wait on the mail server").isLessThan(2000);
    assertThat(sending.get(15, TimeUnit.SECONDS)).isZero();
    assertThat(ids).allMatch(id -> row(id).getStatus() == Notification.Status.PENDING && row(id).getLastError() != null
        && row(id).getLeaseToken() == null);
    SMTP.greetingDelay(Duration.ZERO);
    assertThat(sender.sendDue()).isEqualTo(2);
    assertThat(SMTP.messageIds().subList(before, SMTP.messageIds().size())).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  @Order(3)
  @DisplayName("issue 17 R-NOT-1 an outage longer than the retry window: the row stays pending and late (health DEGRADED, 200), then is delivered once")
  void outageLongerThanRetryWindow() {
    List<Long> ids = store("outage", 1);
    int before = SMTP.messageIds().size();
    SMTP.down(true);
    for (int i = 0; i < 5; i++) {
      assertThat(sender.sendDue()).isZero();
    }
    Notification late = row(ids.get(0));
    assertThat(late.getStatus()).isEqualTo(Notification.Status.PENDING);
    assertThat(late.getAttempts()).isEqualTo(5);
    Http.Response health = Http.anonymous(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("components").path("notifications").path("status").asText()).isEqualTo("DEGRADED");
    SMTP.down(false);
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    assertThat(SMTP.messageIds().subList(before, SMTP.messageIds().size())).hasSize(1);
    assertThat(row(ids.get(0)).getStatus()).isEqualTo(Notification.Status.SENT);
  }

  @Test
  @Order(4)
  @DisplayName("issue 17 R-NOT-1 two nodes' due-soon scans at the same time: no error, each task announced once per person")
  void overlappingDueSoonScans() throws Exception {
    repositoryService.createDeployment().addModelInstance("due-soon-fixture.bpmn",
        Bpmn.createExecutableProcess("due-soon-fixture").name("到期测试").camundaHistoryTimeToLive(1)
            .startEvent("Start").name("开始")
            .userTask("Task_Due").name("即将到期的任务").camundaCandidateGroups("customer-service").camundaDueDate("${dueAt}")
            .endEvent("End").name("结束").done()).deploy();
    for (int i = 0; i < 20; i++) {
      runtimeService.startProcessInstanceByKey("due-soon-fixture", Map.of("dueAt", Date.from(Instant.now().plusSeconds(3600))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a = pool.submit(dueSoon::notifyDueSoon);
      Future<Integer> b = pool.submit(dueSoon::notifyDueSoon);
      int announced = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
      assertThat(announced).as("one scan did the work, the other skipped or found it done").isGreaterThanOrEqualTo(20);
    } finally {
      pool.shutdownNow();
    }
    dueSoon.notifyDueSoon(); // a later scan adds nothing
    List<String> keys = notifications.findAll().stream().map(Notification::getIdempotencyKey)
        .filter(k -> k.startsWith("due-soon:")).toList();
    assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
    assertThat(keys.stream().map(k -> k.substring(0, k.lastIndexOf(':'))).distinct().count()).isEqualTo(20);
  }

  @Test
  @Order(5)
  @DisplayName("issue 17 R-SAT-1 a period's first day spent down (1 December): the round is made up on the next check, once")
  void periodCaughtUp() {
    Customer c = new Customer();
    c.setName("调查客户-" + System.nanoTime());
    c.setContactPerson("郑女士");
    c.setPhone("1360000" + String.format("%04d", (int) (Math.random() * 10000)));
    c.setIntention(Intention.STRONG);
    c.setChannel("API");
    c.setKeyCustomer(true);
    c.setRegisteredAt(Instant.now());
    customers.save(c);
    runDailyCheck("Start_Scheduled", "2027-11-30T09:00:00+08:00");
    long afterNovember = runtimeService.createProcessInstanceQuery().processDefinitionKey("satisfaction-survey").count();
    runDailyCheck("Start_Scheduled", "2027-12-02T09:00:00+08:00");
    runDailyCheck("Start_Scheduled", "2027-12-03T09:00:00+08:00");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("satisfaction-survey").count())
        .isEqualTo(afterNovember + 1);
  }

  private void runDailyCheck(String activityId, String isoInstant) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(isoInstant).toInstant()));
    Job timer = managementService.createJobQuery().activityId(activityId).singleResult();
    managementService.executeJob(timer.getId());
  }

  @Test
  @Order(6)
  @DisplayName("issue 17 the database goes away: health answers 503 promptly (not 500); back: 200")
  void databaseDown() throws Exception {
    try (Connection admin = TestPostgres.adminConnection(); Statement statement = admin.createStatement()) {
      statement.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
      statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
      try {
        long asked = System.nanoTime();
        Http.Response down = Http.anonymous(port).get("/actuator/health");
        long took = (System.nanoTime() - asked) / 1_000_000;
        assertThat(down.status()).as(down.body()).isEqualTo(503);
        assertThat(down.json().path("status").asText()).isEqualTo("DOWN");
        assertThat(took).as("answered within the pool's connection timeout, not after minutes").isLessThan(15_000);
        assertThat(Http.anonymous(port).get("/actuator/health/readiness").status()).isEqualTo(503);
        assertThat(Http.anonymous(port).get("/actuator/health/liveness").status()).isEqualTo(200);
      } finally {
        statement.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
      }
    }
    // the pool opens new connections as soon as the database takes them again
    Http.Response back = Http.anonymous(port).get("/actuator/health");
    for (int i = 0; i < 20 && back.status() != 200; i++) {
      Thread.sleep(500);
      back = Http.anonymous(port).get("/actuator/health");
    }
    assertThat(back.status()).as(back.body()).isEqualTo(200);
  }
}
