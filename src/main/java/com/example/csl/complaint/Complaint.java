package com.example.csl.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;

/** 客户投诉处理通知单 / 处理情况表: one complaint's file (R-AS-1 … R-AS-11). Read-only once archived. */
@Entity
@Table(name = "csl_complaint")
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String complaintNumber;
  private Long customerId;
  private Long contractId;
  private String channel;

  @Enumerated(EnumType.STRING)
  private ComplaintCategory category;

  private String description;
  private String customerRequest;
  private boolean major;
  private String responsibleGroup;
  /** 客户服务处 serving the customer (R-AS-12): the customer's region when the complaint was registered. */
  private String serviceOffice;

  @Enumerated(EnumType.STRING)
  private ComplaintStatus status = ComplaintStatus.REGISTERED;

  private String unfoundedReason;
  private String handlerGroup;
  private String notice;
  private String majorMeasures;
  private String investigation;
  private String replyToCustomer;
  private String handlingResult;
  private String confirmation;
  private String confirmationMethod;
  private String confirmationReference;
  private String callbackOpinion;
  private String departmentFeedback;
  private Instant calledBackAt;
  /** R-AS-10: the department's answer to the callback's feedback. */
  private String departmentMeasure;
  private String departmentMeasureBy;
  private Instant departmentMeasureAt;
  /** R-AS-13 (S1 篇十一 七): recorded by the manager at closure. */
  private String responsiblePerson;
  private String penaltyLevel;
  private java.math.BigDecimal penaltyAmount;
  private String penaltySanction;
  private String penaltyNote;
  private String closedBy;
  private Instant closedAt;
  private String processInstanceId;
  /** Issue 18.4: who told a customer without e-mail the number and reply deadline by phone, and when. */
  @jakarta.persistence.Column(name = "ack_phone_by")
  private String ackPhoneBy;
  @jakarta.persistence.Column(name = "ack_phone_at")
  private Instant ackPhoneAt;
  private String registeredBy;
  private Instant registeredAt;
  private Instant firstResponseDue;
  private Instant investigationDue;
  private Instant replyDue;
  private Instant feedbackDue;
  private Instant resolutionDue;
  private Instant firstResponseAt;
  private Instant investigationStartedAt;
  private Instant repliedAt;
  private Instant feedbackAt;
  private Instant confirmedAt;
  private Instant archivedAt;

  @Version
  @Column(nullable = false)
  private int version;

  /** Whether the archived state was loaded from the database (an archived file may not change). */
  @Transient
  private boolean loadedArchived;

  @jakarta.persistence.PostLoad
  void rememberArchived() {
    loadedArchived = status == ComplaintStatus.ARCHIVED;
  }

  @PreUpdate
  void refuseChangesWhenArchived() {
    if (loadedArchived) {
      throw new IllegalStateException("投诉档案已归档，不能修改 (R-AS-11): " + complaintNumber);
    }
  }

  public Long getId() { return id; }
  public String getComplaintNumber() { return complaintNumber; }
  public void setComplaintNumber(String v) { complaintNumber = v; }
  public Long getCustomerId() { return customerId; }
  public void setCustomerId(Long v) { customerId = v; }
  public Long getContractId() { return contractId; }
  public void setContractId(Long v) { contractId = v; }
  public String getChannel() { return channel; }
  public void setChannel(String v) { channel = v; }
  public ComplaintCategory getCategory() { return category; }
  public void setCategory(ComplaintCategory v) { category = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
  public String getCustomerRequest() { return customerRequest; }
  public void setCustomerRequest(String v) { customerRequest = v; }
  public boolean isMajor() { return major; }
  public void setMajor(boolean v) { major = v; }
  public String getResponsibleGroup() { return responsibleGroup; }
  public void setResponsibleGroup(String v) { responsibleGroup = v; }
  public ComplaintStatus getStatus() { return status; }
  public void setStatus(ComplaintStatus v) { status = v; }
  public String getUnfoundedReason() { return unfoundedReason; }
  public void setUnfoundedReason(String v) { unfoundedReason = v; }
  public String getHandlerGroup() { return handlerGroup; }
  public void setHandlerGroup(String v) { handlerGroup = v; }
  public String getNotice() { return notice; }
  public void setNotice(String v) { notice = v; }
  public String getMajorMeasures() { return majorMeasures; }
  public void setMajorMeasures(String v) { majorMeasures = v; }
  public String getInvestigation() { return investigation; }
  public void setInvestigation(String v) { investigation = v; }
  public String getReplyToCustomer() { return replyToCustomer; }
  public void setReplyToCustomer(String v) { replyToCustomer = v; }
  public String getHandlingResult() { return handlingResult; }
  public void setHandlingResult(String v) { handlingResult = v; }
  public String getConfirmation() { return confirmation; }
  public void setConfirmation(String v) { confirmation = v; }
  public String getConfirmationMethod() { return confirmationMethod; }
  public void setConfirmationMethod(String v) { confirmationMethod = v; }
  public String getConfirmationReference() { return confirmationReference; }
  public void setConfirmationReference(String v) { confirmationReference = v; }
  public String getCallbackOpinion() { return callbackOpinion; }
  public void setCallbackOpinion(String v) { callbackOpinion = v; }
  public String getDepartmentFeedback() { return departmentFeedback; }
  public void setDepartmentFeedback(String v) { departmentFeedback = v; }
  public Instant getCalledBackAt() { return calledBackAt; }
  public void setCalledBackAt(Instant v) { calledBackAt = v; }
  public String getAckPhoneBy() { return ackPhoneBy; }
  public Instant getAckPhoneAt() { return ackPhoneAt; }
  public void acknowledgedByPhone(String by, Instant at) { ackPhoneBy = by; ackPhoneAt = at; }
  public String getDepartmentMeasure() { return departmentMeasure; }
  public String getDepartmentMeasureBy() { return departmentMeasureBy; }
  public Instant getDepartmentMeasureAt() { return departmentMeasureAt; }
  public void departmentMeasured(String measure, String by, Instant at) {
    departmentMeasure = measure;
    departmentMeasureBy = by;
    departmentMeasureAt = at;
  }
  public String getResponsiblePerson() { return responsiblePerson; }
  public String getPenaltyLevel() { return penaltyLevel; }
  public java.math.BigDecimal getPenaltyAmount() { return penaltyAmount; }
  public String getPenaltySanction() { return penaltySanction; }
  public String getPenaltyNote() { return penaltyNote; }
  public String getClosedBy() { return closedBy; }
  public Instant getClosedAt() { return closedAt; }
  public void closed(String responsible, String level, java.math.BigDecimal amount, String sanction, String note, String by,
      Instant at) {
    responsiblePerson = responsible;
    penaltyLevel = level;
    penaltyAmount = amount;
    penaltySanction = sanction;
    penaltyNote = note;
    closedBy = by;
    closedAt = at;
  }
  public String getServiceOffice() { return serviceOffice; }
  public void setServiceOffice(String v) { serviceOffice = v; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String v) { processInstanceId = v; }
  public String getRegisteredBy() { return registeredBy; }
  public void setRegisteredBy(String v) { registeredBy = v; }
  public Instant getRegisteredAt() { return registeredAt; }
  public void setRegisteredAt(Instant v) { registeredAt = v; }
  public Instant getFirstResponseDue() { return firstResponseDue; }
  public void setFirstResponseDue(Instant v) { firstResponseDue = v; }
  public Instant getInvestigationDue() { return investigationDue; }
  public void setInvestigationDue(Instant v) { investigationDue = v; }
  public Instant getReplyDue() { return replyDue; }
  public void setReplyDue(Instant v) { replyDue = v; }
  public Instant getFeedbackDue() { return feedbackDue; }
  public void setFeedbackDue(Instant v) { feedbackDue = v; }
  public Instant getResolutionDue() { return resolutionDue; }
  public void setResolutionDue(Instant v) { resolutionDue = v; }
  public Instant getFirstResponseAt() { return firstResponseAt; }
  public void setFirstResponseAt(Instant v) { firstResponseAt = v; }
  public Instant getInvestigationStartedAt() { return investigationStartedAt; }
  public void setInvestigationStartedAt(Instant v) { investigationStartedAt = v; }
  public Instant getRepliedAt() { return repliedAt; }
  public void setRepliedAt(Instant v) { repliedAt = v; }
  public Instant getFeedbackAt() { return feedbackAt; }
  public void setFeedbackAt(Instant v) { feedbackAt = v; }
  public Instant getConfirmedAt() { return confirmedAt; }
  public void setConfirmedAt(Instant v) { confirmedAt = v; }
  public Instant getArchivedAt() { return archivedAt; }
  public void setArchivedAt(Instant v) { archivedAt = v; }
}
