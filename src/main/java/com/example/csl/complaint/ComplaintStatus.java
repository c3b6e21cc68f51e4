package com.example.csl.complaint;

/** Where a complaint stands. */
public enum ComplaintStatus {
  /** 已登记 */
  REGISTERED,
  /** 投诉不成立，已答复结案 (R-AS-3) */
  UNFOUNDED,
  /** 已开具处理通知单，处理中 (R-AS-4) */
  IN_HANDLING,
  /** 客户已确认处理结果 (R-AS-9) */
  CONFIRMED,
  /** 已回访 (R-AS-10) */
  CALLED_BACK,
  /** 已归档，只读 (R-AS-11) */
  ARCHIVED
}
