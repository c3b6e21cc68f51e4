package com.example.csl.notification;

import com.example.csl.web.CurrentUser;
import com.example.csl.web.FieldValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** R-NOT-1: {@code GET /api/notifications?reference=TS-20261122-0001} — what was sent, pending or failed. */
@RestController
public class NotificationController {

  private final NotificationRepository notifications;
  private final CurrentUser currentUser;
  private final NotificationProperties properties;

  public NotificationController(NotificationRepository notifications, CurrentUser currentUser,
      NotificationProperties properties) {
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.properties = properties;
  }

  @GetMapping("/api/notifications")
  @Transactional(readOnly = true)
  public Map<String, Object> list(@RequestParam String reference, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    currentUser.requireAnyGroup(properties.getReaders().toArray(String[]::new));
    if (reference.isBlank() || page < 0 || size < 1 || size > 200) {
      throw new FieldValidationException(Map.of(reference.isBlank() ? "reference" : "size", "reference 必填；page ≥ 0；size 1–200"));
    }
    Page<Notification> result = notifications.findByReferenceOrderByIdAsc(reference, PageRequest.of(page, size));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", result.getContent().stream().map(n -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", n.getId());
      item.put("template", n.getTemplate());
      item.put("recipient", n.getRecipient());
      item.put("subject", n.getSubject());
      item.put("status", n.getStatus());
      item.put("attempts", n.getAttempts());
      item.put("lastError", n.getLastError());
      item.put("createdAt", n.getCreatedAt());
      item.put("sentAt", n.getSentAt());
      return item;
    }).toList());
    body.put("total", result.getTotalElements());
    return body;
  }
}
