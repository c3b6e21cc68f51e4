package com.example.csl.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A kept complaint report (R-AS-12, S4 3.10): 投诉处理周报 / 季度报表 / 年度报表 of one period, or the special
 * report (专题报告) of one major complaint. The content is the report as JSON, as it was when it was made.
 */
@Entity
@Table(name = "csl_complaint_report")
public class ComplaintReport {

  /** The kinds of report, with the names staff read. */
  public enum Kind {
    WEEKLY("投诉处理周报"),
    QUARTERLY("投诉处理季度报表"),
    YEARLY("投诉处理年度报表"),
    MAJOR("重大投诉专题报告");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String kind;
  private String periodLabel;
  private Instant periodFrom;
  private Instant periodTo;
  private String content;
  private String generatedBy;
  private Instant generatedAt;

  protected ComplaintReport() {}

  public ComplaintReport(Kind kind, String periodLabel, Instant periodFrom, Instant periodTo, String content,
      String generatedBy, Instant generatedAt) {
    this.kind = kind.name();
    this.periodLabel = periodLabel;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.content = content;
    this.generatedBy = generatedBy;
    this.generatedAt = generatedAt;
  }

  public Long getId() { return id; }
  public Kind getKind() { return Kind.valueOf(kind); }
  public String getPeriodLabel() { return periodLabel; }
  public Instant getPeriodFrom() { return periodFrom; }
  public Instant getPeriodTo() { return periodTo; }
  public String getContent() { return content; }
  public String getGeneratedBy() { return generatedBy; }
  public Instant getGeneratedAt() { return generatedAt; }
}
