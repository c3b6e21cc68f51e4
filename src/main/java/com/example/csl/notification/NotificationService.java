package com.example.csl.notification;

import com.example.csl.common.SystemActions;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-NOT-1: stores notifications in the outbox, in the transaction of the step that causes them
 * (a rolled-back step sends nothing). Each has an idempotency key: storing it twice keeps one.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationRepository notifications;
  private final NotificationTemplates templates;
  private final IdentityService identityService;
  private final SystemActions system;

  public NotificationService(NotificationRepository notifications, NotificationTemplates templates,
      IdentityService identityService, SystemActions system) {
    this.notifications = notifications;
    this.templates = templates;
    this.identityService = identityService;
    this.system = system;
  }

  /** Stores one notification to an e-mail address (or a SKIPPED record when there is none). */
  @Transactional
  public void toAddress(String key, String address, String template, Map<String, ?> model, String reference) {
    if (notifications.existsByIdempotencyKey(key)) {
      return;
    }
    Notification notification = new Notification(key, address == null || address.isBlank() ? "-" : address.trim(),
        template, templates.subject(template, model), templates.body(template, model), reference, Instant.now());
    if (address == null || address.isBlank()) {
      notification.skipped("没有电子邮箱地址");
      LOG.info("Notification {} skipped: no address", key);
    }
    notifications.save(notification);
  }

  /** Stores one notification per user (their e-mail from the identity service); key gets the user id appended. */
  @Transactional
  public void toUsers(Set<String> userIds, String keyPrefix, String template, Map<String, Object> model, String reference) {
    for (String userId : userIds) {
      User user = system.call(() -> identityService.createUserQuery().userId(userId).singleResult());
      if (user == null) {
        continue;
      }
      Map<String, Object> personal = new HashMap<>(model);
      personal.put("recipientName", displayName(user));
      toAddress(keyPrefix + ":" + userId, user.getEmail(), template, personal, reference);
    }
  }

  /** Who a task is for: its assignee, or else its candidate users and the members of its candidate groups. */
  public Set<String> recipientsOf(String assignee, java.util.Collection<? extends org.camunda.bpm.engine.task.IdentityLink> links) {
    if (assignee != null) {
      return Set.of(assignee);
    }
    Set<String> groups = new LinkedHashSet<>();
    Set<String> users = new LinkedHashSet<>();
    for (org.camunda.bpm.engine.task.IdentityLink link : links) {
      if (org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
        if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
    }
    return usersOf(groups, users);
  }

  /** The members of the groups, plus the listed users, without duplicates. */
  public Set<String> usersOf(Set<String> groupIds, Set<String> userIds) {
    Set<String> users = new LinkedHashSet<>(userIds);
    for (String groupId : groupIds) {
      system.call(() -> identityService.createUserQuery().memberOfGroup(groupId).list())
          .forEach(user -> users.add(user.getId()));
    }
    return users;
  }

  private static String displayName(User user) {
    return com.example.csl.common.People.name(user);
  }
}
