package com.example.csl.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One notification in the outbox (R-NOT-1). */
@Entity
@Table(name = "csl_notification")
public class Notification {

  /** Delivery state. */
  public enum Status {
    /** waiting to be sent (again at nextAttemptAt) */
    PENDING,
    /** delivered to the mail server */
    SENT,
    /** retries exhausted or a permanent error (bad address): needs an operator */
    FAILED,
    /** nothing to send to (e.g. the customer has no e-mail address); kept for the record */
    SKIPPED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String idempotencyKey;
  private String channel = "EMAIL";
  private String recipient;
  private String template;
  private String subject;
  private String body;
  private String reference;

  @Enumerated(EnumType.STRING)
  private Status status = Status.PENDING;

  private int attempts;
  private Instant nextAttemptAt;
  private String lastError;
  private Instant createdAt;
  private Instant sentAt;
  private String resentBy;
  private Instant resentAt;
  private int resendCount;
  /** The sender's lease on this row while it is being delivered (issue 17); null otherwise. */
  private String leaseToken;

  @Version
  @Column(nullable = false)
  private int version;

  protected Notification() {}

  public Notification(String idempotencyKey, String recipient, String template, String subject, String body,
      String reference, Instant now) {
    this.idempotencyKey = idempotencyKey;
    this.recipient = recipient;
    this.template = template;
    this.subject = subject;
    this.body = body;
    this.reference = reference;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public Long getId() { return id; }
  public String getIdempotencyKey() { return idempotencyKey; }
  public String getChannel() { return channel; }
  public String getRecipient() { return recipient; }
  public String getTemplate() { return template; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public String getReference() { return reference; }
  public Status getStatus() { return status; }
  public int getAttempts() { return attempts; }
  public Instant getNextAttemptAt() { return nextAttemptAt; }
  public String getLastError() { return lastError; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getSentAt() { return sentAt; }

  void failedPermanently(String error) {
    status = Status.FAILED;
    lastError = truncate(error);
  }

  /** An operator sends a failed notification again (issue 17): pending at once, the resend recorded. */
  void resend(String by, Instant at) {
    status = Status.PENDING;
    leaseToken = null;
    attempts = 0;
    nextAttemptAt = at;
    resentBy = by;
    resentAt = at;
    resendCount++;
  }

  public String getResentBy() { return resentBy; }
  public Instant getResentAt() { return resentAt; }
  public int getResendCount() { return resendCount; }
  public String getLeaseToken() { return leaseToken; }

  void skipped(String reason) {
    status = Status.SKIPPED;
    lastError = truncate(reason);
  }

  static String truncate(String text) {
    return text == null ? null : text.length() > 1000 ? text.substring(0, 1000) : text;
  }
}
