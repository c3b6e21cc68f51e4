package com.example.csl.contract;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms of a contract marketing agreed with the customer, recorded at conversion (R-PRE-10) as a draft: it is
 * reviewed before it is signed (R-IN-2), so a signing date is refused here and recorded by 签订合同 in in-sale.
 */
public record ContractTerms(
    @NotBlank(message = "必填：合同编号") @Size(max = 50, message = "合同编号最多50字")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "合同编号只能含字母、数字、- 和 _") String contractNumber,
    @NotNull(message = "必填：合同金额") @Positive(message = "合同金额必须大于0")
    @Digits(integer = 13, fraction = 2, message = "合同金额最多13位整数、2位小数") BigDecimal amount,
    LocalDate signedDate,
    Boolean involvesDesignInstallation) {}
