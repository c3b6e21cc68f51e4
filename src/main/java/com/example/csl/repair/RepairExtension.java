package com.example.csl.repair;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An extension of a repair deadline with the customer's recorded consent (R-REP-3). */
@Entity
@Table(name = "csl_repair_extension")
public class RepairExtension {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long repairOrderId;
  private Instant previousDue;
  private Instant newDue;
  private String reason;
  private String consentMethod;
  private String consentReference;
  private String recordedBy;
  private Instant recordedAt;

  protected RepairExtension() {}

  public RepairExtension(Long repairOrderId, Instant previousDue, Instant newDue, String reason, String consentMethod, String consentReference, String recordedBy, Instant recordedAt) {
    this.repairOrderId = repairOrderId;
    this.previousDue = previousDue;
    this.newDue = newDue;
    this.reason = reason;
    this.consentMethod = consentMethod;
    this.consentReference = consentReference;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getRepairOrderId() { return repairOrderId; }
  public Instant getPreviousDue() { return previousDue; }
  public Instant getNewDue() { return newDue; }
  public String getReason() { return reason; }
  public String getConsentMethod() { return consentMethod; }
  public String getConsentReference() { return consentReference; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
