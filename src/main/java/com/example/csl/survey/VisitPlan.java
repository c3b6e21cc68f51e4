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

/** 年度《走访计划》 for key and general customers, approved by the general manager (R-SAT-8, S3 五.6). */
@Entity
@Table(name = "csl_visit_plan")
public class VisitPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Integer planYear;
  private String planText;
  private LocalDate visitBy;
  private String status;
  private String draftedBy;
  private String approvedBy;
  private Instant approvedAt;
  private String lastRejection;
  private String processInstanceId;
  @Version
  private int version;

  public Long getId() { return id; }
  public Integer getPlanYear() { return planYear; }
  public void setPlanYear(Integer v) { planYear = v; }
  public String getPlanText() { return planText; }
  public void setPlanText(String v) { planText = v; }
  public LocalDate getVisitBy() { return visitBy; }
  public void setVisitBy(LocalDate v) { visitBy = v; }
  public String getStatus() { return status; }
  public void setStatus(String v) { status = v; }
  public String getDraftedBy() { return draftedBy; }
  public void setDraftedBy(String v) { draftedBy = v; }
  public String getApprovedBy() { return approvedBy; }
  public void setApprovedBy(String v) { approvedBy = v; }
  public Instant getApprovedAt() { return approvedAt; }
  public void setApprovedAt(Instant v) { approvedAt = v; }
  public String getLastRejection() { return lastRejection; }
  public void setLastRejection(String v) { lastRejection = v; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String v) { processInstanceId = v; }
}
