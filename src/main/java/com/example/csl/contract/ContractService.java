package com.example.csl.contract;

import com.example.csl.common.BusinessRuleViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contracts: created when a customer signs (R-PRE-10); numbers are unique. */
@Service
public class ContractService {

  private final ContractRepository contracts;
  private final Validator validator;

  public ContractService(ContractRepository contracts, Validator validator) {
    this.contracts = contracts;
    this.validator = validator;
  }

  public Map<String, String> violations(ContractTerms terms) {
    Map<String, String> errors = new LinkedHashMap<>();
    validator.validate(terms).stream()
        .sorted(Comparator.comparing((ConstraintViolation<ContractTerms> v) -> v.getPropertyPath().toString()))
        .forEach(v -> errors.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + "；" + b));
    if (terms.signedDate() != null && terms.signedDate().isAfter(ClockUtil.getCurrentTime().toInstant()
        .atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate())) {
      errors.putIfAbsent("signedDate", "签订日期不能晚于今天");
    }
    if (terms.contractNumber() != null && contracts.findByContractNumber(terms.contractNumber().trim()).isPresent()) {
      errors.putIfAbsent("contractNumber", "合同编号已存在: " + terms.contractNumber());
    }
    return errors;
  }

  @Transactional
  public Contract register(long customerId, ContractTerms terms, String createdBy) {
    Map<String, String> errors = violations(terms);
    if (!errors.isEmpty()) {
      throw new BusinessRuleViolation(errors.keySet().iterator().next(), String.join("；", errors.values()));
    }
    return contracts.saveAndFlush(new Contract(customerId, terms.contractNumber().trim(), terms.amount(),
        Boolean.TRUE.equals(terms.involvesDesignInstallation()), terms.signedDate(), createdBy,
        ClockUtil.getCurrentTime().toInstant()));
  }
}
