package com.example.csl.repair;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** 维修质量和服务态度评价 per worker (R-REP-10, S4 3.5.10), from the customer's signed opinion and the callback. */
@Entity
@Table(name = "csl_repair_worker_evaluation")
public class WorkerEvaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long repairOrderId;
  private String worker;
  private String quality;
  private String attitude;
  private String evaluatedBy;
  private Instant evaluatedAt;

  protected WorkerEvaluation() {}

  public WorkerEvaluation(Long repairOrderId, String worker, String quality, String attitude, String evaluatedBy, Instant evaluatedAt) {
    this.repairOrderId = repairOrderId;
    this.worker = worker;
    this.quality = quality;
    this.attitude = attitude;
    this.evaluatedBy = evaluatedBy;
    this.evaluatedAt = evaluatedAt;
  }

  public Long getId() { return id; }
  public Long getRepairOrderId() { return repairOrderId; }
  public String getWorker() { return worker; }
  public String getQuality() { return quality; }
  public String getAttitude() { return attitude; }
  public String getEvaluatedBy() { return evaluatedBy; }
  public Instant getEvaluatedAt() { return evaluatedAt; }
}
