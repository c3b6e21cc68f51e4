package com.example.csl.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The days of the working-day calendar in force (R-CAL-1, R-CAL-2): public holidays, make-up working
 * days (调休上班) and the years whose notice has been declared, with the revision they were loaded at.
 * Immutable; a node replaces it as a whole when the process owner declares or corrects a year.
 *
 * @param declaredYears year → notice title; {@code null} means every year counts as declared (a
 *     calendar built from properties without {@code declared-years}, as in unit tests)
 */
public record CalendarData(Set<LocalDate> holidays, Set<LocalDate> workdays, SortedMap<Integer, String> declaredYears,
    long revision) {

  public CalendarData {
    holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
    workdays = Collections.unmodifiableSet(new TreeSet<>(workdays));
    declaredYears = declaredYears == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(declaredYears));
    Set<LocalDate> both = new TreeSet<>(holidays);
    both.retainAll(workdays);
    if (!both.isEmpty()) {
      throw new IllegalStateException("these dates are both holidays and extra working days: " + both);
    }
  }

  /** The configured lists of {@code csl.calendar.*}: the seed of the database, and the calendar of unit tests. */
  public static CalendarData fromProperties(CalendarProperties properties) {
    Map<Integer, String> declared = properties.getDeclaredYears();
    return new CalendarData(new TreeSet<>(properties.getHolidays()), new TreeSet<>(properties.getExtraWorkingDays()),
        declared == null || declared.isEmpty() ? null : new TreeMap<>(declared), 0);
  }

  /** Whether the date is a working day: a weekday that is no holiday, or a make-up working day. */
  public boolean isWorkingDay(LocalDate date) {
    if (workdays.contains(date)) {
      return true;
    }
    if (holidays.contains(date)) {
      return false;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  public boolean isDeclared(int year) {
    return declaredYears == null || declaredYears.containsKey(year);
  }

  /** The first year between the two dates (inclusive) whose notice is not declared. */
  public OptionalInt undeclaredBetween(LocalDate from, LocalDate to) {
    LocalDate first = from.isBefore(to) ? from : to;
    LocalDate last = from.isBefore(to) ? to : from;
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      if (!isDeclared(year)) {
        return OptionalInt.of(year);
      }
    }
    return OptionalInt.empty();
  }

  /** The last year with a declared notice, or empty when none is (or when every year counts as declared). */
  public OptionalInt lastDeclaredYear() {
    return declaredYears == null || declaredYears.isEmpty() ? OptionalInt.empty() : OptionalInt.of(declaredYears.lastKey());
  }

  public Set<LocalDate> holidaysOf(int year) {
    return of(holidays, year);
  }

  public Set<LocalDate> workdaysOf(int year) {
    return of(workdays, year);
  }

  private static Set<LocalDate> of(Set<LocalDate> days, int year) {
    Set<LocalDate> result = new TreeSet<>();
    for (LocalDate d : days) {
      if (d.getYear() == year) {
        result.add(d);
      }
    }
    return result;
  }
}
