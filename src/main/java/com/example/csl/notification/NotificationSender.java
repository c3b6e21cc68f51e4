package com.example.csl.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due notifications from the outbox (R-NOT-1). Each attempt first leases its row in a
 * short transaction (so a second sender or a restart does not take it meanwhile), then sends, then
 * records the outcome. A transient failure (server down) is retried with exponential back-off capped at
 * {@code max-backoff}, for as long as it takes; only a permanent one (bad address, 5xx for the recipient)
 * ends in FAILED, which the health indicator shows and an operator can resend.
 * A row stored but not yet sent when the application stops is sent after the next start.
 */
@Component
public class NotificationSender {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
  private static final int BATCH = 50;

  private final NotificationRepository notifications;
  private final MailTransport transport;
  private final NotificationProperties properties;
  private final TransactionTemplate transactions;

  public NotificationSender(NotificationRepository notifications, MailTransport transport,
      NotificationProperties properties, PlatformTransactionManager transactionManager) {
    this.notifications = notifications;
    this.transport = transport;
    this.properties = properties;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** Sends what is due now; returns how many were delivered. */
  public int sendDue() {
    Instant now = Instant.now();
    List<Long> due = transactions.execute(status -> notifications.findDueIds(now, PageRequest.of(0, BATCH)));
    int delivered = 0;
    for (Long id : due) {
      Notification leased;
      try {
        leased = transactions.execute(status -> {
          Notification n = notifications.findById(id).orElse(null);
          if (n == null || n.getStatus() != Notification.Status.PENDING || n.getNextAttemptAt().isAfter(now)) {
            return null;
          }
          n.lease(now.plus(properties.getLease()));
          return notifications.saveAndFlush(n);
        });
      } catch (ObjectOptimisticLockingFailureException takenByAnotherSender) {
        continue;
      }
      if (leased == null) {
        continue;
      }
      try {
        transport.send(leased);
        record(id, n -> n.sent(Instant.now()));
        delivered++;
      } catch (MailTransport.PermanentFailure e) {
        LOG.warn("Notification {} failed permanently: {}", leased.getIdempotencyKey(), e.getMessage());
        record(id, n -> n.failedPermanently(e.getMessage()));
      } catch (Exception e) {
        // a transient failure (server down, timeout, 4xx reply) is retried for as long as it takes, at a capped
        // back-off (issue 17: never lose a notification); after max-attempts the row counts as late, which
        // health shows as DEGRADED and GET /api/notifications?late=true lists
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        Instant retryAt = Instant.now().plus(backoff(leased.getAttempts()));
        if (leased.getAttempts() == properties.getMaxAttempts()) {
          LOG.warn("Notification {} still not delivered after {} attempts, retrying until it is: {}", leased.getIdempotencyKey(),
              leased.getAttempts(), error);
        } else {
          LOG.info("Notification {} attempt {} failed, retry at {}: {}", leased.getIdempotencyKey(), leased.getAttempts(),
              retryAt, error);
        }
        record(id, n -> n.failedTransiently(error, retryAt));
      }
    }
    return delivered;
  }

  Duration backoff(int attempts) {
    Duration delay = properties.getBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
    return delay.compareTo(properties.getMaxBackoff()) > 0 ? properties.getMaxBackoff() : delay;
  }

  private void record(Long id, java.util.function.Consumer<Notification> change) {
    transactions.executeWithoutResult(status -> notifications.findById(id).ifPresent(change));
  }
}
