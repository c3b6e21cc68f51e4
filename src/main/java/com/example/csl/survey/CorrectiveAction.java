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

/** 纠正和预防措施处理单 (R-SAT-6, S3 3.3–3.4): issued to the responsible department, which records the action; the issuer checks it (accept, or send back with a reason). */
@Entity
@Table(name = "csl_capa")
public class CorrectiveAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String source;
  private Long roundId;
  private Long responseId;
  private Long customerId;
  /** The complaint the action was raised from (R-AS-13), if any. */
  private Long complaintId;
  private String department;
  private String problem;
  private String issuerGroup;
  private String status;
  private String action;
  private String actionBy;
  private Instant actionAt;
  private Integer sendBacks;
  private String lastSendBack;
  private String verifiedBy;
  private Instant closedAt;
  private String processInstanceId;
  private Instant createdAt;
  @Version
  private int version;

  public Long getId() { return id; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
  public Long getRoundId() { return roundId; }
  public void setRoundId(Long v) { roundId = v; }
  public Long getResponseId() { return responseId; }
  public void setResponseId(Long v) { responseId = v; }
  public Long getCustomerId() { return customerId; }
  public void setCustomerId(Long v) { customerId = v; }
  public String getDepartment() { return department; }
  public void setDepartment(String v) { department = v; }
  public String getProblem() { return problem; }
  public void setProblem(String v) { problem = v; }
  public String getIssuerGroup() { return issuerGroup; }
  public void setIssuerGroup(String v) { issuerGroup = v; }
  public String getStatus() { return status; }
  public void setStatus(String v) { status = v; }
  public String getAction() { return action; }
  public void setAction(String v) { action = v; }
  public String getActionBy() { return actionBy; }
  public void setActionBy(String v) { actionBy = v; }
  public Instant getActionAt() { return actionAt; }
  public void setActionAt(Instant v) { actionAt = v; }
  public Integer getSendBacks() { return sendBacks; }
  public void setSendBacks(Integer v) { sendBacks = v; }
  public String getLastSendBack() { return lastSendBack; }
  public void setLastSendBack(String v) { lastSendBack = v; }
  public String getVerifiedBy() { return verifiedBy; }
  public void setVerifiedBy(String v) { verifiedBy = v; }
  public Instant getClosedAt() { return closedAt; }
  public void setClosedAt(Instant v) { closedAt = v; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String v) { processInstanceId = v; }
  public Instant getCreatedAt() { return createdAt; }
  public void setCreatedAt(Instant v) { createdAt = v; }
  public Long getComplaintId() { return complaintId; }
  public void setComplaintId(Long complaintId) { this.complaintId = complaintId; }
}
