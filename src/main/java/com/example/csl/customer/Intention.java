package com.example.csl.customer;

/** 合作意向: the input of the grading decision (R-PRE-3). */
public enum Intention {
  /** 合作意向明显 */
  STRONG,
  /** 合作意向一般 */
  MODERATE,
  /** 无合作意向，只是一般信息咨询 */
  NONE
}
