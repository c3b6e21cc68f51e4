package com.example.csl.customer;

import com.example.csl.common.BusinessRuleViolation;

/** R-PRE-2: a customer with this name and phone is already in the archive. */
public class DuplicateCustomerException extends BusinessRuleViolation {

  private final long existingId;

  public DuplicateCustomerException(long existingId) {
    super("name", "客户档案已存在（相同客户名称和电话），档案编号 " + existingId + "，请使用已有档案");
    this.existingId = existingId;
  }

  public long getExistingId() {
    return existingId;
  }
}
