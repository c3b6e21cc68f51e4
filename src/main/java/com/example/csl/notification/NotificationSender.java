package com.example.csl.notification;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due notifications from the outbox (R-NOT-1, issues 16 and 17).
 *
 * <p>A sender claims a batch of due rows with one conditional update under a lease token of its own
 * (another node's sender, or this one after a restart, cannot take them meanwhile), sends the batch over
 * one SMTP connection while a heartbeat renews the lease every third of its length (a slow server never
 * lets the lease run out, so no second node sends the same row), and records each outcome at once, only
 * while the row is still leased to it. It goes on batch after batch until nothing is due.
 *
 * <p>A transient failure (server down, timeout, 4xx reply) is retried with exponential back-off capped at
 * {@code max-backoff}, for as long as it takes; only a permanent one (bad address, 5xx for the recipient)
 * ends in FAILED, which the health indicator shows and an operator can resend. A crash between the
 * server's acceptance and the record repeats the message with the same Message-ID.
 */
@Component
public class NotificationSender {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
  private static final int BATCH = 50;
  /** Batches per call at most, so one call never runs unbounded while new rows keep arriving. */
  private static final int MAX_BATCHES = 40;

  private final NotificationRepository notifications;
  private final MailTransport transport;
  private final NotificationProperties properties;
  private final TransactionTemplate transactions;
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "notification-lease");
    thread.setDaemon(true);
    return thread;
  });

  public NotificationSender(NotificationRepository notifications, MailTransport transport,
      NotificationProperties properties, PlatformTransactionManager transactionManager) {
    this.notifications = notifications;
    this.transport = transport;
    this.properties = properties;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @PreDestroy
  void stop() {
    heartbeat.shutdownNow();
  }

  /** Sends what is due now; returns how many were delivered. */
  public int sendDue() {
    int delivered = 0;
    for (int i = 0; i < MAX_BATCHES; i++) {
      String token = UUID.randomUUID().toString();
      List<Notification> batch = claim(token);
      if (batch.isEmpty()) {
        break;
      }
      delivered += send(token, batch);
      if (batch.size() < BATCH) {
        break;
      }
    }
    return delivered;
  }

  private List<Notification> claim(String token) {
    Instant now = Instant.now();
    return transactions.execute(status -> {
      List<Long> due = notifications.findDueIds(now, PageRequest.of(0, BATCH));
      if (due.isEmpty() || notifications.claim(due, token, now.plus(properties.getLease()), now) == 0) {
        return List.<Notification>of();
      }
      return notifications.findByLeaseTokenOrderByIdAsc(token);
    });
  }

  private int send(String token, List<Notification> batch) {
    long every = Math.max(properties.getLease().toMillis() / 3, 100);
    ScheduledFuture<?> renewal = heartbeat.scheduleAtFixedRate(() -> renew(token), every, every, TimeUnit.MILLISECONDS);
    int delivered = 0;
    try (MailTransport.Connection connection = transport.open()) {
      for (int i = 0; i < batch.size(); i++) {
        Notification n = batch.get(i);
        try {
          connection.send(n);
          record(n, () -> notifications.markSent(n.getId(), token, Instant.now()));
          delivered++;
        } catch (MailTransport.PermanentFailure e) {
          LOG.warn("Notification {} failed permanently: {}", n.getIdempotencyKey(), e.getMessage());
          record(n, () -> notifications.markFailed(n.getId(), token, Notification.truncate(e.getMessage())));
        } catch (Exception e) {
          // the server is down or does not answer: this row and the rest of the batch wait for the back-off
          String error = Notification.truncate(e.getClass().getSimpleName() + ": " + e.getMessage());
          for (Notification rest : batch.subList(i, batch.size())) {
            retryLater(token, rest, error);
          }
          break;
        }
      }
    } finally {
      renewal.cancel(false);
    }
    return delivered;
  }

  private void retryLater(String token, Notification n, String error) {
    // issue 17: never lose a notification — after max-attempts the row counts as late (health DEGRADED,
    // GET /api/notifications?late=true), and it is still retried
    Instant retryAt = Instant.now().plus(backoff(n.getAttempts()));
    if (n.getAttempts() == properties.getMaxAttempts()) {
      LOG.warn("Notification {} still not delivered after {} attempts, retrying until it is: {}", n.getIdempotencyKey(),
          n.getAttempts(), error);
    } else {
      LOG.info("Notification {} attempt {} failed, retry at {}: {}", n.getIdempotencyKey(), n.getAttempts(), retryAt, error);
    }
    record(n, () -> notifications.markRetry(n.getId(), token, error, retryAt));
  }

  /** Records an outcome in a transaction of its own; a row no longer leased to this sender is left alone. */
  private void record(Notification n, java.util.function.IntSupplier update) {
    Integer changed = transactions.execute(status -> update.getAsInt());
    if (changed == null || changed == 0) {
      LOG.warn("Notification {}: the lease was lost before its outcome was recorded", n.getIdempotencyKey());
    }
  }

  private void renew(String token) {
    try {
      transactions.executeWithoutResult(status -> notifications.renew(token, Instant.now().plus(properties.getLease())));
    } catch (RuntimeException e) {
      LOG.warn("Lease {} not renewed: {}", token, e.getMessage());
    }
  }

  Duration backoff(int attempts) {
    Duration delay = properties.getBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
    return delay.compareTo(properties.getMaxBackoff()) > 0 ? properties.getMaxBackoff() : delay;
  }
}
