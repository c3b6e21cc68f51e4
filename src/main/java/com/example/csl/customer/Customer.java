package com.example.csl.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** 客户档案 (R-ARC-1): one per customer; its grade history, schedules and follow-ups refer to it. */
@Entity
@Table(name = "csl_customer")
public class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String contactPerson;
  private String phone;
  private String email;
  private String address;
  private String region;
  private String industry;
  private String companySize;
  private String relationship;
  private String productsOrdered;
  private BigDecimal priorYearRevenue;
  private String creditStatus;
  private boolean strategic;

  @Enumerated(EnumType.STRING)
  private Intention intention;

  private String channel;
  private String grade;
  private boolean keyCustomer;
  private String followUpInterval;
  private String owner;
  private String keyAccountManager;
  private String keyAccountClass;
  private Integer keyAccountYear;

  @Enumerated(EnumType.STRING)
  private CustomerStatus status = CustomerStatus.PROSPECT;

  private String statusReason;
  private String processInstanceId;
  private String registeredBy;
  private Instant registeredAt;
  private Instant closedAt;

  @Version
  @Column(nullable = false)
  private int version;

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContactPerson() {
    return contactPerson;
  }

  public void setContactPerson(String contactPerson) {
    this.contactPerson = contactPerson;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public String getCompanySize() {
    return companySize;
  }

  public void setCompanySize(String companySize) {
    this.companySize = companySize;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
  }

  public String getProductsOrdered() {
    return productsOrdered;
  }

  public void setProductsOrdered(String productsOrdered) {
    this.productsOrdered = productsOrdered;
  }

  public BigDecimal getPriorYearRevenue() {
    return priorYearRevenue;
  }

  public void setPriorYearRevenue(BigDecimal priorYearRevenue) {
    this.priorYearRevenue = priorYearRevenue;
  }

  public String getCreditStatus() {
    return creditStatus;
  }

  public void setCreditStatus(String creditStatus) {
    this.creditStatus = creditStatus;
  }

  public boolean isStrategic() {
    return strategic;
  }

  public void setStrategic(boolean strategic) {
    this.strategic = strategic;
  }

  public Intention getIntention() {
    return intention;
  }

  public void setIntention(Intention intention) {
    this.intention = intention;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public boolean isKeyCustomer() {
    return keyCustomer;
  }

  public void setKeyCustomer(boolean keyCustomer) {
    this.keyCustomer = keyCustomer;
  }

  public String getFollowUpInterval() {
    return followUpInterval;
  }

  public void setFollowUpInterval(String followUpInterval) {
    this.followUpInterval = followUpInterval;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public CustomerStatus getStatus() {
    return status;
  }

  public void setStatus(CustomerStatus status) {
    this.status = status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public void setStatusReason(String statusReason) {
    this.statusReason = statusReason;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public void setRegisteredBy(String registeredBy) {
    this.registeredBy = registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public void setRegisteredAt(Instant registeredAt) {
    this.registeredAt = registeredAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }

  public String getKeyAccountManager() {
    return keyAccountManager;
  }

  public void setKeyAccountManager(String keyAccountManager) {
    this.keyAccountManager = keyAccountManager;
  }

  public String getKeyAccountClass() {
    return keyAccountClass;
  }

  public void setKeyAccountClass(String keyAccountClass) {
    this.keyAccountClass = keyAccountClass;
  }

  public Integer getKeyAccountYear() {
    return keyAccountYear;
  }

  public void setKeyAccountYear(Integer keyAccountYear) {
    this.keyAccountYear = keyAccountYear;
  }
}
