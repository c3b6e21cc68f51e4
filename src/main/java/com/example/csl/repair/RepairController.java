package com.example.csl.repair;

import com.example.csl.common.FieldErrors;
import com.example.csl.web.ConflictException;
import com.example.csl.web.CurrentUser;
import com.example.csl.web.NotFoundException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work orders and contractors over HTTP (SPEC §4): {@code GET /api/repairs/{number}} — the order with
 * its decisions, extensions, worker evaluations, overdue records and deposit deduction;
 * {@code GET/POST /api/contractors}, {@code POST /api/contractors/{id}/deposits} and
 * {@code GET /api/contractors/{id}/ledger} for the quality deposits (R-REP-9).
 */
@RestController
public class RepairController {

  private final RepairOrderRepository orders;
  private final RepairDecisionRepository decisions;
  private final RepairExtensionRepository extensions;
  private final WorkerEvaluationRepository evaluations;
  private final RepairOverdueRepository overdues;
  private final ContractorRepository contractors;
  private final DepositEntryRepository entries;
  private final DepositLedger ledger;
  private final RepairAccess access;
  private final CurrentUser currentUser;

  public RepairController(RepairOrderRepository orders, RepairDecisionRepository decisions,
      RepairExtensionRepository extensions, WorkerEvaluationRepository evaluations, RepairOverdueRepository overdues,
      ContractorRepository contractors, DepositEntryRepository entries, DepositLedger ledger, RepairAccess access,
      CurrentUser currentUser) {
    this.orders = orders;
    this.decisions = decisions;
    this.extensions = extensions;
    this.evaluations = evaluations;
    this.overdues = overdues;
    this.contractors = contractors;
    this.entries = entries;
    this.ledger = ledger;
    this.access = access;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/repairs/{number}")
  @Transactional(readOnly = true)
  public Map<String, Object> get(@PathVariable String number) {
    currentUser.requireAnyGroup(access.readers());
    RepairOrder order = orders.findByOrderNumber(number).orElseThrow(() -> new NotFoundException("维修工单不存在: " + number));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("number", order.getOrderNumber());
    body.put("status", order.getStatus());
    body.put("order", order);
    body.put("contractor", order.getContractorId() == null ? null : contractors.findById(order.getContractorId()).orElse(null));
    body.put("decisions", decisions.findByRepairOrderIdOrderByIdAsc(order.getId()));
    body.put("extensions", extensions.findByRepairOrderIdOrderByIdAsc(order.getId()));
    body.put("workerEvaluations", evaluations.findByRepairOrderIdOrderByIdAsc(order.getId()));
    body.put("overdue", overdues.findByRepairOrderIdOrderByIdAsc(order.getId()));
    body.put("depositDeduction", entries.findByRepairOrderId(order.getId()).orElse(null));
    return body;
  }

  @GetMapping("/api/contractors")
  @Transactional(readOnly = true)
  public List<Contractor> contractors() {
    currentUser.requireAnyGroup(access.readers());
    return contractors.findAllByOrderByNameAsc();
  }

  /** 201 with the contractor; 400 when the name is missing; 409 when it exists. */
  @PostMapping("/api/contractors")
  @Transactional
  public ResponseEntity<Contractor> register(@RequestBody ContractorRequest request) {
    currentUser.requireAnyGroup(access.depositKeepers());
    Map<String, String> body = new java.util.HashMap<>();
    body.put("contactPerson", request.contactPerson());
    body.put("phone", request.phone());
    String name = request.name() == null ? null : request.name().trim();
    Map<String, String> errors = new LinkedHashMap<>();
    if (name == null || name.isEmpty()) {
      errors.put("name", "必填：施工单位名称");
    } else if (name.length() > 200) {
      errors.put("name", "施工单位名称最多200字");
    }
    if (body.get("contactPerson") != null && body.get("contactPerson").length() > 100) {
      errors.put("contactPerson", "联系人最多100字");
    }
    if (body.get("phone") != null && body.get("phone").length() > 50) {
      errors.put("phone", "电话最多50字");
    }
    FieldErrors.throwIfAny(errors);
    if (contractors.findByName(name).isPresent()) {
      throw new ConflictException("施工单位已存在: " + name, Map.of("contractorId", contractors.findByName(name).get().getId()));
    }
    Contractor contractor = contractors.save(new Contractor(name, body.get("contactPerson"), body.get("phone")));
    return ResponseEntity.created(URI.create("/api/contractors/" + contractor.getId())).body(contractor);
  }

  /** A quality deposit paid in: 201 with the ledger line; 400 when the amount is not a positive number. */
  @PostMapping("/api/contractors/{id}/deposits")
  @Transactional
  public ResponseEntity<DepositEntry> deposit(@PathVariable long id, @RequestBody DepositRequest request) {
    currentUser.requireAnyGroup(access.depositKeepers());
    contractors.findById(id).orElseThrow(() -> new NotFoundException("施工单位不存在: " + id));
    BigDecimal amount = request.amount();
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("100000000")) > 0) {
      FieldErrors.throwIfAny(Map.of("amount", "缴纳金额须为大于0、不超过1亿元的数字，最多两位小数"));
    }
    if (request.note() != null && request.note().length() > 500) {
      FieldErrors.throwIfAny(Map.of("note", "说明最多500字"));
    }
    DepositEntry entry = ledger.deposit(id, amount, request.note(), currentUser.id());
    return ResponseEntity.created(URI.create("/api/contractors/" + id + "/ledger")).body(entry);
  }

  @GetMapping("/api/contractors/{id}/ledger")
  @Transactional(readOnly = true)
  public Map<String, Object> ledger(@PathVariable long id) {
    currentUser.requireAnyGroup(access.readers());
    Contractor contractor = contractors.findById(id).orElseThrow(() -> new NotFoundException("施工单位不存在: " + id));
    return Map.of("contractor", contractor, "entries", entries.findByContractorIdOrderByIdAsc(id));
  }

  /** {@code POST /api/contractors}: unknown properties are refused by the strict JSON reader. */
  public record ContractorRequest(String name, String contactPerson, String phone) {}

  /** {@code POST /api/contractors/{id}/deposits}. */
  public record DepositRequest(BigDecimal amount, String note) {}
}
