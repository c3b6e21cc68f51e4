package com.example.csl.calendar;

import java.time.Instant;

/** Keeps a record of a deadline computed by the calendar inside a case (see {@link DeadlineRegistry}). */
public interface DeadlineRecorder {

  /** Either {@code workingDays} or {@code period} is set: the rule the deadline was computed by. */
  void record(Instant origin, Integer workingDays, String period, WorkingDayCalendar.Deadline deadline);
}
