package com.example.csl.repair;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A missed repair milestone (survey, repair, callback), recorded once and escalated to the supervisor (R-REP-3, R-REP-1, R-REP-7). */
@Entity
@Table(name = "csl_repair_overdue")
public class RepairOverdue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long repairOrderId;
  private String milestone;
  private Instant due;
  private String supervisorGroup;
  private Instant recordedAt;

  protected RepairOverdue() {}

  public RepairOverdue(Long repairOrderId, String milestone, Instant due, String supervisorGroup, Instant recordedAt) {
    this.repairOrderId = repairOrderId;
    this.milestone = milestone;
    this.due = due;
    this.supervisorGroup = supervisorGroup;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getRepairOrderId() { return repairOrderId; }
  public String getMilestone() { return milestone; }
  public Instant getDue() { return due; }
  public String getSupervisorGroup() { return supervisorGroup; }
  public Instant getRecordedAt() { return recordedAt; }
}
