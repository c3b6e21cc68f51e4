package com.example.csl.common;

import java.math.BigDecimal;

/** Amounts of money as the regulation and its people write them. */
public final class Amounts {

  private Amounts() {}

  /** Yuan in 万 (ten thousands), without trailing zeros: 6200000.00 → "620", 1250000 → "125". */
  public static String inWan(BigDecimal yuan) {
    return yuan.divide(BigDecimal.valueOf(10000)).stripTrailingZeros().toPlainString();
  }
}
