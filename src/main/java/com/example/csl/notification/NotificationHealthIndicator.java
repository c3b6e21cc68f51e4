package com.example.csl.notification;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * R-NOT-1: notifications that exhausted their retries (or had a bad address) make
 * {@code /actuator/health} report {@code notifications: DEGRADED} until an operator deals with them.
 */
@Component("notifications")
public class NotificationHealthIndicator extends AbstractHealthIndicator {

  public static final Status DEGRADED = new Status("DEGRADED", "notifications failed; see GET /api/notifications");

  private final NotificationRepository notifications;
  private final MailTransport transport;
  private final NotificationProperties properties;

  public NotificationHealthIndicator(NotificationRepository notifications, MailTransport transport,
      NotificationProperties properties) {
    super("notifications not readable (database unavailable?)");
    this.notifications = notifications;
    this.transport = transport;
    this.properties = properties;
  }

  /** A database that does not answer makes this DOWN (never an exception, so health answers 503, not 500). */
  @Override
  protected void doHealthCheck(Health.Builder builder) {
    long failed = notifications.countByStatus(Notification.Status.FAILED);
    long late = notifications.countLate(properties.getMaxAttempts());
    long pending = notifications.countByStatus(Notification.Status.PENDING);
    (failed > 0 || late > 0 ? builder.status(DEGRADED) : builder.up()).withDetail("failed", failed).withDetail("late", late)
        .withDetail("pending", pending)
        .withDetail("transport", transport.isSmtp() ? "smtp" : "log");
  }
}
