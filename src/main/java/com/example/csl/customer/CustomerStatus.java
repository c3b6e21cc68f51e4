package com.example.csl.customer;

/** Where a customer stands in the lifecycle. */
public enum CustomerStatus {
  /** 意向客户: pre-sale follow-up running */
  PROSPECT,
  /** 正式客户: a formal contract was signed (R-PRE-10) */
  CONVERTED,
  /** 放弃跟进: closed with a reason (R-PRE-10) */
  DROPPED
}
