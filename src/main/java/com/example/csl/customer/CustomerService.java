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
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;

  public CustomerService(CustomerRepository customers, GradeChangeRepository gradeChanges, Validator validator,
      org.springframework.jdbc.core.JdbcTemplate jdbc) {
    this.customers = customers;
    this.gradeChanges = gradeChanges;
    this.validator = validator;
    this.jdbc = jdbc;
  }

  /** The archive fields a keeper may correct (R-ARC-4), by the name the API, the form and the history use. */
  public static final java.util.List<String> UPDATABLE = java.util.List.of("name", "contactPerson", "phone", "email",
      "address", "region", "industry", "companySize", "relationship", "productsOrdered", "priorYearRevenue",
      "creditStatus", "strategic");

  /**
   * R-ARC-4: corrects or updates an archive record. Only fields whose value differs are changed; each change is
   * kept with who, when, old and new value and the reason. Refused (nothing changed): a field breaking the
   * registration constraints, no change at all, or a name and phone that another archive holds (R-PRE-2, 409).
   * Returns the changed fields.
   */
  @Transactional
  public java.util.List<String> update(long id, CustomerUpdate update, String by) {
    return update(id, update, by, "reason");
  }

  /** As {@link #update(long, CustomerUpdate, String)}, naming the reason's field as the caller's form does. */
  @Transactional
  public java.util.List<String> update(long id, CustomerUpdate update, String by, String reasonField) {
    Customer customer = get(id);
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    com.example.csl.common.FieldErrors.of(validator.validate(update))
        .forEach((field, message) -> errors.put("reason".equals(field) ? reasonField : field, message));
    com.example.csl.common.FieldErrors.throwIfAny(errors);
    if (update.name() != null && update.name().isBlank()) {
      errors.put("name", "客户名称不能为空");
    }
    if (update.contactPerson() != null && update.contactPerson().isBlank()) {
      errors.put("contactPerson", "联系人不能为空");
    }
    com.example.csl.common.FieldErrors.throwIfAny(errors);
    // each submitted field, normalized as registration does; only those that differ are changed and kept
    Map<String, Object[]> changes = new java.util.LinkedHashMap<>();
    java.util.List<Runnable> apply = new java.util.ArrayList<>();
    field(changes, apply, "name", customer.getName(), update.name(), String::trim, customer::setName);
    field(changes, apply, "contactPerson", customer.getContactPerson(), update.contactPerson(), String::trim, customer::setContactPerson);
    field(changes, apply, "phone", customer.getPhone(), update.phone(), CustomerRegistration::normalizePhone, customer::setPhone);
    field(changes, apply, "email", customer.getEmail(), update.email(), CustomerService::blankToNull, customer::setEmail);
    field(changes, apply, "address", customer.getAddress(), update.address(), CustomerService::blankToNull, customer::setAddress);
    field(changes, apply, "region", customer.getRegion(), update.region(), CustomerService::blankToNull, customer::setRegion);
    field(changes, apply, "industry", customer.getIndustry(), update.industry(), CustomerService::blankToNull, customer::setIndustry);
    field(changes, apply, "companySize", customer.getCompanySize(), update.companySize(), CustomerService::blankToNull, customer::setCompanySize);
    field(changes, apply, "relationship", customer.getRelationship(), update.relationship(), CustomerService::blankToNull, customer::setRelationship);
    field(changes, apply, "productsOrdered", customer.getProductsOrdered(), update.productsOrdered(), CustomerService::blankToNull,
        customer::setProductsOrdered);
    field(changes, apply, "priorYearRevenue", customer.getPriorYearRevenue(), update.priorYearRevenue(), v -> v, customer::setPriorYearRevenue);
    field(changes, apply, "creditStatus", customer.getCreditStatus(), update.creditStatus(), CustomerService::blankToNull, customer::setCreditStatus);
    field(changes, apply, "strategic", customer.isStrategic(), update.strategic(), v -> v, customer::setStrategic);
    if (changes.isEmpty()) {
      throw new com.example.csl.common.BusinessRuleViolation(reasonField, "没有任何字段被修改：请修改至少一项档案内容");
    }
    if (changes.containsKey("name") || changes.containsKey("phone")) {
      String name = changes.containsKey("name") ? (String) changes.get("name")[1] : customer.getName();
      String phone = changes.containsKey("phone") ? (String) changes.get("phone")[1] : customer.getPhone();
      customers.findByNameAndPhone(name, phone).filter(other -> !other.getId().equals(customer.getId())).ifPresent(other -> {
        throw new com.example.csl.web.ConflictException("客户名称与联系电话已属于另一份档案（档案 " + other.getId()
            + "），同名同电话的档案只能有一份：请核对后再修改", Map.of("existingCustomerId", other.getId(),
                "fields", Map.of("name", "与档案 " + other.getId() + " 重复", "phone", "与档案 " + other.getId() + " 重复")));
      });
    }
    apply.forEach(Runnable::run);
    customers.saveAndFlush(customer);
    java.time.Instant at = now();
    String reason = update.reason().trim();
    jdbc.batchUpdate("INSERT INTO csl_customer_change (customer_id, field, old_value, new_value, reason, changed_by, changed_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?)", changes.entrySet().stream().map(e -> new Object[] {id, e.getKey(),
            text(e.getValue()[0]), text(e.getValue()[1]), reason, by, java.sql.Timestamp.from(at)}).toList());
    return java.util.List.copyOf(changes.keySet());
  }

  /** R-ARC-4: a status change of the archive (converted, dropped, reopened) kept in its change history. */
  public void changeStatus(Customer customer, CustomerStatus status, String reason, String by) {
    CustomerStatus before = customer.getStatus();
    customer.setStatus(status);
    customer.setStatusReason(reason);
    customer.setClosedAt(status == CustomerStatus.PROSPECT ? null : now());
    jdbc.update("INSERT INTO csl_customer_change (customer_id, field, old_value, new_value, reason, changed_by, changed_at) "
        + "VALUES (?, 'status', ?, ?, ?, ?, ?)", customer.getId(), before == null ? null : before.name(), status.name(),
        reason == null || reason.isBlank() ? "-" : (reason.length() > 500 ? reason.substring(0, 500) : reason), by,
        java.sql.Timestamp.from(now()));
  }

  /** R-ARC-4: who read which archive record, when and through what. */
  public void recordRead(long customerId, String by, String channel) {
    jdbc.update("INSERT INTO csl_customer_read (customer_id, read_by, read_at, channel) VALUES (?, ?, ?, ?)",
        customerId, by == null ? "-" : by, java.sql.Timestamp.from(now()), channel);
  }

  /** A submitted field (null = not sent): recorded as a change and queued to be set when it differs. */
  private static <T> void field(Map<String, Object[]> changes, java.util.List<Runnable> apply, String name, T before,
      T submitted, java.util.function.UnaryOperator<T> normalize, java.util.function.Consumer<T> setter) {
    if (submitted == null) {
      return;
    }
    T after = normalize.apply(submitted);
    boolean same = before instanceof java.math.BigDecimal b && after instanceof java.math.BigDecimal a
        ? b.compareTo(a) == 0 : java.util.Objects.equals(before, after);
    if (!same) {
      changes.put(name, new Object[] {before, after});
      apply.add(() -> setter.accept(after));
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
    return s.length() > 500 ? s.substring(0, 500) : s;
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
    changeStatus(customer, CustomerStatus.PROSPECT, "重新开启跟进：" + reason.trim(), by);
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
