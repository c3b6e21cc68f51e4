package com.example.csl.repair;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * 工程派工单 with its records (R-REP-1 … R-REP-10): the site survey (现场勘察会签表), type A (保修) or
 * B (保修期外，公司承担), trades, estimate, approval, deadline, the repair, completion check with the
 * customer's signature, the callback, the final account (维修工程决算书) and the settlement
 * (维修工程结算书) up to payment. Business key of its {@code repair-order} instance = order number.
 */
@Entity
@Table(name = "csl_repair_order")
public class RepairOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String orderNumber;
  private Long complaintId;
  private String complaintNumber;
  private Long customerId;
  @Enumerated(EnumType.STRING)
  private RepairStatus status;
  private String description;
  private Instant surveyDue;
  private Instant surveyedAt;
  private String surveyedBy;
  private String surveyAttendees;
  private Boolean contractorAttended;
  private String surveyFindings;
  private String responsibleParty;
  private String orderType;
  private String trades;
  private BigDecimal estimatedCost;
  private Long contractorId;
  private Instant approvedAt;
  private String performer;
  private Instant repairDue;
  private String cannotRepairReason;
  private String workers;
  private String workDescription;
  private Instant completedAt;
  private Instant checkedAt;
  private String checkedBy;
  private String checkRepairLead;
  private String checkRemarks;
  private String customerSignedBy;
  private String customerSignReference;
  private String customerOpinion;
  private Instant callbackDue;
  private Instant calledBackAt;
  private String calledBackBy;
  private String callbackSatisfaction;
  private String callbackOpinion;
  private BigDecimal finalCost;
  private String finalAccount;
  private String finalAccountBy;
  private Instant finalAccountAt;
  private String reviewGroup;
  private BigDecimal settledCost;
  private String settlement;
  private String settledBy;
  private Instant settledAt;
  private String contractorConfirmation;
  private String certifiedBy;
  private Instant certifiedAt;
  private String paidBy;
  private Instant paidAt;
  private String paymentReference;
  private Instant closedAt;
  private String processInstanceId;
  private Instant createdAt;
  @Version
  private int version;

  public Long getId() { return id; }
  public String getOrderNumber() { return orderNumber; }
  public void setOrderNumber(String v) { orderNumber = v; }
  public Long getComplaintId() { return complaintId; }
  public void setComplaintId(Long v) { complaintId = v; }
  public String getComplaintNumber() { return complaintNumber; }
  public void setComplaintNumber(String v) { complaintNumber = v; }
  public Long getCustomerId() { return customerId; }
  public void setCustomerId(Long v) { customerId = v; }
  public RepairStatus getStatus() { return status; }
  public void setStatus(RepairStatus v) { status = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
  public Instant getSurveyDue() { return surveyDue; }
  public void setSurveyDue(Instant v) { surveyDue = v; }
  public Instant getSurveyedAt() { return surveyedAt; }
  public void setSurveyedAt(Instant v) { surveyedAt = v; }
  public String getSurveyedBy() { return surveyedBy; }
  public void setSurveyedBy(String v) { surveyedBy = v; }
  public String getSurveyAttendees() { return surveyAttendees; }
  public void setSurveyAttendees(String v) { surveyAttendees = v; }
  public Boolean getContractorAttended() { return contractorAttended; }
  public void setContractorAttended(Boolean v) { contractorAttended = v; }
  public String getSurveyFindings() { return surveyFindings; }
  public void setSurveyFindings(String v) { surveyFindings = v; }
  public String getResponsibleParty() { return responsibleParty; }
  public void setResponsibleParty(String v) { responsibleParty = v; }
  public String getOrderType() { return orderType; }
  public void setOrderType(String v) { orderType = v; }
  public String getTrades() { return trades; }
  public void setTrades(String v) { trades = v; }
  public BigDecimal getEstimatedCost() { return estimatedCost; }
  public void setEstimatedCost(BigDecimal v) { estimatedCost = v; }
  public Long getContractorId() { return contractorId; }
  public void setContractorId(Long v) { contractorId = v; }
  public Instant getApprovedAt() { return approvedAt; }
  public void setApprovedAt(Instant v) { approvedAt = v; }
  public String getPerformer() { return performer; }
  public void setPerformer(String v) { performer = v; }
  public Instant getRepairDue() { return repairDue; }
  public void setRepairDue(Instant v) { repairDue = v; }
  public String getCannotRepairReason() { return cannotRepairReason; }
  public void setCannotRepairReason(String v) { cannotRepairReason = v; }
  public String getWorkers() { return workers; }
  public void setWorkers(String v) { workers = v; }
  public String getWorkDescription() { return workDescription; }
  public void setWorkDescription(String v) { workDescription = v; }
  public Instant getCompletedAt() { return completedAt; }
  public void setCompletedAt(Instant v) { completedAt = v; }
  public Instant getCheckedAt() { return checkedAt; }
  public void setCheckedAt(Instant v) { checkedAt = v; }
  public String getCheckedBy() { return checkedBy; }
  public void setCheckedBy(String v) { checkedBy = v; }
  public String getCheckRepairLead() { return checkRepairLead; }
  public void setCheckRepairLead(String v) { checkRepairLead = v; }
  public String getCheckRemarks() { return checkRemarks; }
  public void setCheckRemarks(String v) { checkRemarks = v; }
  public String getCustomerSignedBy() { return customerSignedBy; }
  public void setCustomerSignedBy(String v) { customerSignedBy = v; }
  public String getCustomerSignReference() { return customerSignReference; }
  public void setCustomerSignReference(String v) { customerSignReference = v; }
  public String getCustomerOpinion() { return customerOpinion; }
  public void setCustomerOpinion(String v) { customerOpinion = v; }
  public Instant getCallbackDue() { return callbackDue; }
  public void setCallbackDue(Instant v) { callbackDue = v; }
  public Instant getCalledBackAt() { return calledBackAt; }
  public void setCalledBackAt(Instant v) { calledBackAt = v; }
  public String getCalledBackBy() { return calledBackBy; }
  public void setCalledBackBy(String v) { calledBackBy = v; }
  public String getCallbackSatisfaction() { return callbackSatisfaction; }
  public void setCallbackSatisfaction(String v) { callbackSatisfaction = v; }
  public String getCallbackOpinion() { return callbackOpinion; }
  public void setCallbackOpinion(String v) { callbackOpinion = v; }
  public BigDecimal getFinalCost() { return finalCost; }
  public void setFinalCost(BigDecimal v) { finalCost = v; }
  public String getFinalAccount() { return finalAccount; }
  public void setFinalAccount(String v) { finalAccount = v; }
  public String getFinalAccountBy() { return finalAccountBy; }
  public void setFinalAccountBy(String v) { finalAccountBy = v; }
  public Instant getFinalAccountAt() { return finalAccountAt; }
  public void setFinalAccountAt(Instant v) { finalAccountAt = v; }
  public String getReviewGroup() { return reviewGroup; }
  public void setReviewGroup(String v) { reviewGroup = v; }
  public BigDecimal getSettledCost() { return settledCost; }
  public void setSettledCost(BigDecimal v) { settledCost = v; }
  public String getSettlement() { return settlement; }
  public void setSettlement(String v) { settlement = v; }
  public String getSettledBy() { return settledBy; }
  public void setSettledBy(String v) { settledBy = v; }
  public Instant getSettledAt() { return settledAt; }
  public void setSettledAt(Instant v) { settledAt = v; }
  public String getContractorConfirmation() { return contractorConfirmation; }
  public void setContractorConfirmation(String v) { contractorConfirmation = v; }
  public String getCertifiedBy() { return certifiedBy; }
  public void setCertifiedBy(String v) { certifiedBy = v; }
  public Instant getCertifiedAt() { return certifiedAt; }
  public void setCertifiedAt(Instant v) { certifiedAt = v; }
  public String getPaidBy() { return paidBy; }
  public void setPaidBy(String v) { paidBy = v; }
  public Instant getPaidAt() { return paidAt; }
  public void setPaidAt(Instant v) { paidAt = v; }
  public String getPaymentReference() { return paymentReference; }
  public void setPaymentReference(String v) { paymentReference = v; }
  public Instant getClosedAt() { return closedAt; }
  public void setClosedAt(Instant v) { closedAt = v; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String v) { processInstanceId = v; }
  public Instant getCreatedAt() { return createdAt; }
  public void setCreatedAt(Instant v) { createdAt = v; }
}
