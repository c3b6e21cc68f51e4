package com.example.csl.customer;

import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer archive (R-ARC-1): registration with its checks (R-PRE-1, R-PRE-2) and grade history. */
@Service
public class CustomerService {

  private final CustomerRepository customers;
  private final GradeChangeRepository gradeChanges;
  private final Validator validator;

  public CustomerService(CustomerRepository customers, GradeChangeRepository gradeChanges, Validator validator) {
    this.customers = customers;
    this.gradeChanges = gradeChanges;
    this.validator = validator;
  }

  /** Field → reason for each constraint the registration breaks (empty when valid). */
  public Map<String, String> violations(CustomerRegistration registration) {
    return com.example.csl.common.FieldErrors.of(validator.validate(registration));
  }

  /**
   * Stores a new archive record. Invalid input throws {@link BusinessRuleViolation}; a duplicate
   * (same name and phone) throws {@link DuplicateCustomerException} naming the existing record.
   */
  @Transactional
  public Customer register(CustomerRegistration registration, String channel, String registeredBy) {
    com.example.csl.common.FieldErrors.throwIfAny(violations(registration));
    String name = registration.name().trim();
    String phone = CustomerRegistration.normalizePhone(registration.phone());
    customers.findByNameAndPhone(name, phone).ifPresent(existing -> {
      throw new DuplicateCustomerException(existing.getId(), existing.getStatus() == CustomerStatus.DROPPED);
    });
    Customer customer = new Customer();
    customer.setName(name);
    customer.setContactPerson(registration.contactPerson().trim());
    customer.setPhone(phone);
    customer.setEmail(blankToNull(registration.email()));
    customer.setAddress(blankToNull(registration.address()));
    customer.setRegion(blankToNull(registration.region()));
    customer.setIndustry(blankToNull(registration.industry()));
    customer.setCompanySize(blankToNull(registration.companySize()));
    customer.setRelationship(blankToNull(registration.relationship()));
    customer.setProductsOrdered(blankToNull(registration.productsOrdered()));
    customer.setPriorYearRevenue(registration.priorYearRevenue());
    customer.setCreditStatus(blankToNull(registration.creditStatus()));
    customer.setStrategic(registration.isStrategic());
    customer.setIntention(Intention.valueOf(registration.intention()));
    customer.setChannel(channel);
    customer.setStatus(CustomerStatus.PROSPECT);
    customer.setRegisteredBy(registeredBy);
    customer.setRegisteredAt(now());
    return customers.saveAndFlush(customer);
  }

  /**
   * R-PRE-12 (issue 19): a dropped customer returns to pre-sale on the same archive — a prospect again, with the
   * intention now stated (graded anew by the new case), the reason kept; the earlier cases stay in the history.
   * Only a dropped archive can be reopened (409 otherwise).
   */
  public Customer reopen(long id, String intention, String reason, String by) {
    Customer customer = get(id);
    java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
    if (intention == null || java.util.Arrays.stream(Intention.values()).noneMatch(i -> i.name().equals(intention))) {
      errors.put("intention", "必填：合作意向（STRONG 强烈、MODERATE 一般、NONE 无）");
    }
    if (reason == null || reason.isBlank()) {
      errors.put("reopenReason", "必填：重新开启跟进的原因");
    } else if (reason.length() > 500) {
      errors.put("reopenReason", "重新开启的原因最多500字");
    }
    com.example.csl.common.FieldErrors.throwIfAny(errors);
    if (customer.getStatus() != CustomerStatus.DROPPED) {
      throw new com.example.csl.web.ConflictException("只有已放弃跟进的客户档案可以重新开启售前跟进；档案 " + id + " 当前为"
          + (customer.getStatus() == CustomerStatus.CONVERTED ? "正式客户" : "跟进中"), java.util.Map.of("status", customer.getStatus().name()));
    }
    customer.setIntention(Intention.valueOf(intention));
    customer.setStatus(CustomerStatus.PROSPECT);
    customer.setStatusReason("重新开启跟进（" + by + "）：" + reason.trim());
    customer.setClosedAt(null);
    return customers.saveAndFlush(customer);
  }

  /** The archive record with this name and phone (R-PRE-2), if any; nothing is checked or thrown. */
  public java.util.Optional<Customer> existing(String name, String phone) {
    if (name == null || phone == null) {
      return java.util.Optional.empty();
    }
    return customers.findByNameAndPhone(name.trim(), CustomerRegistration.normalizePhone(phone));
  }

  public Customer get(long id) {
    return customers.findById(id).orElseThrow(() -> new CustomerNotFoundException(id));
  }

  /** Sets the grade and key-customer flag and writes the grade history entry (R-PRE-3, R-PRE-4, R-PRE-8). */
  @Transactional
  public Customer changeGrade(long customerId, String grade, boolean keyCustomer, GradeChange.Source source,
      String reason, String changedBy) {
    Customer customer = get(customerId);
    gradeChanges.save(new GradeChange(customerId, customer.getGrade(), grade, keyCustomer, source, reason, changedBy, now()));
    customer.setGrade(grade);
    customer.setKeyCustomer(keyCustomer);
    return customer;
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
