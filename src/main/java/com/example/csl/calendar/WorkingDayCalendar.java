package com.example.csl.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar (R-CAL-1): Monday to Friday, minus public holidays, plus make-up
 * working days (调休上班).
 *
 * <p>Available in BPMN expressions as {@code workingDays}, e.g. a timer {@code timeDate} of
 * {@code ${workingDays.after(now(), 2)}} or a task due date of
 * {@code ${workingDays.after(now(), 1)}}.
 *
 * <p>Decision (SPEC R-CAL-1): "within N working days" from instant t — if t falls on a non-working
 * day, t first moves to the start of the next working day (workday-start, default 09:00, in the
 * configured zone); the deadline is then the same clock time N working days later.
 *
 * <p>R-CAL-2: the holidays are data the process owner keeps ({@link CalendarData}, loaded from the
 * database and replaced at run time on every node); a deadline counted through a year without a
 * declared notice is provisional (Monday–Friday there) and is recomputed when the year is declared.
 */
@Component("workingDays")
public class WorkingDayCalendar {

  /** Guards against a misconfigured calendar (e.g. every day a holiday) looping forever. */
  private static final int MAX_SEARCH_DAYS = 3660;

  private final LocalTime workdayStart;
  private final ZoneId zone;
  private volatile CalendarData data;
  private volatile DeadlineRecorder recorder;

  public WorkingDayCalendar(CalendarProperties properties) {
    this.workdayStart = properties.getWorkdayStart();
    this.zone = properties.getZone();
    this.data = CalendarData.fromProperties(properties);
  }

  /** The days in force: replaced at run time when the process owner declares a year (R-CAL-2). */
  public CalendarData data() {
    return data;
  }

  /** Puts another calendar in force on this node (loaded from the database by {@link CalendarSync}). */
  public void use(CalendarData newData) {
    this.data = newData;
  }

  /** Who keeps a record of each deadline computed inside a case (the {@link DeadlineRegistry}). */
  public void setRecorder(DeadlineRecorder recorder) {
    this.recorder = recorder;
  }

  /** Whether the date is a working day: a weekday that is no holiday, or a make-up working day. */
  public boolean isWorkingDay(LocalDate date) {
    return data.isWorkingDay(date);
  }

  /** The deadline N working days after the given instant (see the class comment for the rule). */
  public ZonedDateTime deadline(ZonedDateTime from, int workingDays) {
    return compute(from, workingDays).due();
  }

  /**
   * The deadline N working days after the given instant, and whether it is provisional: counted
   * through a year whose holiday notice has not been declared (Monday–Friday there, R-CAL-2).
   */
  public Deadline compute(ZonedDateTime from, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    CalendarData days = data;
    ZonedDateTime start = from.withZoneSameInstant(zone);
    if (!days.isWorkingDay(start.toLocalDate())) {
      start = nextWorkingDay(days, start.toLocalDate()).atTime(workdayStart).atZone(zone);
    }
    LocalDate day = start.toLocalDate();
    for (int counted = 0; counted < workingDays; counted++) {
      day = nextWorkingDay(days, day);
    }
    ZonedDateTime due = day.atTime(start.toLocalTime()).atZone(zone);
    return new Deadline(due, days.undeclaredBetween(from.withZoneSameInstant(zone).toLocalDate(), day));
  }

  /** A calendar-period deadline (see {@link #afterPeriod}) and whether it is provisional. */
  public Deadline computePeriod(ZonedDateTime from, String isoPeriod) {
    CalendarData days = data;
    ZonedDateTime start = from.withZoneSameInstant(zone);
    ZonedDateTime due = start.plus(java.time.Period.parse(isoPeriod));
    if (!days.isWorkingDay(due.toLocalDate())) {
      due = nextWorkingDay(days, due.toLocalDate()).atTime(workdayStart).atZone(zone);
    }
    return new Deadline(due, days.undeclaredBetween(start.toLocalDate(), due.toLocalDate()));
  }

  /**
   * For BPMN expressions: {@code ${workingDays.after(now(), 2)}} as a timer {@code timeDate} or a
   * task due date. {@code from} may be a {@link Date} (what {@code now()} returns), an ISO-8601
   * date-time string with offset (what a form's datetime field delivers), or a java.time value.
   * One method, not overloads, so the expression language never has to choose between them.
   * Inside a case, the origin and the count are recorded so a corrected calendar can recompute it.
   */
  public Date after(Object from, int workingDays) {
    ZonedDateTime origin = toZoned(from);
    Deadline due = compute(origin, workingDays);
    DeadlineRecorder r = recorder;
    if (r != null) {
      r.record(origin.toInstant(), workingDays, null, due);
    }
    return Date.from(due.due().toInstant());
  }

  /**
   * A calendar period later (ISO-8601, e.g. "P7D", "P15D", "P1M"), moved to the next working day
   * at workday-start when it lands on a non-working day. For follow-up cadences (R-PRE-6) that are
   * counted in calendar time but must fall on a working day.
   */
  public Date afterPeriod(Object from, String isoPeriod) {
    ZonedDateTime origin = toZoned(from);
    Deadline due = computePeriod(origin, isoPeriod);
    DeadlineRecorder r = recorder;
    if (r != null) {
      r.record(origin.toInstant(), null, isoPeriod, due);
    }
    return Date.from(due.due().toInstant());
  }

  /** A computed deadline; provisional when it was counted through an undeclared year. */
  public record Deadline(ZonedDateTime due, java.util.OptionalInt undeclaredYear) {
    public boolean provisional() {
      return undeclaredYear.isPresent();
    }
  }

  /** Whether the instant's date is the first working day of its month (for monthly jobs, R-PRE-9). */
  public boolean isFirstWorkingDayOfMonth(Object at) {
    LocalDate date = toZoned(at).withZoneSameInstant(zone).toLocalDate();
    if (!isWorkingDay(date)) {
      return false;
    }
    for (LocalDate d = date.withDayOfMonth(1); d.isBefore(date); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        return false;
      }
    }
    return true;
  }

  /** A number of clock hours later, e.g. the 24-hour first response (R-AS-5); not working-day bound. */
  public Date plusHours(Object from, int hours) {
    return Date.from(toZoned(from).toInstant().plusSeconds(hours * 3600L));
  }

  /** N working days from now. */
  public Date fromNow(int workingDays) {
    return Date.from(deadline(Instant.now().atZone(zone), workingDays).toInstant());
  }

  private ZonedDateTime toZoned(Object from) {
    if (from instanceof Date date) {
      return date.toInstant().atZone(zone);
    }
    if (from instanceof ZonedDateTime zoned) {
      return zoned;
    }
    if (from instanceof OffsetDateTime offset) {
      return offset.toZonedDateTime();
    }
    if (from instanceof Instant instant) {
      return instant.atZone(zone);
    }
    if (from instanceof CharSequence text) {
      return parse(text.toString());
    }
    throw new IllegalArgumentException("not a date-time: " + from);
  }

  /** Parses ISO-8601 with an offset or zone; a local date-time is read in the calendar's zone. */
  public ZonedDateTime parse(String text) {
    try {
      return ZonedDateTime.parse(text);
    } catch (DateTimeParseException withoutZone) {
      return LocalDateTime.parse(text).atZone(zone);
    }
  }

  /** Today's date in the calendar's zone, on the engine clock (which tests may move). */
  public LocalDate today() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  public ZoneId getZone() {
    return zone;
  }

  public LocalTime getWorkdayStart() {
    return workdayStart;
  }

  private static LocalDate nextWorkingDay(CalendarData days, LocalDate date) {
    LocalDate next = date.plusDays(1);
    for (int i = 0; i < MAX_SEARCH_DAYS; i++, next = next.plusDays(1)) {
      if (days.isWorkingDay(next)) {
        return next;
      }
    }
    throw new IllegalStateException("no working day within " + MAX_SEARCH_DAYS + " days after " + date);
  }
}
