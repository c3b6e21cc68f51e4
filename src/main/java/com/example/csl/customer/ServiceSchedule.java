package com.example.csl.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 客户服务安排表 (R-PRE-5): the planned actions and the owner who follows the customer up. */
@Entity
@Table(name = "csl_service_schedule")
public class ServiceSchedule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long customerId;
  private String plannedActions;
  private String owner;
  private String createdBy;
  private Instant createdAt;

  protected ServiceSchedule() {}

  public ServiceSchedule(Long customerId, String plannedActions, String owner, String createdBy, Instant createdAt) {
    this.customerId = customerId;
    this.plannedActions = plannedActions;
    this.owner = owner;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getPlannedActions() {
    return plannedActions;
  }

  public String getOwner() {
    return owner;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
