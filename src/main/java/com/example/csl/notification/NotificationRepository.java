package com.example.csl.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByIdempotencyKey(String idempotencyKey);

  java.util.Optional<Notification> findByIdempotencyKey(String idempotencyKey);

  @Query("select n.id from Notification n where n.status = com.example.csl.notification.Notification.Status.PENDING "
      + "and n.nextAttemptAt <= :now order by n.id")
  List<Long> findDueIds(@Param("now") Instant now, Pageable page);

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
