package com.example.csl.contract;

import jakarta.validation.Validator;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contracts: created when a customer signs (R-PRE-10); numbers are unique. */
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
    if (terms.signedDate() != null && terms.signedDate().isAfter(calendar.today())) {
      errors.putIfAbsent("signedDate", "签订日期不能晚于今天");
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
        Boolean.TRUE.equals(terms.involvesDesignInstallation()), terms.signedDate(), createdBy,
        ClockUtil.getCurrentTime().toInstant()));
  }
}
