package com.example.csl.calendar;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The calendar's scheduled work (off in tests, which call it directly): every node reloads a changed
 * calendar within {@code csl.calendar.refresh-interval}; open deadlines computed on a node that had not
 * yet seen a change are moved by the sweep; coverage is checked at start and daily.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "csl.calendar", name = "scheduling-enabled", havingValue = "true", matchIfMissing = true)
public class CalendarScheduling {

  private final CalendarSync sync;
  private final DeadlineFollower follower;
  private final CalendarCoverage coverage;

  public CalendarScheduling(CalendarSync sync, DeadlineFollower follower, CalendarCoverage coverage) {
    this.sync = sync;
    this.follower = follower;
    this.coverage = coverage;
  }

  @Scheduled(fixedDelayString = "${csl.calendar.refresh-interval:PT10S}", initialDelayString = "${csl.calendar.refresh-interval:PT10S}")
  public void refresh() {
    sync.refresh();
  }

  @Scheduled(fixedDelayString = "${csl.calendar.sweep-interval:PT10M}", initialDelayString = "PT1M")
  public void sweep() {
    sync.refresh();
    follower.follow();
  }

  @Scheduled(fixedDelayString = "${csl.calendar.coverage-interval:PT6H}", initialDelayString = "PT20S")
  public void coverage() {
    coverage.watch();
  }
}
