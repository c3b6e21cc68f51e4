package com.example.csl.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** 年度抽查 (R-SAT-9, S4 3.7.5.8): the manager's yearly check of how the survey forms' findings were corrected and adopted. */
@Entity
@Table(name = "csl_survey_spot_check")
public class SurveySpotCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Instant periodStart;
  private Instant openedAt;
  private String summary;
  private String recordsChecked;
  private String findings;
  private String conclusion;
  private Long capaId;
  private String checkedBy;
  private Instant checkedAt;
  private String processInstanceId;
  @Version
  private int version;

  public Long getId() { return id; }
  public Instant getPeriodStart() { return periodStart; }
  public void setPeriodStart(Instant v) { periodStart = v; }
  public Instant getOpenedAt() { return openedAt; }
  public void setOpenedAt(Instant v) { openedAt = v; }
  public String getSummary() { return summary; }
  public void setSummary(String v) { summary = v; }
  public String getRecordsChecked() { return recordsChecked; }
  public String getFindings() { return findings; }
  public String getConclusion() { return conclusion; }
  public Long getCapaId() { return capaId; }
  public String getCheckedBy() { return checkedBy; }
  public Instant getCheckedAt() { return checkedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String v) { processInstanceId = v; }

  public void checked(String records, String findings, String conclusion, Long capaId, String by, Instant at) {
    this.recordsChecked = records;
    this.findings = findings;
    this.conclusion = conclusion;
    this.capaId = capaId;
    this.checkedBy = by;
    this.checkedAt = at;
  }
}
