package com.example.csl.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Working-day calendar settings (R-CAL-1), bound from {@code csl.calendar.*}.
 *
 * <p>The default holiday and make-up-day lists live in application.yaml (the State Council's
 * notice for the current year), so an operator changes them without touching Java.
 */
@ConfigurationProperties(prefix = "csl.calendar")
public class CalendarProperties {

  /** Public holidays (法定节假日, including the days of a 调休 block) that fall on weekdays or weekends. */
  private List<LocalDate> holidays = new ArrayList<>();

  /** Weekend days that are working days (调休上班). */
  private List<LocalDate> extraWorkingDays = new ArrayList<>();

  /** Where a deadline counted from a non-working day starts. */
  private LocalTime workdayStart = LocalTime.of(9, 0);

  /** The time zone in which days are counted. */
  private ZoneId zone = ZoneId.of("Asia/Shanghai");

  public List<LocalDate> getHolidays() {
    return holidays;
  }

  public void setHolidays(List<LocalDate> holidays) {
    this.holidays = holidays;
  }

  public List<LocalDate> getExtraWorkingDays() {
    return extraWorkingDays;
  }

  public void setExtraWorkingDays(List<LocalDate> extraWorkingDays) {
    this.extraWorkingDays = extraWorkingDays;
  }

  public LocalTime getWorkdayStart() {
    return workdayStart;
  }

  public void setWorkdayStart(LocalTime workdayStart) {
    this.workdayStart = workdayStart;
  }

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }
}
