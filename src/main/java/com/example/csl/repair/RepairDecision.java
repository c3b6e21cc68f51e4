package com.example.csl.repair;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One decision on a work order (R-REP-5 cost review/approval, R-REP-8 account review, R-REP-9 contractor confirmation and certification): who, which group, the amount in front of them, the decision and its reason. */
@Entity
@Table(name = "csl_repair_decision")
public class RepairDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long repairOrderId;
  private String stage;
  private String actorGroup;
  private BigDecimal amount;
  private String decision;
  private String reason;
  private String decidedBy;
  private Instant decidedAt;

  protected RepairDecision() {}

  public RepairDecision(Long repairOrderId, String stage, String actorGroup, BigDecimal amount, String decision, String reason, String decidedBy, Instant decidedAt) {
    this.repairOrderId = repairOrderId;
    this.stage = stage;
    this.actorGroup = actorGroup;
    this.amount = amount;
    this.decision = decision;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getId() { return id; }
  public Long getRepairOrderId() { return repairOrderId; }
  public String getStage() { return stage; }
  public String getActorGroup() { return actorGroup; }
  public BigDecimal getAmount() { return amount; }
  public String getDecision() { return decision; }
  public String getReason() { return reason; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
}
