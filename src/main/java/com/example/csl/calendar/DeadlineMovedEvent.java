package com.example.csl.calendar;

import java.time.Instant;

/** A deadline of a case moved because the calendar changed; the case's own records follow (e.g. the complaint file). */
public record DeadlineMovedEvent(String processInstanceId, String businessKey, Instant oldDue, Instant newDue) {}
