package com.example.csl.repair;

/** Where a repair work order stands (SPEC §4). */
public enum RepairStatus {
  /** 待现场勘察 (R-REP-1) */
  SURVEY,
  /** 非公司责任，已告知客户 (R-REP-1) */
  NOT_COMPANY_RESPONSIBILITY,
  /** 维修费用审批中 (R-REP-5) */
  APPROVAL,
  /** 已派工，维修中 (R-REP-2 … R-REP-4) */
  REPAIRING,
  /** 竣工，待检查与回访 (R-REP-6, R-REP-7) */
  COMPLETED,
  /** 决算与结算中 (R-REP-8, R-REP-9) */
  SETTLEMENT,
  /** 已付款，结案 (R-REP-9) */
  CLOSED
}
