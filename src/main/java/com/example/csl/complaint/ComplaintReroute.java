package com.example.csl.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Customer service sent the complaint to another department, with the reason (R-AS-4). */
@Entity
@Table(name = "csl_complaint_reroute")
public class ComplaintReroute {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long complaintId;
  private String fromGroup;
  private String toGroup;
  private String reason;
  private String reroutedBy;
  private Instant reroutedAt;

  protected ComplaintReroute() {}

  public ComplaintReroute(Long complaintId, String fromGroup, String toGroup, String reason, String reroutedBy,
      Instant reroutedAt) {
    this.complaintId = complaintId;
    this.fromGroup = fromGroup;
    this.toGroup = toGroup;
    this.reason = reason;
    this.reroutedBy = reroutedBy;
    this.reroutedAt = reroutedAt;
  }

  public String getFromGroup() { return fromGroup; }
  public String getToGroup() { return toGroup; }
  public String getReason() { return reason; }
  public String getReroutedBy() { return reroutedBy; }
  public Instant getReroutedAt() { return reroutedAt; }
}
