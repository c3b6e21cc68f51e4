package com.example.csl.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 客户跟进情况登记表 (R-PRE-8): one follow-up with its action, outcome and intention change. */
@Entity
@Table(name = "csl_follow_up")
public class FollowUp {

  /** 跟进方式 (R-PRE-7). */
  public enum Action {
    PHONE_VISIT,
    ON_SITE_VISIT,
    MAILING,
    BID_DOCUMENT,
    TECHNICAL_CONSULTATION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long customerId;
  private LocalDate followUpDate;

  @Enumerated(EnumType.STRING)
  private Action action;

  private String performedBy;
  private String outcome;
  private String nextStep;

  @Enumerated(EnumType.STRING)
  private Intention intentionBefore;

  @Enumerated(EnumType.STRING)
  private Intention intentionAfter;

  private String taskId;
  private Instant createdAt;

  protected FollowUp() {}

  public FollowUp(Long customerId, LocalDate followUpDate, Action action, String performedBy, String outcome,
      String nextStep, Intention intentionBefore, Intention intentionAfter, String taskId, Instant createdAt) {
    this.customerId = customerId;
    this.followUpDate = followUpDate;
    this.action = action;
    this.performedBy = performedBy;
    this.outcome = outcome;
    this.nextStep = nextStep;
    this.intentionBefore = intentionBefore;
    this.intentionAfter = intentionAfter;
    this.taskId = taskId;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public LocalDate getFollowUpDate() {
    return followUpDate;
  }

  public Action getAction() {
    return action;
  }

  public String getPerformedBy() {
    return performedBy;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getNextStep() {
    return nextStep;
  }

  public Intention getIntentionBefore() {
    return intentionBefore;
  }

  public Intention getIntentionAfter() {
    return intentionAfter;
  }

  public String getTaskId() {
    return taskId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
