package com.example.csl.customer;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * 客户资料登记表 (R-PRE-1): what a registration carries, from the REST API, the Tasklist start form
 * or another system. The same constraints apply on every path (R-PRE-2).
 */
public record CustomerRegistration(
    @NotBlank(message = "必填：客户名称") @Size(max = 200, message = "客户名称最多200字") String name,
    @NotBlank(message = "必填：联系人") @Size(max = 100, message = "联系人最多100字") String contactPerson,
    @NotBlank(message = "必填：联系电话")
    @Pattern(regexp = PHONE, message = "电话格式不正确：手机 13812345678，或座机 021-12345678，可带 +86")
    String phone,
    @Email(message = "电子邮箱格式不正确") @Size(max = 200, message = "电子邮箱最多200字") String email,
    @Size(max = 300, message = "地址最多300字") String address,
    @Size(max = 100, message = "地区最多100字") String region,
    @Size(max = 100, message = "行业最多100字") String industry,
    @Pattern(regexp = "LARGE|MEDIUM|SMALL", message = "规模须为 LARGE、MEDIUM 或 SMALL") String companySize,
    @Pattern(regexp = "STRATEGIC_PARTNER|KEY|ORDINARY", message = "合作关系须为 STRATEGIC_PARTNER、KEY 或 ORDINARY")
    String relationship,
    @Size(max = 500, message = "订购产品最多500字") String productsOrdered,
    @PositiveOrZero(message = "上年度销售收入不能为负数")
    @Digits(integer = 13, fraction = 2, message = "上年度销售收入最多13位整数、2位小数") BigDecimal priorYearRevenue,
    @Pattern(regexp = "GOOD|NORMAL|POOR", message = "信用状况须为 GOOD、NORMAL 或 POOR") String creditStatus,
    Boolean strategic,
    @NotBlank(message = "必填：合作意向")
    @Pattern(regexp = "STRONG|MODERATE|NONE", message = "合作意向须为 STRONG、MODERATE 或 NONE") String intention,
    @Pattern(regexp = "HOTLINE|FIELD|API", message = "登记渠道须为 HOTLINE、FIELD 或 API") String channel) {

  /** Mobile (1[3-9] + 9 digits) or landline (0 + area code + 7–8 digits), optionally with +86. */
  public static final String PHONE = "^(\\+?86[- ]?)?(1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}|0\\d{2,3}[- ]?\\d{7,8})$";

  /** The phone as stored and compared for duplicates: digits only, without the country code. */
  public static String normalizePhone(String phone) {
    String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
    return digits.startsWith("86") && digits.length() > 11 ? digits.substring(2) : digits;
  }

  /** The customer is strategic when marked so or when the relationship is a strategic partnership (R-PRE-11). */
  public boolean isStrategic() {
    return Boolean.TRUE.equals(strategic) || "STRATEGIC_PARTNER".equals(relationship);
  }
}
