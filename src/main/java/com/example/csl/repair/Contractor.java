package com.example.csl.repair;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** 施工单位 with its current quality-deposit balance (R-REP-4, R-REP-9); the ledger explains it. */
@Entity
@Table(name = "csl_contractor")
public class Contractor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String name;
  private String contactPerson;
  private String phone;
  private BigDecimal depositBalance = BigDecimal.ZERO;
  @Version
  private int version;

  protected Contractor() {}

  public Contractor(String name, String contactPerson, String phone) {
    this.name = name;
    this.contactPerson = contactPerson;
    this.phone = phone;
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public String getContactPerson() { return contactPerson; }
  public String getPhone() { return phone; }
  public BigDecimal getDepositBalance() { return depositBalance; }
  void setDepositBalance(BigDecimal v) { depositBalance = v; }
}
