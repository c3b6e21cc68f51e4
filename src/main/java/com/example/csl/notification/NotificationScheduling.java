package com.example.csl.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the sender and the due-soon scan on a schedule (off in tests, which call them directly). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "csl.notification", name = "scheduling-enabled", havingValue = "true", matchIfMissing = true)
public class NotificationScheduling {

  private final NotificationSender sender;
  private final DueSoonNotifier dueSoon;

  public NotificationScheduling(NotificationSender sender, DueSoonNotifier dueSoon) {
    this.sender = sender;
    this.dueSoon = dueSoon;
  }

  @Scheduled(fixedDelayString = "${csl.notification.send-interval:PT5S}", initialDelayString = "PT5S")
  public void send() {
    sender.sendDue();
  }

  @Scheduled(fixedDelayString = "${csl.notification.due-soon-interval:PT5M}", initialDelayString = "PT30S")
  public void dueSoon() {
    dueSoon.notifyDueSoon();
  }
}
