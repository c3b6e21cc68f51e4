package com.example.csl.repair;

import com.example.csl.common.BusinessRuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contractors' quality deposits (工程质量保证金, R-REP-9): deposits paid in and deductions for
 * type-A repairs. The balance never goes negative: a deduction larger than the balance is refused
 * unless the shortfall is explicitly recorded, and then deducts the balance and records the rest as
 * the shortfall on the ledger line. One deduction per work order (a retried payment finds it).
 */
@Service
public class DepositLedger {

  private final ContractorRepository contractors;
  private final DepositEntryRepository entries;

  public DepositLedger(ContractorRepository contractors, DepositEntryRepository entries) {
    this.contractors = contractors;
    this.entries = entries;
  }

  @Transactional
  public DepositEntry deposit(long contractorId, BigDecimal amount, String note, String user) {
    if (amount == null || amount.signum() <= 0) {
      throw new BusinessRuleViolation("amount", "缴纳金额须大于0");
    }
    Contractor contractor = contractor(contractorId);
    BigDecimal balance = contractor.getDepositBalance().add(amount);
    contractor.setDepositBalance(balance);
    return entries.save(new DepositEntry(contractorId, null, "DEPOSIT", amount, BigDecimal.ZERO.setScale(2),
        BigDecimal.ZERO.setScale(2), balance, note, user, now()));
  }

  @Transactional
  public DepositEntry deductForRepair(long contractorId, RepairOrder order, BigDecimal amount, boolean recordShortfall,
      String note, String user) {
    Optional<DepositEntry> existing = entries.findByRepairOrderId(order.getId());
    if (existing.isPresent()) {
      return existing.get();
    }
    Contractor contractor = contractor(contractorId);
    BigDecimal balance = contractor.getDepositBalance();
    BigDecimal deducted = amount.min(balance);
    BigDecimal shortfall = amount.subtract(deducted);
    if (shortfall.signum() > 0) {
      if (!recordShortfall) {
        throw new BusinessRuleViolation("recordShortfall", String.format(
            "施工单位“%s”的工程质量保证金余额 %s 元不足以扣除 %s 元：须勾选“记录保证金差额”并说明差额的处理，保证金不会扣成负数",
            contractor.getName(), balance.toPlainString(), amount.toPlainString()));
      }
      if (note == null || note.isBlank()) {
        throw new BusinessRuleViolation("deductionNote", "必填：保证金差额 " + shortfall.toPlainString() + " 元的处理说明");
      }
    }
    BigDecimal after = balance.subtract(deducted);
    contractor.setDepositBalance(after);
    return entries.save(new DepositEntry(contractorId, order.getId(), "DEDUCTION", amount, deducted, shortfall, after,
        note, user, now()));
  }

  private Contractor contractor(long id) {
    return contractors.findById(id).orElseThrow(() -> new BusinessRuleViolation("contractorId", "施工单位不存在: " + id));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
