package com.example.csl.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 17: an operator sees failed mail and resends it; the resend is recorded. */
@CslSpringTest
class NotificationResendTest {

  @LocalServerPort int port;
  @Autowired NotificationService notificationService;
  @Autowired NotificationRepository notifications;
  @Autowired javax.sql.DataSource dataSource;

  @Test
  @DisplayName("R-NOT-1 failed notifications are listed; a customer service manager resends one, recorded; others may not")
  void resend() {
    notificationService.toAddress("test:resend", "qian@customer.example", "complaint-acknowledgement",
        Map.of("customerName", "钱", "complaintNumber", "TS-R", "replyDue", "明天"), "TS-resend");
    Notification row = notifications.findAll().stream().filter(n -> n.getIdempotencyKey().equals("test:resend")).findFirst().orElseThrow();
    row.failedPermanently("550 mailbox unavailable");
    notifications.save(row);

    Http.Response failed = Http.as(port, "lina").get("/api/notifications?status=FAILED");
    assertThat(failed.status()).as(failed.body()).isEqualTo(200);
    assertThat(failed.body()).contains("TS-resend").contains("550 mailbox unavailable").contains("发送失败");
    assertThat(failed.json().path("canResend").asBoolean()).isTrue();
    assertThat(Http.as(port, "zhangwei").get("/api/notifications?status=FAILED").json().path("canResend").asBoolean())
        .as("customer service reads the outbox, only its manager resends").isFalse();
    assertThat(Http.as(port, "zhangwei").post("/api/notifications/" + row.getId() + "/resend", Map.of()).status()).isEqualTo(403);
    Http.Response resent = Http.as(port, "lina").post("/api/notifications/" + row.getId() + "/resend", Map.of());
    assertThat(resent.status()).as(resent.body()).isEqualTo(200);
    assertThat(resent.json().path("status").asText()).isEqualTo("PENDING");
    assertThat(resent.json().path("resentBy").asText()).isEqualTo("lina");
    Notification after = notifications.findById(row.getId()).orElseThrow();
    assertThat(after.getResendCount()).isEqualTo(1);
    assertThat(after.getNextAttemptAt()).isBeforeOrEqualTo(Instant.now());
    // a pending notification cannot be "resent" again
    assertThat(Http.as(port, "lina").post("/api/notifications/" + row.getId() + "/resend", Map.of()).status()).isEqualTo(409);
    assertThat(Http.as(port, "lina").get("/api/notifications").status()).isEqualTo(400);
    // a late notification (pending after max-attempts, e.g. during a mail outage) may be sent at once
    notificationService.toAddress("test:late", "late@customer.example", "complaint-acknowledgement",
        Map.of("customerName", "钱", "complaintNumber", "TS-L", "replyDue", "明天"), "TS-late");
    new org.springframework.jdbc.core.JdbcTemplate(dataSource).update(
        "update csl_notification set attempts = 9, next_attempt_at = ? where idempotency_key = 'test:late'",
        java.sql.Timestamp.from(Instant.now().plusSeconds(1800)));
    long lateId = notifications.findByIdempotencyKey("test:late").orElseThrow().getId();
    Http.Response late = Http.as(port, "lina").get("/api/notifications?late=true");
    assertThat(late.body()).contains("TS-late").contains("延迟未送达");
    Http.Response now = Http.as(port, "lina").post("/api/notifications/" + lateId + "/resend", Map.of());
    assertThat(now.status()).as(now.body()).isEqualTo(200);
    assertThat(notifications.findById(lateId).orElseThrow().getNextAttemptAt()).isBeforeOrEqualTo(Instant.now());
  }
}
