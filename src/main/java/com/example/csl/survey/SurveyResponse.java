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

/** 《顾客满意度调查表》 of one customer in a round (R-SAT-2, R-SAT-3): item scores, total, band, reason of dissatisfaction, and the cs-manager's revisit of a severely dissatisfied customer (R-SAT-7). */
@Entity
@Table(name = "csl_survey_response")
public class SurveyResponse {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long roundId;
  private Long customerId;
  private String selectionReason;
  private String status;
  private String channel;
  private String itemScores;
  private BigDecimal totalScore;
  private String band;
  private String dissatisfactionReason;
  private String dissatisfactionDetail;
  private String answeredBy;
  private Instant answeredAt;
  private String revisitResult;
  private String revisitedBy;
  private Instant revisitedAt;
  @Version
  private int version;

  public Long getId() { return id; }
  public Long getRoundId() { return roundId; }
  public void setRoundId(Long v) { roundId = v; }
  public Long getCustomerId() { return customerId; }
  public void setCustomerId(Long v) { customerId = v; }
  public String getSelectionReason() { return selectionReason; }
  public void setSelectionReason(String v) { selectionReason = v; }
  public String getStatus() { return status; }
  public void setStatus(String v) { status = v; }
  public String getChannel() { return channel; }
  public void setChannel(String v) { channel = v; }
  public String getItemScores() { return itemScores; }
  public void setItemScores(String v) { itemScores = v; }
  public BigDecimal getTotalScore() { return totalScore; }
  public void setTotalScore(BigDecimal v) { totalScore = v; }
  public String getBand() { return band; }
  public void setBand(String v) { band = v; }
  public String getDissatisfactionReason() { return dissatisfactionReason; }
  public void setDissatisfactionReason(String v) { dissatisfactionReason = v; }
  public String getDissatisfactionDetail() { return dissatisfactionDetail; }
  public void setDissatisfactionDetail(String v) { dissatisfactionDetail = v; }
  public String getAnsweredBy() { return answeredBy; }
  public void setAnsweredBy(String v) { answeredBy = v; }
  public Instant getAnsweredAt() { return answeredAt; }
  public void setAnsweredAt(Instant v) { answeredAt = v; }
  public String getRevisitResult() { return revisitResult; }
  public void setRevisitResult(String v) { revisitResult = v; }
  public String getRevisitedBy() { return revisitedBy; }
  public void setRevisitedBy(String v) { revisitedBy = v; }
  public Instant getRevisitedAt() { return revisitedAt; }
  public void setRevisitedAt(Instant v) { revisitedAt = v; }
}
