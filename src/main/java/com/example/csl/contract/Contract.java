package com.example.csl.contract;

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

/** 合作合约: a signed contract; pre-sale conversion creates it (R-PRE-10), in-sale works on it. */
@Entity
@Table(name = "csl_contract")
public class Contract {

  /** Where the contract stands. */
  public enum Status {
    /** a draft under contract review, not signed yet (R-IN-2: review before signing) */
    IN_REVIEW,
    /** signed, in-sale service running (售中) */
    IN_SALE,
    /** in-sale finished, after-sale service applies (售后, R-IN-10) */
    IN_AFTER_SALE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long customerId;
  private String contractNumber;
  private BigDecimal amount;
  private boolean involvesDesignInstallation;
  private LocalDate signedDate;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Status status = Status.IN_REVIEW;
  private String signReference;
  private String signingRecordedBy;
  private LocalDate warrantyUntil;

  private String createdBy;
  private Instant createdAt;
  private String suggestedClass;
  private String contractClass;
  private String classReason;
  private String classifiedBy;
  private String contractType;
  private String reviewStated;
  private String reviewImplied;
  private String reviewLegal;
  private String reviewCompany;
  private String reviewedBy;
  private String supportArrangement;
  private String specialArrangement;
  private String installationRecord;
  private String executionFollowUp;
  private String planSignedBy;
  private String planSignReference;
  private String executionResult;
  private String closureReport;
  private String closureSignedBy;
  private String closureReference;
  private LocalDate reviewedOn;
  private LocalDate planSignedOn;
  private LocalDate closureSignedOn;
  private Boolean closureCopyToCustomer;
  private Instant handedOverAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected Contract() {}

  public Contract(Long customerId, String contractNumber, BigDecimal amount, boolean involvesDesignInstallation,
      LocalDate signedDate, String createdBy, Instant createdAt) {
    this.customerId = customerId;
    this.contractNumber = contractNumber;
    this.amount = amount;
    this.involvesDesignInstallation = involvesDesignInstallation;
    this.signedDate = signedDate;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getContractNumber() {
    return contractNumber;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public boolean isInvolvesDesignInstallation() {
    return involvesDesignInstallation;
  }

  public LocalDate getSignedDate() {
    return signedDate;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSuggestedClass() {
    return suggestedClass;
  }

  public String getContractClass() {
    return contractClass;
  }

  public String getClassReason() {
    return classReason;
  }

  public String getClassifiedBy() {
    return classifiedBy;
  }

  /** R-IN-1: the DMN's suggestion and engineering's confirmed class (a change needs a reason). */
  public void classify(String suggested, String confirmed, String reason, String by) {
    this.suggestedClass = suggested;
    this.contractClass = confirmed;
    this.classReason = reason;
    this.classifiedBy = by;
  }

  public String getContractType() { return contractType; }
  public void setContractType(String v) { contractType = v; }
  public String getReviewStated() { return reviewStated; }
  public void setReviewStated(String v) { reviewStated = v; }
  public String getReviewImplied() { return reviewImplied; }
  public void setReviewImplied(String v) { reviewImplied = v; }
  public String getReviewLegal() { return reviewLegal; }
  public void setReviewLegal(String v) { reviewLegal = v; }
  public String getReviewCompany() { return reviewCompany; }
  public void setReviewCompany(String v) { reviewCompany = v; }
  public String getReviewedBy() { return reviewedBy; }
  public void setReviewedBy(String v) { reviewedBy = v; }
  public String getSupportArrangement() { return supportArrangement; }
  public void setSupportArrangement(String v) { supportArrangement = v; }
  public String getSpecialArrangement() { return specialArrangement; }
  public void setSpecialArrangement(String v) { specialArrangement = v; }
  public String getInstallationRecord() { return installationRecord; }
  public void setInstallationRecord(String v) { installationRecord = v; }
  public String getExecutionFollowUp() { return executionFollowUp; }
  public void setExecutionFollowUp(String v) { executionFollowUp = v; }
  public String getPlanSignedBy() { return planSignedBy; }
  public void setPlanSignedBy(String v) { planSignedBy = v; }
  public String getPlanSignReference() { return planSignReference; }
  public void setPlanSignReference(String v) { planSignReference = v; }
  public String getExecutionResult() { return executionResult; }
  public void setExecutionResult(String v) { executionResult = v; }
  public String getClosureReport() { return closureReport; }
  public void setClosureReport(String v) { closureReport = v; }
  public String getClosureSignedBy() { return closureSignedBy; }
  public void setClosureSignedBy(String v) { closureSignedBy = v; }
  public String getClosureReference() { return closureReference; }
  public void setClosureReference(String v) { closureReference = v; }
  public LocalDate getReviewedOn() { return reviewedOn; }
  public void setReviewedOn(LocalDate v) { reviewedOn = v; }
  public LocalDate getPlanSignedOn() { return planSignedOn; }
  public void setPlanSignedOn(LocalDate v) { planSignedOn = v; }
  public LocalDate getClosureSignedOn() { return closureSignedOn; }
  public void setClosureSignedOn(LocalDate v) { closureSignedOn = v; }
  public Boolean getClosureCopyToCustomer() { return closureCopyToCustomer; }
  public void setClosureCopyToCustomer(Boolean v) { closureCopyToCustomer = v; }
  public Instant getHandedOverAt() { return handedOverAt; }
  public void setHandedOverAt(Instant v) { handedOverAt = v; }
  public String getSignReference() { return signReference; }
  public LocalDate getWarrantyUntil() { return warrantyUntil; }
  public String getSigningRecordedBy() { return signingRecordedBy; }

  /** R-IN-2: marketing records the signing once the review has passed; the contract is then in sale. */
  public void signed(LocalDate date, String reference, String recordedBy, LocalDate warrantyUntil) {
    this.warrantyUntil = warrantyUntil;
    this.signedDate = date;
    this.signReference = reference;
    this.signingRecordedBy = recordedBy;
    this.status = Status.IN_SALE;
  }
}
