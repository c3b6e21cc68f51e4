package com.example.csl.customer;

import com.example.csl.common.BusinessRuleViolation;

/** R-PRE-2: a customer with this name and phone is already in the archive. */
public class DuplicateCustomerException extends BusinessRuleViolation {

  private final long existingId;
  private final boolean reopenable;

  public DuplicateCustomerException(long existingId) {
    this(existingId, false);
  }

  /**
   * R-PRE-12 (issue 19): a dropped archive may be reopened into a new pre-sale case — the message says how
   * (the start form's checkbox 在原档案上重新开启跟进, or {@code POST /api/customers/{id}/reopen}).
   */
  public DuplicateCustomerException(long existingId, boolean reopenable) {
    super("name", reopenable
        ? "客户档案已存在（相同客户名称和电话），档案编号 " + existingId + "，已放弃跟进：勾选“在原档案上重新开启跟进”后再提交，即在原档案上重新开始售前跟进"
        : "客户档案已存在（相同客户名称和电话），档案编号 " + existingId + "，请使用已有档案");
    this.existingId = existingId;
    this.reopenable = reopenable;
  }

  public boolean isReopenable() {
    return reopenable;
  }

  public long getExistingId() {
    return existingId;
  }
}
