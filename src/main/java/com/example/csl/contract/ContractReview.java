package com.example.csl.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 合同评审 (R-IN-2, S4 2.2.1): one department's review of a draft contract in a review round (pass/fail with
 * remarks), or the general manager's sign-off of the round (approve/return).
 */
@Entity
@Table(name = "csl_contract_review")
public class ContractReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long contractId;
  private int reviewRound;
  private String kind;
  private String reviewerGroup;
  private String outcome;
  private String remarks;
  private String reviewedBy;
  private Instant reviewedAt;

  protected ContractReview() {}

  public ContractReview(Long contractId, int reviewRound, String kind, String reviewerGroup, String outcome, String remarks,
      String reviewedBy, Instant reviewedAt) {
    this.contractId = contractId;
    this.reviewRound = reviewRound;
    this.kind = kind;
    this.reviewerGroup = reviewerGroup;
    this.outcome = outcome;
    this.remarks = remarks;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = reviewedAt;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public int getReviewRound() { return reviewRound; }
  public String getKind() { return kind; }
  public String getReviewerGroup() { return reviewerGroup; }
  public String getOutcome() { return outcome; }
  public String getRemarks() { return remarks; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
}
