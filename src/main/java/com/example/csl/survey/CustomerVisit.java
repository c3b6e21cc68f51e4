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

/** 《顾客走访记录表》: one planned visit and its record (R-SAT-8, S3 五.6.4). */
@Entity
@Table(name = "csl_customer_visit")
public class CustomerVisit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long planId;
  private Long customerId;
  /** A major complaint's visit (S3 五.6.3) names the complaint and has no plan. */
  private Long complaintId;
  /** VISIT (走访) or OTHER (其他方式的特别调查). */
  private String visitMethod;
  private String status;
  private LocalDate visitedOn;
  private String visitors;
  private String customerParticipants;
  private String findings;
  private String recordedBy;
  private Instant recordedAt;
  @Version
  private int version;

  public Long getId() { return id; }
  public Long getPlanId() { return planId; }
  public void setPlanId(Long v) { planId = v; }
  public Long getCustomerId() { return customerId; }
  public void setCustomerId(Long v) { customerId = v; }
  public String getStatus() { return status; }
  public void setStatus(String v) { status = v; }
  public LocalDate getVisitedOn() { return visitedOn; }
  public void setVisitedOn(LocalDate v) { visitedOn = v; }
  public String getVisitors() { return visitors; }
  public void setVisitors(String v) { visitors = v; }
  public String getCustomerParticipants() { return customerParticipants; }
  public void setCustomerParticipants(String v) { customerParticipants = v; }
  public String getFindings() { return findings; }
  public void setFindings(String v) { findings = v; }
  public String getRecordedBy() { return recordedBy; }
  public void setRecordedBy(String v) { recordedBy = v; }
  public Instant getRecordedAt() { return recordedAt; }
  public void setRecordedAt(Instant v) { recordedAt = v; }
  public Long getComplaintId() { return complaintId; }
  public void setComplaintId(Long complaintId) { this.complaintId = complaintId; }
  public String getVisitMethod() { return visitMethod; }
  public void setVisitMethod(String visitMethod) { this.visitMethod = visitMethod; }
}
