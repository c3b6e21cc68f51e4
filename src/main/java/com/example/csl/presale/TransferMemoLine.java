package com.example.csl.presale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One customer on a transfer memo and what became of them that month. */
@Entity
@Table(name = "csl_transfer_memo_line")
public class TransferMemoLine {

  /** 转接结果. */
  public enum Outcome {
    /** 转入下月客户服务安排表继续跟进 */
    CARRIED_OVER,
    /** 转为正式客户管理 */
    CONVERTED,
    /** 放弃跟进 */
    DROPPED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long customerId;
  private String grade;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  protected TransferMemoLine() {}

  public TransferMemoLine(Long customerId, String grade, Outcome outcome) {
    this.customerId = customerId;
    this.grade = grade;
    this.outcome = outcome;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getGrade() {
    return grade;
  }

  public Outcome getOutcome() {
    return outcome;
  }
}
