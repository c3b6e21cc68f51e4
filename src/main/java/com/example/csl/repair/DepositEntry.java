package com.example.csl.repair;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A line of a contractor's quality-deposit ledger (工程质量保证金, R-REP-9): a deposit paid in, or a deduction for a type-A repair. A deduction larger than the balance deducts the balance and records the rest as an explicit shortfall; the balance never goes negative. */
@Entity
@Table(name = "csl_deposit_entry")
public class DepositEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long contractorId;
  private Long repairOrderId;
  private String kind;
  private BigDecimal amount;
  private BigDecimal deducted;
  private BigDecimal shortfall;
  private BigDecimal balanceAfter;
  private String note;
  private String recordedBy;
  private Instant recordedAt;

  protected DepositEntry() {}

  public DepositEntry(Long contractorId, Long repairOrderId, String kind, BigDecimal amount, BigDecimal deducted, BigDecimal shortfall, BigDecimal balanceAfter, String note, String recordedBy, Instant recordedAt) {
    this.contractorId = contractorId;
    this.repairOrderId = repairOrderId;
    this.kind = kind;
    this.amount = amount;
    this.deducted = deducted;
    this.shortfall = shortfall;
    this.balanceAfter = balanceAfter;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getContractorId() { return contractorId; }
  public Long getRepairOrderId() { return repairOrderId; }
  public String getKind() { return kind; }
  public BigDecimal getAmount() { return amount; }
  public BigDecimal getDeducted() { return deducted; }
  public BigDecimal getShortfall() { return shortfall; }
  public BigDecimal getBalanceAfter() { return balanceAfter; }
  public String getNote() { return note; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
