package com.example.csl.contract;

import jakarta.validation.Validator;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contracts: registered as a draft when a customer agrees (R-PRE-10), reviewed, then signed (R-IN-2); numbers are unique. */
@Service
public class ContractService {

  private final ContractRepository contracts;
  private final Validator validator;
  private final com.example.csl.calendar.WorkingDayCalendar calendar;

  public ContractService(ContractRepository contracts, Validator validator,
      com.example.csl.calendar.WorkingDayCalendar calendar) {
    this.contracts = contracts;
    this.validator = validator;
    this.calendar = calendar;
  }

  public Map<String, String> violations(ContractTerms terms) {
    Map<String, String> errors = com.example.csl.common.FieldErrors.of(validator.validate(terms));
    if (terms.signedDate() != null) {
      errors.putIfAbsent("signedDate", "合同须先评审后签订（R-IN-2）：签订日期在合同评审通过后的“签订合同”一步填写");
    }
    if (terms.contractNumber() != null && contracts.findByContractNumber(terms.contractNumber().trim()).isPresent()) {
      errors.putIfAbsent("contractNumber", "合同编号已存在: " + terms.contractNumber());
    }
    return errors;
  }

  @Transactional
  public Contract register(long customerId, ContractTerms terms, String createdBy) {
    com.example.csl.common.FieldErrors.throwIfAny(violations(terms));
    return contracts.saveAndFlush(new Contract(customerId, terms.contractNumber().trim(), terms.amount(),
        Boolean.TRUE.equals(terms.involvesDesignInstallation()), null, createdBy,
        ClockUtil.getCurrentTime().toInstant()));
  }
}
