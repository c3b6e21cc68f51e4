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

/** 一期顾客满意度调查 (R-SAT-1, R-SAT-4, R-SAT-5): who was selected, the reply deadline, and after evaluation the response rate, averages per item, bands, reasons, the targets and whether the round fell below them. */
@Entity
@Table(name = "csl_survey_round")
public class SurveyRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String label;
  private String period;
  private String status;
  private String startedBy;
  private Instant startedAt;
  private Instant replyDue;
  private BigDecimal generalShare;
  private BigDecimal callbackShare;
  private Integer selectedCount;
  private Integer respondedCount;
  private BigDecimal responseRate;
  @Column(name = "valid_round")
  private Boolean validRound;
  private BigDecimal averageScore;
  private String itemAverages;
  private String bandCounts;
  private String reasonCounts;
  private Boolean belowTarget;
  private String targets;
  private String reviewConclusion;
  private String reviewedBy;
  private Instant evaluatedAt;
  private Instant closedAt;
  private String processInstanceId;
  @Version
  private int version;

  public Long getId() { return id; }
  public String getLabel() { return label; }
  public void setLabel(String v) { label = v; }
  public String getPeriod() { return period; }
  public void setPeriod(String v) { period = v; }
  public String getStatus() { return status; }
  public void setStatus(String v) { status = v; }
  public String getStartedBy() { return startedBy; }
  public void setStartedBy(String v) { startedBy = v; }
  public Instant getStartedAt() { return startedAt; }
  public void setStartedAt(Instant v) { startedAt = v; }
  public Instant getReplyDue() { return replyDue; }
  public void setReplyDue(Instant v) { replyDue = v; }
  public BigDecimal getGeneralShare() { return generalShare; }
  public void setGeneralShare(BigDecimal v) { generalShare = v; }
  public BigDecimal getCallbackShare() { return callbackShare; }
  public void setCallbackShare(BigDecimal v) { callbackShare = v; }
  public Integer getSelectedCount() { return selectedCount; }
  public void setSelectedCount(Integer v) { selectedCount = v; }
  public Integer getRespondedCount() { return respondedCount; }
  public void setRespondedCount(Integer v) { respondedCount = v; }
  public BigDecimal getResponseRate() { return responseRate; }
  public void setResponseRate(BigDecimal v) { responseRate = v; }
  public Boolean getValidRound() { return validRound; }
  public void setValidRound(Boolean v) { validRound = v; }
  public BigDecimal getAverageScore() { return averageScore; }
  public void setAverageScore(BigDecimal v) { averageScore = v; }
  public String getItemAverages() { return itemAverages; }
  public void setItemAverages(String v) { itemAverages = v; }
  public String getBandCounts() { return bandCounts; }
  public void setBandCounts(String v) { bandCounts = v; }
  public String getReasonCounts() { return reasonCounts; }
  public void setReasonCounts(String v) { reasonCounts = v; }
  public Boolean getBelowTarget() { return belowTarget; }
  public void setBelowTarget(Boolean v) { belowTarget = v; }
  public String getTargets() { return targets; }
  public void setTargets(String v) { targets = v; }
  public String getReviewConclusion() { return reviewConclusion; }
  public void setReviewConclusion(String v) { reviewConclusion = v; }
  public String getReviewedBy() { return reviewedBy; }
  public void setReviewedBy(String v) { reviewedBy = v; }
  public Instant getEvaluatedAt() { return evaluatedAt; }
  public void setEvaluatedAt(Instant v) { evaluatedAt = v; }
  public Instant getClosedAt() { return closedAt; }
  public void setClosedAt(Instant v) { closedAt = v; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String v) { processInstanceId = v; }
}
