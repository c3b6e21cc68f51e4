package com.example.csl.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** 客户回访 of a sampled customer with a closed complaint or repair (R-SAT-7): the feedback and how it was handled; every one must be handled before the round closes. */
@Entity
@Table(name = "csl_survey_callback")
public class SurveyCallback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long roundId;
  private Long customerId;
  private String source;
  private String reference;
  private String status;
  private String feedback;
  private Boolean needsHandling;
  private String handling;
  private String calledBy;
  private Instant calledAt;
  @Version
  private int version;

  public Long getId() { return id; }
  public Long getRoundId() { return roundId; }
  public void setRoundId(Long v) { roundId = v; }
  public Long getCustomerId() { return customerId; }
  public void setCustomerId(Long v) { customerId = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
  public String getReference() { return reference; }
  public void setReference(String v) { reference = v; }
  public String getStatus() { return status; }
  public void setStatus(String v) { status = v; }
  public String getFeedback() { return feedback; }
  public void setFeedback(String v) { feedback = v; }
  public Boolean getNeedsHandling() { return needsHandling; }
  public void setNeedsHandling(Boolean v) { needsHandling = v; }
  public String getHandling() { return handling; }
  public void setHandling(String v) { handling = v; }
  public String getCalledBy() { return calledBy; }
  public void setCalledBy(String v) { calledBy = v; }
  public Instant getCalledAt() { return calledAt; }
  public void setCalledAt(Instant v) { calledAt = v; }
}
