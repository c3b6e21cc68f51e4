package com.example.csl.notification;

import com.example.csl.web.CurrentUser;
import com.example.csl.web.FieldValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import com.example.csl.web.ConflictException;
import com.example.csl.web.NotFoundException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** R-NOT-1: {@code GET /api/notifications?reference=TS-20261122-0001} — what was sent, pending or failed. */
@RestController
public class NotificationController {

  private final NotificationRepository notifications;
  private final CurrentUser currentUser;
  private final NotificationProperties properties;
  private final org.camunda.bpm.engine.IdentityService identityService;
  private final com.example.csl.common.SystemActions system;

  public NotificationController(NotificationRepository notifications, CurrentUser currentUser,
      NotificationProperties properties, org.camunda.bpm.engine.IdentityService identityService,
      com.example.csl.common.SystemActions system) {
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.properties = properties;
    this.identityService = identityService;
    this.system = system;
  }

  @GetMapping("/api/notifications")
  @Transactional(readOnly = true)
  public Map<String, Object> list(@RequestParam(required = false) String reference,
      @RequestParam(required = false) Notification.Status status, @RequestParam(defaultValue = "false") boolean late,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    currentUser.requireAnyGroup(properties.getReaders().toArray(String[]::new));
    if (page < 0 || size < 1 || size > 200) {
      throw new FieldValidationException(Map.of("size", "page ≥ 0；size 1–200"));
    }
    PageRequest paging = PageRequest.of(page, size);
    Page<Notification> result;
    if (reference != null && !reference.isBlank()) {
      result = notifications.findByReferenceOrderByIdAsc(reference, paging);
    } else if (late) {
      result = notifications.findLate(properties.getMaxAttempts(), paging);
    } else if (status != null) {
      result = notifications.findByStatusOrderByIdAsc(status, paging);
    } else {
      throw new FieldValidationException(Map.of("reference", "须给出 reference、status（如 FAILED）或 late=true 之一"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", result.getContent().stream().map(this::item).toList());
    body.put("total", result.getTotalElements());
    // the operator page (Tasklist 通知发送) offers 重发 only to those who may
    body.put("canResend", properties.getResenders().stream().anyMatch(currentUser.groups()::contains));
    body.put("lateAfterAttempts", properties.getMaxAttempts());
    return body;
  }

  /**
   * Issue 17: an operator (csl.notification.resenders: customer service managers, administrators) sends a
   * failed notification again, or a late one (still pending after max-attempts, e.g. after an outage) at once
   * instead of at its next back-off; the resend is recorded on the row (who, when, how often).
   */
  @PostMapping("/api/notifications/{id}/resend")
  @Transactional
  public Map<String, Object> resend(@PathVariable long id) {
    currentUser.requireAnyGroup(properties.getResenders().toArray(String[]::new));
    Notification notification = notifications.findById(id).orElseThrow(() -> new NotFoundException("通知不存在: " + id));
    boolean late = notification.getStatus() == Notification.Status.PENDING
        && notification.getAttempts() >= properties.getMaxAttempts();
    if (notification.getStatus() != Notification.Status.FAILED && !late) {
      throw new ConflictException("只有发送失败或延迟未送达的通知可以重发；当前状态：" + STATUS_LABELS.get(notification.getStatus()),
          Map.of("status", notification.getStatus()));
    }
    notification.resend(currentUser.id(), java.time.Instant.now());
    return item(notification);
  }

  static final Map<Notification.Status, String> STATUS_LABELS = Map.of(
      Notification.Status.PENDING, "待发送", Notification.Status.SENT, "已发送",
      Notification.Status.FAILED, "发送失败", Notification.Status.SKIPPED, "未发送（无邮箱地址）");

  private Map<String, Object> item(Notification n) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", n.getId());
    item.put("template", n.getTemplate());
    item.put("recipient", n.getRecipient());
    item.put("subject", n.getSubject());
    item.put("reference", n.getReference());
    item.put("status", n.getStatus());
    boolean late = n.getStatus() == Notification.Status.PENDING && n.getAttempts() >= properties.getMaxAttempts();
    item.put("statusLabel", late ? "延迟未送达" : STATUS_LABELS.get(n.getStatus()));
    item.put("late", late);
    item.put("nextAttemptAt", n.getStatus() == Notification.Status.PENDING ? n.getNextAttemptAt() : null);
    item.put("attempts", n.getAttempts());
    item.put("lastError", n.getLastError());
    item.put("createdAt", n.getCreatedAt());
    item.put("sentAt", n.getSentAt());
    item.put("resentBy", n.getResentBy());
    if (n.getResentBy() != null) {
      org.camunda.bpm.engine.identity.User user = system.call(() ->
          identityService.createUserQuery().userId(n.getResentBy()).singleResult());
      item.put("resentByName", user == null ? n.getResentBy() : com.example.csl.common.People.name(user));
    }
    item.put("resentAt", n.getResentAt());
    item.put("resendCount", n.getResendCount());
    return item;
  }
}
