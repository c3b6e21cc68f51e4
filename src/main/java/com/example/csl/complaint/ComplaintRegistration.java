package com.example.csl.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 客户投诉登记 (R-AS-1, R-AS-2): what a registration carries. The customer is named by archive id,
 * or by the phone stored in the archive.
 */
public record ComplaintRegistration(
    Long customerId,
    @Size(max = 30, message = "客户电话最多30字") String customerPhone,
    Long contractId,
    @NotBlank(message = "必填：投诉渠道")
    @Pattern(regexp = "HOTLINE|EMAIL|VISIT|LETTER|DEPARTMENT", message = "投诉渠道须为 HOTLINE、EMAIL、VISIT、LETTER 或 DEPARTMENT")
    String channel,
    @NotBlank(message = "必填：投诉类别")
    @Pattern(regexp = "SERVICE_ATTITUDE|PROFESSIONAL_COMPETENCE|SERVICE_EFFICIENCY|TECHNICAL|INSTALLATION|REPAIR|TRADE_DISPUTE|OTHER",
        message = "投诉类别取值无效") String category,
    @NotBlank(message = "必填：投诉内容") @Size(max = 2000, message = "投诉内容最多2000字") String description,
    @Size(max = 1000, message = "客户要求最多1000字") String customerRequest,
    Boolean major,
    @Size(max = 64, message = "责任部门最多64字") String responsibleGroup) {}
