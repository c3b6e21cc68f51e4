package com.example.csl.complaint;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerNotFoundException;
import com.example.csl.customer.CustomerRegistration;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.identity.StaffGroup;
import com.example.csl.web.NotFoundException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Complaint intake (R-AS-1, R-AS-2) and the complaint file. */
@Service
public class ComplaintService {

  private final ComplaintRepository complaints;
  private final ComplaintNumbers numbers;
  private final CustomerRepository customers;
  private final ContractRepository contracts;
  private final Validator validator;
  private final com.example.csl.calendar.WorkingDayCalendar calendar;
  private final org.camunda.bpm.engine.RuntimeService runtimeService;
  private final com.example.csl.insale.ProjectTeamRepository teams;

  public ComplaintService(ComplaintRepository complaints, ComplaintNumbers numbers, CustomerRepository customers,
      ContractRepository contracts, Validator validator, com.example.csl.calendar.WorkingDayCalendar calendar,
      @org.springframework.context.annotation.Lazy org.camunda.bpm.engine.RuntimeService runtimeService,
      com.example.csl.insale.ProjectTeamRepository teams) {
    this.runtimeService = runtimeService;
    this.teams = teams;
    this.complaints = complaints;
    this.numbers = numbers;
    this.customers = customers;
    this.contracts = contracts;
    this.validator = validator;
    this.calendar = calendar;
  }

  /** Starts after-sale for a complaint registered outside Tasklist (API, sample data); business key = its number. */
  public org.camunda.bpm.engine.runtime.ProcessInstance startAfterSale(Complaint complaint) {
    // the complaint id is the application's own: trusted input, not a form submission
    return com.example.csl.form.TrustedInput.call(() -> runtimeService.createProcessInstanceByKey(AfterSaleProcess.KEY)
        .businessKey(complaint.getComplaintNumber())
        .setVariable(AfterSaleProcess.COMPLAINT_ID, complaint.getId())
        .execute());
  }

  /** Field → reason for each problem of the registration that needs no database. */
  public Map<String, String> violations(ComplaintRegistration registration) {
    Map<String, String> errors = com.example.csl.common.FieldErrors.of(validator.validate(registration));
    if (registration.customerId() == null && (registration.customerPhone() == null || registration.customerPhone().isBlank())) {
      errors.putIfAbsent("customerId", "必填：客户档案编号或客户电话");
    }
    if (registration.responsibleGroup() != null && !registration.responsibleGroup().isBlank()
        && !StaffGroup.isKnown(registration.responsibleGroup())) {
      errors.putIfAbsent("responsibleGroup", "不是已知的部门: " + registration.responsibleGroup());
    }
    return errors;
  }

  /** Stores a complaint with its number; unknown customer → 404, bad fields → 400. */
  @Transactional
  public Complaint register(ComplaintRegistration registration, String registeredBy) {
    com.example.csl.common.FieldErrors.throwIfAny(violations(registration));
    Customer customer = findCustomer(registration);
    if (registration.contractId() != null) {
      Contract contract = contracts.findById(registration.contractId())
          .orElseThrow(() -> new BusinessRuleViolation("contractId", "合同不存在: " + registration.contractId()));
      if (!contract.getCustomerId().equals(customer.getId())) {
        throw new BusinessRuleViolation("contractId", "合同不属于该客户: " + registration.contractId());
      }
      // a contract still in in-sale may be named too (issue 20): the routing decision sends such a complaint
      // where the model says (complaint-routing.dmn: to the project team executing the contract)
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Complaint complaint = new Complaint();
    complaint.setComplaintNumber(numbers.next(calendar.today()));
    complaint.setCustomerId(customer.getId());
    complaint.setContractId(registration.contractId());
    complaint.setChannel(registration.channel());
    complaint.setCategory(ComplaintCategory.valueOf(registration.category()));
    complaint.setDescription(registration.description().trim());
    complaint.setCustomerRequest(blankToNull(registration.customerRequest()));
    complaint.setMajor(Boolean.TRUE.equals(registration.major()));
    complaint.setResponsibleGroup(blankToNull(registration.responsibleGroup()));
    complaint.setServiceOffice(blankToNull(customer.getRegion()));
    complaint.setRegisteredBy(registeredBy);
    complaint.setRegisteredAt(now);
    return complaints.saveAndFlush(complaint);
  }

  public Complaint get(long id) {
    return complaints.findById(id).orElseThrow(() -> new NotFoundException("投诉不存在: " + id));
  }

  public Complaint byNumber(String number) {
    return complaints.findByComplaintNumber(number).orElseThrow(() -> new NotFoundException("投诉不存在: " + number));
  }

  /** Whether the customer has a bulk project contract (大宗客户项目合作合约), for the routing decision. */
  /**
   * R-AS-4 (refined), issue 20: the project team of the contract the complaint names — a bulk contract with its
   * 项目服务小组 — or empty (no contract named, a scattered contract, a team not formed yet). The contract named
   * decides, not the customer's latest one.
   */
  public java.util.Optional<String> projectTeamOf(Complaint complaint) {
    if (complaint.getContractId() == null) {
      return java.util.Optional.empty();
    }
    return contracts.findById(complaint.getContractId())
        .filter(contract -> "BULK".equals(contract.getContractClass()))
        .flatMap(contract -> teams.findByContractId(contract.getId()))
        .map(com.example.csl.insale.ProjectTeam::getTeamGroup);
  }

  private Customer findCustomer(ComplaintRegistration registration) {
    if (registration.customerId() != null) {
      return customers.findById(registration.customerId())
          .orElseThrow(() -> new CustomerNotFoundException(registration.customerId()));
    }
    String phone = CustomerRegistration.normalizePhone(registration.customerPhone());
    List<Customer> found = customers.findByPhone(phone);
    if (found.isEmpty()) {
      throw new NotFoundException("没有电话为 " + registration.customerPhone() + " 的客户档案");
    }
    if (found.size() > 1) {
      throw new BusinessRuleViolation("customerPhone", "该电话对应多个客户档案，请填写客户档案编号");
    }
    return found.get(0);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
