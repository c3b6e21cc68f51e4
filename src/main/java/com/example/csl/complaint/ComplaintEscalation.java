package com.example.csl.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A missed complaint deadline, escalated to the handler's manager (R-AS-6). */
@Entity
@Table(name = "csl_complaint_escalation")
public class ComplaintEscalation {

  /** The deadlines of R-AS-5. */
  public enum Deadline {
    FIRST_RESPONSE,
    INVESTIGATION,
    REPLY,
    FEEDBACK,
    RESOLUTION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long complaintId;

  @Enumerated(EnumType.STRING)
  private Deadline deadline;

  private Instant dueAt;
  private String handlerGroup;
  private String managerGroup;
  private Instant escalatedAt;

  protected ComplaintEscalation() {}

  public ComplaintEscalation(Long complaintId, Deadline deadline, Instant dueAt, String handlerGroup,
      String managerGroup, Instant escalatedAt) {
    this.complaintId = complaintId;
    this.deadline = deadline;
    this.dueAt = dueAt;
    this.handlerGroup = handlerGroup;
    this.managerGroup = managerGroup;
    this.escalatedAt = escalatedAt;
  }

  public Long getComplaintId() { return complaintId; }
  public Deadline getDeadline() { return deadline; }
  public Instant getDueAt() { return dueAt; }
  public String getHandlerGroup() { return handlerGroup; }
  public String getManagerGroup() { return managerGroup; }
  public Instant getEscalatedAt() { return escalatedAt; }
}
