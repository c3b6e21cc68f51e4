package com.example.csl.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
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
 */
@Component("workingDays")
public class WorkingDayCalendar {

  /** Guards against a misconfigured calendar (e.g. every day a holiday) looping forever. */
  private static final int MAX_SEARCH_DAYS = 3660;

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> extraWorkingDays;
  private final LocalTime workdayStart;
  private final ZoneId zone;

  public WorkingDayCalendar(CalendarProperties properties) {
    this.holidays = new TreeSet<>(properties.getHolidays());
    this.extraWorkingDays = new TreeSet<>(properties.getExtraWorkingDays());
    this.workdayStart = properties.getWorkdayStart();
    this.zone = properties.getZone();
    Set<LocalDate> both = new TreeSet<>(holidays);
    both.retainAll(extraWorkingDays);
    if (!both.isEmpty()) {
      throw new IllegalStateException(
          "csl.calendar: these dates are both holidays and extra working days: " + both);
    }
  }

  /** Whether the date is a working day: a weekday that is no holiday, or a make-up working day. */
  public boolean isWorkingDay(LocalDate date) {
    if (extraWorkingDays.contains(date)) {
      return true;
    }
    if (holidays.contains(date)) {
      return false;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /** The deadline N working days after the given instant (see the class comment for the rule). */
  public ZonedDateTime deadline(ZonedDateTime from, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    ZonedDateTime start = from.withZoneSameInstant(zone);
    if (!isWorkingDay(start.toLocalDate())) {
      start = nextWorkingDay(start.toLocalDate()).atTime(workdayStart).atZone(zone);
    }
    LocalDate day = start.toLocalDate();
    for (int counted = 0; counted < workingDays; counted++) {
      day = nextWorkingDay(day);
    }
    return day.atTime(start.toLocalTime()).atZone(zone);
  }

  /**
   * For BPMN expressions: {@code ${workingDays.after(now(), 2)}} as a timer {@code timeDate} or a
   * task due date. {@code from} may be a {@link Date} (what {@code now()} returns), an ISO-8601
   * date-time string with offset (what a form's datetime field delivers), or a java.time value.
   * One method, not overloads, so the expression language never has to choose between them.
   */
  public Date after(Object from, int workingDays) {
    return Date.from(deadline(toZoned(from), workingDays).toInstant());
  }

  /**
   * A calendar period later (ISO-8601, e.g. "P7D", "P15D", "P1M"), moved to the next working day
   * at workday-start when it lands on a non-working day. For follow-up cadences (R-PRE-6) that are
   * counted in calendar time but must fall on a working day.
   */
  public Date afterPeriod(Object from, String isoPeriod) {
    ZonedDateTime due = toZoned(from).withZoneSameInstant(zone).plus(java.time.Period.parse(isoPeriod));
    if (!isWorkingDay(due.toLocalDate())) {
      due = nextWorkingDay(due.toLocalDate()).atTime(workdayStart).atZone(zone);
    }
    return Date.from(due.toInstant());
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

  private LocalDate nextWorkingDay(LocalDate date) {
    LocalDate next = date.plusDays(1);
    for (int i = 0; i < MAX_SEARCH_DAYS; i++, next = next.plusDays(1)) {
      if (isWorkingDay(next)) {
        return next;
      }
    }
    throw new IllegalStateException("no working day within " + MAX_SEARCH_DAYS + " days after " + date);
  }
}
