package com.example.csl.complaint;

import com.example.csl.calendar.DeadlineMovedEvent;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R-CAL-2 for the complaint file: when the calendar moves a deadline of the case, the file's
 * deadline columns that held the old value (reply, feedback, resolution, …) take the new one.
 */
@Component
public class ComplaintDeadlineFollower {

  private final ComplaintRepository complaints;

  public ComplaintDeadlineFollower(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @EventListener
  public void moved(DeadlineMovedEvent event) {
    complaints.findByProcessInstanceId(event.processInstanceId()).ifPresent(c -> {
      Instant old = event.oldDue();
      Instant now = event.newDue();
      if (same(c.getInvestigationDue(), old)) {
        c.setInvestigationDue(now);
      }
      if (same(c.getReplyDue(), old)) {
        c.setReplyDue(now);
      }
      if (same(c.getFeedbackDue(), old)) {
        c.setFeedbackDue(now);
      }
      if (same(c.getResolutionDue(), old)) {
        c.setResolutionDue(now);
      }
      complaints.save(c);
    });
  }

  private static boolean same(Instant a, Instant b) {
    return a != null && Math.abs(a.toEpochMilli() - b.toEpochMilli()) < 1000;
  }
}
