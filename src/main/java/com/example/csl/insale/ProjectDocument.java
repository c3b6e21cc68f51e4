package com.example.csl.insale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A version of a project document: the service evaluation or the service plan (项目服务规划书). */
@Entity
@Table(name = "csl_project_document")
public class ProjectDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long contractId;
  private String kind;
  private String content;
  private String createdBy;
  private Instant createdAt;

  protected ProjectDocument() {}

  public ProjectDocument(Long contractId, String kind, String content, String createdBy, Instant createdAt) {
    this.contractId = contractId;
    this.kind = kind;
    this.content = content;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getContractId() { return contractId; }
  public String getKind() { return kind; }
  public String getContent() { return content; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
