package com.example.csl.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-NOT-1: the Chinese texts come from notifications/templates.properties, filled from a model. */
class NotificationTemplatesTest {

  private final NotificationTemplates templates = newTemplates();

  private static NotificationTemplates newTemplates() {
    try {
      return new NotificationTemplates();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("R-NOT-1 the acknowledgement names the number and the reply deadline; a missing value is an error, not a blank")
  void acknowledgement() {
    Map<String, Object> model = Map.of("customerName", "王经理", "complaintNumber", "TS-20261122-0001", "replyDue", "2026年11月24日 10:00");
    assertThat(templates.subject("complaint-acknowledgement", model)).isEqualTo("您的投诉已受理（编号 TS-20261122-0001）");
    assertThat(templates.body("complaint-acknowledgement", model)).contains("王经理", "TS-20261122-0001", "2026年11月24日 10:00");
    assertThatThrownBy(() -> templates.body("complaint-acknowledgement", Map.of("customerName", "王经理")))
        .hasMessageContaining("complaintNumber");
  }

  @Test
  @DisplayName("R-NOT-1 every template renders with the model its sender gives")
  void allTemplatesRender() {
    Map<String, Object> task = Map.of("taskName", "投诉受理审核", "caseLabel", "（投诉 TS-1）", "processName", "after-sale",
        "due", "2026-11-24 10:00", "tasklistUrl", "http://localhost:8080", "recipientName", "张伟");
    for (String template : new String[] {"task-created", "task-due-soon", "major-complaint", "complaint-escalation"}) {
      assertThat(templates.subject(template, task)).isNotBlank();
      assertThat(templates.body(template, task)).contains("张伟").doesNotContain("${");
    }
    assertThat(templates.body("survey-invitation", Map.of("customerName", "甲", "roundName", "2026年度", "replyDue", "12月1日")))
        .contains("2026年度");
  }
}
