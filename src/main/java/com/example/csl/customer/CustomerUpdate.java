package com.example.csl.customer;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A correction or update of an archive record (R-ARC-4): each field that is not null is the new value (an empty
 * text clears an optional field); the reason is mandatory. The constraints are those of registration (R-PRE-2).
 */
public record CustomerUpdate(
    @Size(min = 1, max = 200, message = "客户名称不能为空，最多200字") String name,
    @Size(min = 1, max = 100, message = "联系人不能为空，最多100字") String contactPerson,
    @Pattern(regexp = CustomerRegistration.PHONE, message = "电话格式不正确：手机 13812345678，或座机 021-12345678，可带 +86")
    String phone,
    @Email(message = "电子邮箱格式不正确") @Size(max = 200, message = "电子邮箱最多200字") String email,
    @Size(max = 300, message = "地址最多300字") String address,
    @Size(max = 100, message = "地区最多100字") String region,
    @Size(max = 100, message = "行业最多100字") String industry,
    @Pattern(regexp = "|LARGE|MEDIUM|SMALL", message = "规模须为 大型、中型 或 小型") String companySize,
    @Pattern(regexp = "|STRATEGIC_PARTNER|KEY|ORDINARY", message = "合作关系须为 战略合作伙伴、重点客户 或 普通客户")
    String relationship,
    @Size(max = 500, message = "订购产品最多500字") String productsOrdered,
    @PositiveOrZero(message = "上年度销售收入不能为负数")
    @Digits(integer = 13, fraction = 2, message = "上年度销售收入最多13位整数、2位小数") BigDecimal priorYearRevenue,
    @Pattern(regexp = "|GOOD|NORMAL|POOR", message = "信用状况须为 良好、一般 或 较差") String creditStatus,
    Boolean strategic,
    @NotBlank(message = "必填：修改原因") @Size(max = 500, message = "修改原因最多500字") String reason) {}
