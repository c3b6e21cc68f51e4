package com.example.csl.complaint;

import com.example.csl.web.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** R-AS-1: {@code POST /api/complaints} and {@code GET /api/complaints/{number}}. */
@RestController
@RequestMapping("/api/complaints")
public class ComplaintController {

  private final ComplaintService complaintService;
  private final ComplaintEscalationRepository escalations;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final ComplaintAccess access;
  private final ComplaintRerouteRepository reroutes;
  private final com.example.csl.common.SystemActions system;
  private final com.example.csl.calendar.DeadlineRegistry deadlineRegistry;
  private final com.example.csl.notification.NotificationRepository notifications;
  @org.springframework.beans.factory.annotation.Autowired
  private com.example.csl.survey.CorrectiveActionRepository capas;
  @org.springframework.beans.factory.annotation.Autowired
  private com.example.csl.survey.CustomerVisitRepository visits;

  public ComplaintController(ComplaintService complaintService, ComplaintEscalationRepository escalations,
      RuntimeService runtimeService, CurrentUser currentUser, ComplaintAccess access,
      ComplaintRerouteRepository reroutes, com.example.csl.common.SystemActions system,
      com.example.csl.calendar.DeadlineRegistry deadlineRegistry,
      com.example.csl.notification.NotificationRepository notifications) {
    this.deadlineRegistry = deadlineRegistry;
    this.notifications = notifications;
    this.complaintService = complaintService;
    this.escalations = escalations;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.access = access;
    this.reroutes = reroutes;
    this.system = system;
  }

  /** 201 with number, process instance and deadlines; 400 per bad field; 404 unknown customer. */
  @PostMapping
  @Transactional
  public ResponseEntity<Map<String, Object>> register(@Valid @RequestBody ComplaintRegistration registration) {
    currentUser.requireAnyGroup(access.registrars());
    Complaint complaint = complaintService.register(registration, currentUser.id());
    ProcessInstance instance = complaintService.startAfterSale(complaint);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("number", complaint.getComplaintNumber());
    body.put("processInstanceId", instance.getId());
    body.put("deadlines", deadlines(complaint));
    provisional(body, instance.getId());
    return ResponseEntity.created(URI.create("/api/complaints/" + complaint.getComplaintNumber())).body(body);
  }

  @GetMapping("/{number}")
  @Transactional(readOnly = true)
  public Map<String, Object> get(@PathVariable String number) {
    currentUser.requireAnyGroup(access.readers());
    Complaint complaint = complaintService.byNumber(number);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("number", complaint.getComplaintNumber());
    body.put("status", complaint.getStatus());
    body.put("customerId", complaint.getCustomerId());
    body.put("contractId", complaint.getContractId());
    body.put("channel", complaint.getChannel());
    body.put("category", complaint.getCategory());
    body.put("description", complaint.getDescription());
    body.put("customerRequest", complaint.getCustomerRequest());
    body.put("major", complaint.isMajor());
    body.put("majorMeasures", complaint.getMajorMeasures());
    body.put("handlerGroup", complaint.getHandlerGroup());
    body.put("serviceOffice", complaint.getServiceOffice());
    body.put("notice", complaint.getNotice());
    body.put("unfoundedReason", complaint.getUnfoundedReason());
    body.put("replyToCustomer", complaint.getReplyToCustomer());
    body.put("handlingResult", complaint.getHandlingResult());
    body.put("confirmation", complaint.getConfirmation());
    body.put("confirmationMethod", complaint.getConfirmationMethod());
    body.put("confirmationReference", complaint.getConfirmationReference());
    body.put("callbackOpinion", complaint.getCallbackOpinion());
    body.put("departmentFeedback", complaint.getDepartmentFeedback());
    // R-AS-10, R-AS-13 (issue 20): the department's measure, the manager's closure, actions and visits from the case
    if (complaint.getDepartmentMeasure() != null) {
      body.put("departmentMeasure", Map.of("measure", complaint.getDepartmentMeasure(), "by", complaint.getDepartmentMeasureBy(),
          "at", complaint.getDepartmentMeasureAt()));
    }
    if (complaint.getClosedAt() != null) {
      Map<String, Object> closure = new LinkedHashMap<>();
      closure.put("responsiblePerson", complaint.getResponsiblePerson());
      closure.put("penaltyLevel", complaint.getPenaltyLevel());
      closure.put("penaltyAmount", complaint.getPenaltyAmount());
      closure.put("penaltySanction", complaint.getPenaltySanction());
      closure.put("penaltyNote", complaint.getPenaltyNote());
      closure.put("closedBy", complaint.getClosedBy());
      closure.put("closedAt", complaint.getClosedAt());
      body.put("closure", closure);
    }
    body.put("correctiveActions", capas.findByComplaintIdOrderByIdAsc(complaint.getId()).stream().map(action -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", action.getId());
      line.put("number", "CAPA-" + action.getId());
      line.put("department", action.getDepartment());
      line.put("problem", action.getProblem());
      line.put("status", action.getStatus());
      line.put("processInstanceId", action.getProcessInstanceId());
      return line;
    }).toList());
    body.put("visits", visits.findByComplaintIdOrderByIdAsc(complaint.getId()).stream().map(visit -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("visitedOn", visit.getVisitedOn());
      line.put("method", visit.getVisitMethod());
      line.put("visitors", visit.getVisitors());
      line.put("findings", visit.getFindings());
      line.put("recordedBy", visit.getRecordedBy());
      return line;
    }).toList());
    body.put("registeredBy", complaint.getRegisteredBy());
    body.put("registeredAt", complaint.getRegisteredAt());
    body.put("deadlines", deadlines(complaint));
    provisional(body, complaint.getProcessInstanceId());
    body.put("acknowledgement", acknowledgement(complaint));
    Map<String, Object> milestones = new LinkedHashMap<>();
    milestones.put("firstResponse", complaint.getFirstResponseAt());
    milestones.put("investigationStarted", complaint.getInvestigationStartedAt());
    milestones.put("replied", complaint.getRepliedAt());
    milestones.put("feedback", complaint.getFeedbackAt());
    milestones.put("confirmed", complaint.getConfirmedAt());
    milestones.put("calledBack", complaint.getCalledBackAt());
    milestones.put("archived", complaint.getArchivedAt());
    body.put("milestones", milestones);
    body.put("escalations", escalations.findByComplaintIdOrderByIdAsc(complaint.getId()));
    body.put("reroutes", reroutes.findByComplaintIdOrderByIdAsc(complaint.getId()));
    body.put("processInstanceId", complaint.getProcessInstanceId());
    return body;
  }

  /**
   * R-AS-4: customer service re-routes an open complaint to another department, with the reason.
   * 400 for an unknown department or a missing reason; 409 when the complaint is not in handling.
   */
  @PostMapping("/{number}/reroute")
  @Transactional
  public Map<String, Object> reroute(@PathVariable String number, @RequestBody RerouteRequest body) {
    currentUser.requireAnyGroup(access.registrars());
    Complaint complaint = complaintService.byNumber(number);
    Map<String, String> errors = new LinkedHashMap<>();
    String group = body.handlerGroup();
    String reason = body.reason();
    // only handling departments handle: the same choice the Tasklist form 投诉改派 offers (its field rerouteGroup)
    if (group == null || !REROUTE_TARGETS.contains(group)) {
      errors.put("handlerGroup", "必填，且须为处理部门之一（与“投诉改派”表单的可选部门相同）");
    } else {
      // "project-team" is the team of the contract the complaint names (issue 20), if it names one
      String target = "project-team".equals(group) ? complaintService.projectTeamOf(complaint).orElse(null) : group;
      if (target == null) {
        errors.put("handlerGroup", "投诉未指明有项目服务小组的大宗合约，不能改派给项目服务小组");
      } else if (target.equals(complaint.getHandlerGroup())) {
        errors.put("handlerGroup", "已由该部门处理");
      }
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      errors.put("reason", "必填，最多1000字");
    }
    if (!errors.isEmpty()) {
      throw new com.example.csl.web.FieldValidationException(errors);
    }
    long waiting = system.call(() -> runtimeService.createEventSubscriptionQuery()
        .processInstanceId(complaint.getProcessInstanceId()).eventType("message").eventName("ComplaintRerouted").count());
    if (complaint.getStatus() != ComplaintStatus.IN_HANDLING || waiting == 0) {
      throw new com.example.csl.web.ConflictException("投诉不在处理中，不能改派: " + number,
          Map.of("number", number, "status", complaint.getStatus()));
    }
    String user = currentUser.id();
    system.run(() -> runtimeService.createMessageCorrelation("ComplaintRerouted")
        .processInstanceId(complaint.getProcessInstanceId())
        .setVariable("rerouteGroup", group).setVariable("rerouteReason", reason.trim()).setVariable("reroutedBy", user)
        .correlate());
    return get(number);
  }

  /**
   * How the customer learns the number (issue 18.4): the acknowledgement mail's state, or — where the
   * customer has no e-mail — whether the registrant has told it by phone.
   */
  private Map<String, Object> acknowledgement(Complaint complaint) {
    Map<String, Object> ack = new LinkedHashMap<>();
    var mail = notifications.findByIdempotencyKey("complaint-ack:" + complaint.getComplaintNumber());
    String status = mail.map(n -> n.getStatus().name()).orElse("NONE");
    ack.put("mail", status);
    ack.put("phoneNeeded", !"SENT".equals(status) && !"PENDING".equals(status));
    ack.put("phoneBy", complaint.getAckPhoneBy());
    ack.put("phoneAt", complaint.getAckPhoneAt());
    return ack;
  }

  /** {@code POST /api/complaints/{number}/phone-acknowledgement}: the registrant told the customer by phone. */
  @PostMapping("/{number}/phone-acknowledgement")
  @Transactional
  public Map<String, Object> phoneAcknowledgement(@PathVariable String number) {
    currentUser.requireAnyGroup(access.registrars());
    Complaint complaint = complaintService.byNumber(number);
    if (complaint.getAckPhoneAt() == null) {
      complaint.acknowledgedByPhone(currentUser.id(), org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("number", number);
    body.put("acknowledgement", acknowledgement(complaint));
    return body;
  }

  /** R-CAL-2: deadlines counted through a year without a declared holiday notice are provisional. */
  private void provisional(Map<String, Object> body, String processInstanceId) {
    boolean provisional = deadlineRegistry.isProvisional(processInstanceId);
    body.put("deadlinesProvisional", provisional);
    if (provisional) {
      body.put("deadlinesNote", "时限为暂定：所跨年度的节假日安排尚未录入，暂按周一至周五计算，录入后自动调整");
    }
  }

  private static Map<String, Object> deadlines(Complaint complaint) {
    Map<String, Object> deadlines = new LinkedHashMap<>();
    deadlines.put("firstResponse", complaint.getFirstResponseDue());
    deadlines.put("investigation", complaint.getInvestigationDue());
    deadlines.put("reply", complaint.getReplyDue());
    deadlines.put("feedback", complaint.getFeedbackDue());
    deadlines.put("resolution", complaint.getResolutionDue());
    return deadlines;
  }

  /** {@code POST /api/complaints/{number}/reroute}: unknown properties are refused by the strict JSON reader. */
  public record RerouteRequest(String handlerGroup, String reason) {}

  /** The handling departments, as the deployed form 投诉改派 lists them (the model, not Java, names them). */
  static final java.util.List<String> REROUTE_TARGETS = rerouteTargets();

  private static java.util.List<String> rerouteTargets() {
    try (java.io.InputStream in = ComplaintController.class.getResourceAsStream("/complaint-reroute.form")) {
      return com.example.csl.form.FormContract.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .field("rerouteGroup").options();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("form complaint-reroute not on the classpath", e);
    }
  }
}
