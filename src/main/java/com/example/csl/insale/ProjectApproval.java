package com.example.csl.insale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One level's decision in an approval chain: evaluation, plan (R-IN-5, R-IN-6) or special arrangement (R-IN-9). */
@Entity
@Table(name = "csl_project_approval")
public class ProjectApproval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long contractId;
  private String stage;
  private String levelGroup;
  private String decision;
  private String reason;
  private String approver;
  private Instant decidedAt;

  protected ProjectApproval() {}

  public ProjectApproval(Long contractId, String stage, String levelGroup, String decision, String reason,
      String approver, Instant decidedAt) {
    this.contractId = contractId;
    this.stage = stage;
    this.levelGroup = levelGroup;
    this.decision = decision;
    this.reason = reason;
    this.approver = approver;
    this.decidedAt = decidedAt;
  }

  public Long getContractId() { return contractId; }
  public String getStage() { return stage; }
  public String getLevelGroup() { return levelGroup; }
  public String getDecision() { return decision; }
  public String getReason() { return reason; }
  public String getApprover() { return approver; }
  public Instant getDecidedAt() { return decidedAt; }
}
