package com.example.csl.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByIdempotencyKey(String idempotencyKey);

  java.util.Optional<Notification> findByIdempotencyKey(String idempotencyKey);

  @Query("select n.id from Notification n where n.status = com.example.csl.notification.Notification.Status.PENDING "
      + "and n.nextAttemptAt <= :now order by n.id")
  List<Long> findDueIds(@Param("now") Instant now, Pageable page);

  /**
   * Leases the due rows among {@code ids} to {@code token} in one statement: a row another sender claimed
   * meanwhile is no longer due when this update gets its lock, so it is not claimed twice (issues 16, 17).
   */
  @Modifying
  @Query("update Notification n set n.leaseToken = :token, n.nextAttemptAt = :until, n.attempts = n.attempts + 1, "
      + "n.version = n.version + 1 where n.id in :ids "
      + "and n.status = com.example.csl.notification.Notification.Status.PENDING and n.nextAttemptAt <= :now")
  int claim(@Param("ids") List<Long> ids, @Param("token") String token, @Param("until") Instant until,
      @Param("now") Instant now);

  List<Notification> findByLeaseTokenOrderByIdAsc(String token);

  /** Extends the lease of the rows still being sent under {@code token}. */
  @Modifying
  @Query("update Notification n set n.nextAttemptAt = :until, n.version = n.version + 1 where n.leaseToken = :token "
      + "and n.status = com.example.csl.notification.Notification.Status.PENDING")
  int renew(@Param("token") String token, @Param("until") Instant until);

  @Modifying
  @Query("update Notification n set n.status = com.example.csl.notification.Notification.Status.SENT, n.sentAt = :at, "
      + "n.lastError = null, n.leaseToken = null, n.version = n.version + 1 where n.id = :id and n.leaseToken = :token")
  int markSent(@Param("id") long id, @Param("token") String token, @Param("at") Instant at);

  @Modifying
  @Query("update Notification n set n.status = com.example.csl.notification.Notification.Status.FAILED, "
      + "n.lastError = :error, n.leaseToken = null, n.version = n.version + 1 where n.id = :id and n.leaseToken = :token")
  int markFailed(@Param("id") long id, @Param("token") String token, @Param("error") String error);

  @Modifying
  @Query("update Notification n set n.nextAttemptAt = :retryAt, n.lastError = :error, n.leaseToken = null, "
      + "n.version = n.version + 1 where n.id = :id and n.leaseToken = :token")
  int markRetry(@Param("id") long id, @Param("token") String token, @Param("error") String error,
      @Param("retryAt") Instant retryAt);

  Page<Notification> findByReferenceOrderByIdAsc(String reference, Pageable page);

  long countByStatus(Notification.Status status);

  Page<Notification> findByStatusOrderByIdAsc(Notification.Status status, Pageable page);

  /** Late: still pending after at least {@code attempts} failed attempts (a long outage). */
  @Query("select n from Notification n where n.status = com.example.csl.notification.Notification.Status.PENDING "
      + "and n.attempts >= :attempts order by n.id")
  Page<Notification> findLate(@Param("attempts") int attempts, Pageable page);

  @Query("select count(n) from Notification n where n.status = com.example.csl.notification.Notification.Status.PENDING "
      + "and n.attempts >= :attempts")
  long countLate(@Param("attempts") int attempts);
}
