package com.example.csl.notification;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * R-NOT-1: notifications that exhausted their retries (or had a bad address) make
 * {@code /actuator/health} report {@code notifications: DEGRADED} until an operator deals with them.
 */
@Component("notifications")
public class NotificationHealthIndicator implements HealthIndicator {

  public static final Status DEGRADED = new Status("DEGRADED", "notifications failed; see GET /api/notifications");

  private final NotificationRepository notifications;
  private final MailTransport transport;

  public NotificationHealthIndicator(NotificationRepository notifications, MailTransport transport) {
    this.notifications = notifications;
    this.transport = transport;
  }

  @Override
  public Health health() {
    long failed = notifications.countByStatus(Notification.Status.FAILED);
    long pending = notifications.countByStatus(Notification.Status.PENDING);
    Health.Builder builder = failed > 0 ? Health.status(DEGRADED) : Health.up();
    return builder.withDetail("failed", failed).withDetail("pending", pending)
        .withDetail("transport", transport.isSmtp() ? "smtp" : "log").build();
  }
}
