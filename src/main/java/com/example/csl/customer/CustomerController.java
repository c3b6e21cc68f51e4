package com.example.csl.customer;

import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import com.example.csl.contract.ContractService;
import com.example.csl.contract.ContractTerms;
import com.example.csl.presale.PreSaleProcess;
import com.example.csl.web.ConflictException;
import com.example.csl.web.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer archive API (R-PRE-1, R-PRE-2, R-ARC-1, R-ARC-2, R-PRE-10). Registration starts one
 * {@code pre-sale} case; reading is limited to the groups in {@code csl.customer.readers}.
 */
@RestController
@RequestMapping("/api/customers")
public class CustomerController {

  private final CustomerService customerService;
  private final CustomerRepository customers;
  private final GradeChangeRepository gradeChanges;
  private final ServiceScheduleRepository schedules;
  private final FollowUpRepository followUps;
  private final ContractService contractService;
  private final ContractRepository contracts;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final CustomerAccess access;
  private final com.example.csl.common.SystemActions system;
  private final com.example.csl.complaint.ComplaintRepository complaints;
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;

  public CustomerController(CustomerService customerService, CustomerRepository customers,
      GradeChangeRepository gradeChanges, ServiceScheduleRepository schedules, FollowUpRepository followUps,
      ContractService contractService, ContractRepository contracts, RuntimeService runtimeService,
      CurrentUser currentUser, CustomerAccess access, com.example.csl.common.SystemActions system,
      com.example.csl.complaint.ComplaintRepository complaints, org.springframework.jdbc.core.JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.customerService = customerService;
    this.customers = customers;
    this.gradeChanges = gradeChanges;
    this.schedules = schedules;
    this.followUps = followUps;
    this.contractService = contractService;
    this.contracts = contracts;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.access = access;
    this.system = system;
    this.complaints = complaints;
  }

  /** 201 with id, grade, keyCustomer and the pre-sale instance; 400 per bad field; 409 on a duplicate. */
  @PostMapping
  @Transactional
  public ResponseEntity<Map<String, Object>> register(@Valid @RequestBody CustomerRegistration registration) {
    currentUser.requireAnyGroup(access.registrars());
    Customer customer;
    try {
      customer = customerService.register(registration,
          registration.channel() == null ? "API" : registration.channel(), currentUser.id());
    } catch (DataIntegrityViolationException raced) {
      throw customers.findByNameAndPhone(registration.name().trim(), CustomerRegistration.normalizePhone(registration.phone()))
          .map(existing -> new DuplicateCustomerException(existing.getId(), existing.getStatus() == CustomerStatus.DROPPED))
          .orElseThrow(() -> raced);
    }
    // the id is the archive's own, composed here: trusted input, not a form submission
    Customer stored = customer;
    ProcessInstance instance = com.example.csl.form.TrustedInput.call(() -> runtimeService.createProcessInstanceByKey(PreSaleProcess.KEY)
        .businessKey(String.valueOf(stored.getId()))
        .setVariable(PreSaleProcess.CUSTOMER_ID, stored.getId())
        .execute());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", customer.getId());
    body.put("grade", customer.getGrade());
    body.put("keyCustomer", customer.isKeyCustomer());
    body.put("processInstanceId", instance.getId());
    return ResponseEntity.created(URI.create("/api/customers/" + customer.getId())).body(body);
  }

  /** R-PRE-12: what a reopening states. */
  public record ReopenRequest(String intention, String reason) {}

  /**
   * R-PRE-12 (issue 19): a dropped customer's archive is reopened into a new pre-sale case (graded anew from the
   * intention stated now); 201 with the new case, 400 per field, 404 unknown, 409 when the archive is not dropped.
   */
  @PostMapping("/{id}/reopen")
  @Transactional
  public ResponseEntity<Map<String, Object>> reopen(@PathVariable long id, @RequestBody ReopenRequest request) {
    currentUser.requireAnyGroup(access.registrars());
    Customer customer = customerService.reopen(id, request.intention(), request.reason(), currentUser.id());
    ProcessInstance instance = com.example.csl.form.TrustedInput.call(() -> runtimeService.createProcessInstanceByKey(PreSaleProcess.KEY)
        .businessKey(String.valueOf(customer.getId()))
        .setVariable(PreSaleProcess.CUSTOMER_ID, customer.getId())
        .execute());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", customer.getId());
    body.put("status", customer.getStatus());
    body.put("grade", customer.getGrade());
    body.put("processInstanceId", instance.getId());
    return ResponseEntity.created(URI.create("/api/customers/" + customer.getId())).body(body);
  }

  /**
   * R-ARC-4: a keeper corrects or updates the archive record; 200 with the changed fields, 400 per bad field
   * (nothing changed), 404 unknown, 409 when the name and phone belong to another archive.
   */
  @org.springframework.web.bind.annotation.PatchMapping("/{id}")
  @Transactional
  public Map<String, Object> update(@PathVariable long id, @RequestBody CustomerUpdate update) {
    currentUser.requireAnyGroup(access.keepers());
    List<String> changed = customerService.update(id, update, currentUser.id());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("changed", changed);
    return body;
  }

  /** R-ARC-4: the archive's change history, newest last (readers). */
  @GetMapping("/{id}/changes")
  @Transactional(readOnly = true)
  public List<Map<String, Object>> changes(@PathVariable long id) {
    currentUser.requireAnyGroup(access.readers());
    customerService.get(id);
    return changeHistory(id);
  }

  private List<Map<String, Object>> changeHistory(long id) {
    return rows("SELECT field AS \"field\", old_value AS \"oldValue\", new_value AS \"newValue\", reason AS \"reason\", "
        + "changed_by AS \"changedBy\", changed_at AS \"changedAt\" FROM csl_customer_change WHERE customer_id = ? ORDER BY id", id);
  }

  /** R-ARC-4: who read this archive record and when, newest first, paged (auditors). */
  @GetMapping("/{id}/reads")
  @Transactional(readOnly = true)
  public Map<String, Object> reads(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    currentUser.requireAnyGroup(access.auditors());
    if (page < 0 || size < 1 || size > 500) {
      throw new com.example.csl.common.BusinessRuleViolation(size < 1 || size > 500 ? "size" : "page",
          "page ≥ 0，size 在 1 到 500 之间");
    }
    customerService.get(id);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", rows("SELECT read_by AS \"readBy\", read_at AS \"readAt\", channel AS \"channel\" FROM csl_customer_read "
        + "WHERE customer_id = ? ORDER BY id DESC LIMIT ? OFFSET ?", id, size, (long) page * size));
    body.put("total", jdbc.queryForObject("SELECT COUNT(*) FROM csl_customer_read WHERE customer_id = ?", Long.class, id));
    body.put("page", page);
    body.put("size", size);
    return body;
  }

  /** The archive record; the read is recorded (R-ARC-4). */
  @GetMapping("/{id}")
  @Transactional
  public Map<String, Object> get(@PathVariable long id) {
    currentUser.requireAnyGroup(access.readers());
    Customer customer = customerService.get(id);
    customerService.recordRead(id, currentUser.id(), "API");
    Map<String, Object> body = summary(customer);
    body.put("contactPerson", customer.getContactPerson());
    body.put("phone", customer.getPhone());
    body.put("email", customer.getEmail());
    body.put("address", customer.getAddress());
    body.put("region", customer.getRegion());
    body.put("industry", customer.getIndustry());
    body.put("companySize", customer.getCompanySize());
    body.put("relationship", customer.getRelationship());
    body.put("productsOrdered", customer.getProductsOrdered());
    body.put("priorYearRevenue", customer.getPriorYearRevenue());
    body.put("creditStatus", customer.getCreditStatus());
    body.put("strategic", customer.isStrategic());
    body.put("intention", customer.getIntention());
    body.put("channel", customer.getChannel());
    body.put("followUpInterval", customer.getFollowUpInterval());
    body.put("statusReason", customer.getStatusReason());
    body.put("processInstanceId", customer.getProcessInstanceId());
    body.put("registeredBy", customer.getRegisteredBy());
    body.put("registeredAt", customer.getRegisteredAt());
    body.put("closedAt", customer.getClosedAt());
    body.put("keyAccountManager", customer.getKeyAccountManager());
    body.put("keyAccountClass", customer.getKeyAccountClass());
    body.put("keyAccountYear", customer.getKeyAccountYear());
    body.put("gradeHistory", gradeChanges.findByCustomerIdOrderByIdAsc(id));
    body.put("changeHistory", changeHistory(id));
    body.put("keyAccountReviews", rows("SELECT review_year AS \"year\", manager AS \"manager\", callbacks AS \"callbacks\", "
        + "visits AS \"visits\", satisfaction AS \"satisfaction\", quality AS \"quality\", efficiency AS \"efficiency\", "
        + "relationship AS \"relationship\", value_added AS \"valueAdded\", summary AS \"summary\", reviewed_by AS \"reviewedBy\", "
        + "reviewed_at AS \"reviewedAt\" FROM csl_key_account_review WHERE customer_id = ? ORDER BY review_year", id));
    body.put("serviceSchedules", schedules.findByCustomerIdOrderByIdAsc(id));
    body.put("followUps", followUps.findByCustomerIdOrderByIdAsc(id));
    body.put("contracts", contracts.findByCustomerIdOrderByIdAsc(id).stream().map(c -> Map.of(
        "id", c.getId(), "contractNumber", c.getContractNumber(), "amount", c.getAmount(),
        "status", c.getStatus(), "class", String.valueOf(c.getContractClass()))).toList());
    body.put("complaints", complaints.summariesOfCustomer(id).stream().map(row -> Map.of(
        "number", row[0], "category", row[1], "status", row[2], "registeredAt", row[3])).toList());
    // R-ARC-1: the archive also shows the customer's repairs, surveys and visits
    body.put("repairs", rows("SELECT order_number AS \"number\", complaint_number AS \"complaintNumber\", "
        + "status AS \"status\", order_type AS \"type\", estimated_cost AS \"estimatedCost\", settled_cost AS \"settledCost\", "
        + "callback_satisfaction AS \"satisfaction\", created_at AS \"createdAt\" FROM csl_repair_order WHERE customer_id = ? ORDER BY id", id));
    body.put("surveys", rows("SELECT r.label AS \"round\", s.status AS \"status\", s.total_score AS \"total\", "
        + "s.band AS \"band\", s.dissatisfaction_reason AS \"reason\", s.answered_at AS \"answeredAt\" FROM csl_survey_response s "
        + "JOIN csl_survey_round r ON r.id = s.round_id WHERE s.customer_id = ? ORDER BY s.id", id));
    body.put("visits", rows("SELECT p.plan_year AS \"year\", v.status AS \"status\", v.visited_on AS \"visitedOn\", "
        + "v.findings AS \"findings\" FROM csl_customer_visit v JOIN csl_visit_plan p ON p.id = v.plan_id "
        + "WHERE v.customer_id = ? ORDER BY v.id", id));
    return body;
  }

  /** Rows of a small archive query, with dates as Instant / LocalDate whatever the database's driver returns. */
  private List<Map<String, Object>> rows(String sql, Object... args) {
    return jdbc.queryForList(sql, args).stream().map(row -> {
      Map<String, Object> out = new LinkedHashMap<>();
      row.forEach((k, v) -> out.put(k, v instanceof java.sql.Timestamp t ? t.toInstant()
          : v instanceof java.time.OffsetDateTime o ? o.toInstant()
          : v instanceof java.sql.Date d ? d.toLocalDate() : v));
      return out;
    }).toList();
  }

  /** A page of the archive, optionally by grade (R-ARC-3 composition starts here). */
  @GetMapping
  @Transactional(readOnly = true)
  public Map<String, Object> list(@RequestParam(required = false) String grade,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    currentUser.requireAnyGroup(access.readers());
    if (page < 0 || size < 1 || size > 200) {
      throw new com.example.csl.common.BusinessRuleViolation(size < 1 || size > 200 ? "size" : "page",
          "page ≥ 0，size 在 1 到 200 之间");
    }
    PageRequest request = PageRequest.of(page, size, Sort.by("id"));
    Page<Customer> result = grade == null ? customers.findAll(request) : customers.findByGrade(grade, request);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", result.getContent().stream().map(this::summary).toList());
    body.put("page", page);
    body.put("size", size);
    body.put("total", result.getTotalElements());
    return body;
  }

  /**
   * R-PRE-10: the customer signed a formal contract. Records it and sends {@code ContractSigned} to
   * the customer's pre-sale case, which ends its follow-ups and starts in-sale.
   */
  @PostMapping("/{id}/contracts")
  @Transactional
  public ResponseEntity<Map<String, Object>> contractSigned(@PathVariable long id, @Valid @RequestBody ContractTerms terms) {
    currentUser.requireAnyGroup(access.contractRegistrars());
    Customer customer = customerService.get(id);
    // the registrar group check above authorises this; the engine steps run as the application
    long waiting = customer.getProcessInstanceId() == null ? 0 : system.call(() -> runtimeService
        .createEventSubscriptionQuery().processInstanceId(customer.getProcessInstanceId())
        .eventType("message").eventName(PreSaleProcess.MESSAGE_CONTRACT_SIGNED).count());
    if (customer.getStatus() != CustomerStatus.PROSPECT || waiting == 0) {
      throw new ConflictException("该客户当前不在可签约的跟进阶段（状态 " + customer.getStatus()
          + "）：请先完成审核与服务安排，或在跟进任务中登记签约", Map.of("customerId", id, "status", customer.getStatus()));
    }
    Contract contract = contractService.register(id, terms, currentUser.id());
    List<ProcessInstance> inSale = system.call(() -> {
      runtimeService.createMessageCorrelation(PreSaleProcess.MESSAGE_CONTRACT_SIGNED)
          .processInstanceId(customer.getProcessInstanceId())
          .setVariable(PreSaleProcess.CONTRACT_ID, contract.getId())
          .correlate();
      return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(contract.getContractNumber()).list();
    });
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("contractId", contract.getId());
    body.put("contractNumber", contract.getContractNumber());
    body.put("customerStatus", customerService.get(id).getStatus());
    body.put("inSaleProcessInstanceId", inSale.isEmpty() ? null : inSale.get(0).getId());
    return ResponseEntity.created(URI.create("/api/customers/" + id)).body(body);
  }

  private Map<String, Object> summary(Customer customer) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", customer.getId());
    body.put("name", customer.getName());
    body.put("grade", customer.getGrade());
    body.put("keyCustomer", customer.isKeyCustomer());
    body.put("status", customer.getStatus());
    body.put("owner", customer.getOwner());
    return body;
  }
}
