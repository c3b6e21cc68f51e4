package com.example.csl.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code csl.notification.*}: sender behaviour, templates per task, and who may read the outbox. */
@ConfigurationProperties(prefix = "csl.notification")
public class NotificationProperties {

  /** Sender address. */
  private String from = "customer-service@example.com";
  /** Link to Tasklist in task notifications. */
  private String tasklistUrl = "http://localhost:8080/camunda/app/tasklist/";
  /** Delivery attempts before a notification is FAILED. */
  private int maxAttempts = 6;
  /** First retry delay; doubled per attempt, at most {@link #maxBackoff}. */
  private Duration backoff = Duration.ofSeconds(30);
  private Duration maxBackoff = Duration.ofMinutes(30);
  /** How long a delivery attempt holds its row before another attempt may take it. */
  private Duration lease = Duration.ofMinutes(2);
  /** Notify the assignee/candidates this long before a task's due date. */
  private Duration dueSoonLead = Duration.ofHours(4);
  /** Whether the sender and the due-soon scan run on a schedule (tests call them directly). */
  private boolean schedulingEnabled = true;
  /** Task definition key → template, for tasks that deserve a template of their own. */
  private Map<String, String> taskTemplates = new LinkedHashMap<>();
  private List<String> readers = new ArrayList<>();
  /** Who may resend a failed notification (issue 17). */
  private List<String> resenders = new ArrayList<>(List.of("cs-manager", "camunda-admin"));

  public String getFrom() { return from; }
  public void setFrom(String from) { this.from = from; }
  public String getTasklistUrl() { return tasklistUrl; }
  public void setTasklistUrl(String tasklistUrl) { this.tasklistUrl = tasklistUrl; }
  public int getMaxAttempts() { return maxAttempts; }
  public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
  public Duration getBackoff() { return backoff; }
  public void setBackoff(Duration backoff) { this.backoff = backoff; }
  public Duration getMaxBackoff() { return maxBackoff; }
  public void setMaxBackoff(Duration maxBackoff) { this.maxBackoff = maxBackoff; }
  public Duration getLease() { return lease; }
  public void setLease(Duration lease) { this.lease = lease; }
  public Duration getDueSoonLead() { return dueSoonLead; }
  public void setDueSoonLead(Duration dueSoonLead) { this.dueSoonLead = dueSoonLead; }
  public boolean isSchedulingEnabled() { return schedulingEnabled; }
  public void setSchedulingEnabled(boolean schedulingEnabled) { this.schedulingEnabled = schedulingEnabled; }
  public Map<String, String> getTaskTemplates() { return taskTemplates; }
  public void setTaskTemplates(Map<String, String> taskTemplates) { this.taskTemplates = taskTemplates; }
  public List<String> getReaders() { return readers; }
  public List<String> getResenders() { return resenders; }
  public void setResenders(List<String> resenders) { this.resenders = resenders; }
  public void setReaders(List<String> readers) { this.readers = readers; }
}
