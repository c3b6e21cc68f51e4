package com.example.csl.presale;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 每月客户记录转接备忘 (R-PRE-9): per month, each open customer's outcome. */
@Entity
@Table(name = "csl_transfer_memo")
public class TransferMemo {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "memo_month")
  private String month;

  private Instant createdAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "memo_id", nullable = false)
  private List<TransferMemoLine> lines = new ArrayList<>();

  protected TransferMemo() {}

  public TransferMemo(String month, Instant createdAt) {
    this.month = month;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getMonth() {
    return month;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<TransferMemoLine> getLines() {
    return lines;
  }
}
