package com.example.csl.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a customer's grade history: the DMN result, a review, or a re-grade (R-PRE-3, R-PRE-4, R-PRE-8). */
@Entity
@Table(name = "csl_grade_change")
public class GradeChange {

  /** What caused the change. */
  public enum Source {
    DECISION,
    REVIEW_CONFIRMED,
    REVIEW_OVERRIDDEN,
    FOLLOW_UP,
    /** marketing's monthly review proposed it (R-PRE-13) */
    MONTHLY_REVIEW,
    /** the yearly key-customer determination (R-ARC-5) */
    KEY_ACCOUNT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long customerId;
  private String gradeBefore;
  private String grade;
  private boolean keyCustomer;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Source source;

  private String reason;
  private String changedBy;
  private Instant changedAt;

  protected GradeChange() {}

  public GradeChange(Long customerId, String gradeBefore, String grade, boolean keyCustomer, Source source,
      String reason, String changedBy, Instant changedAt) {
    this.customerId = customerId;
    this.gradeBefore = gradeBefore;
    this.grade = grade;
    this.keyCustomer = keyCustomer;
    this.source = source;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getGradeBefore() {
    return gradeBefore;
  }

  public String getGrade() {
    return grade;
  }

  public boolean isKeyCustomer() {
    return keyCustomer;
  }

  public Source getSource() {
    return source;
  }

  public String getReason() {
    return reason;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
