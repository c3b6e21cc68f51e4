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
 * <p>The holiday and make-up-day lists of application.yaml only seed the database on the first start
 * (R-CAL-2); from then on the process owner keeps the calendar at run time (process calendar-year).
 */
@ConfigurationProperties(prefix = "csl.calendar")
public class CalendarProperties {

  /** Public holidays (法定节假日, including the days of a 调休 block) that fall on weekdays or weekends. */
  private List<LocalDate> holidays = new ArrayList<>();

  /** Weekend days that are working days (调休上班). */
  private List<LocalDate> extraWorkingDays = new ArrayList<>();

  /**
   * The years whose State Council notice the lists above contain completely: year → the notice's
   * title (R-CAL-2). Seeds the database on first start; later years are entered by the process owner.
   */
  private java.util.Map<Integer, String> declaredYears = new java.util.TreeMap<>();

  /** How often a node looks whether another node has changed the calendar. */
  private java.time.Duration refreshInterval = java.time.Duration.ofSeconds(10);

  /** How long before the end of the last declared year health warns and the process owner gets the task. */
  private java.time.Period coverageLead = java.time.Period.ofDays(60);

  /** Whether this node watches coverage on a schedule (daily, and at start). */
  private boolean coverageWatch = true;

  public java.util.Map<Integer, String> getDeclaredYears() {
    return declaredYears;
  }

  public void setDeclaredYears(java.util.Map<Integer, String> declaredYears) {
    this.declaredYears = declaredYears;
  }

  public java.time.Duration getRefreshInterval() {
    return refreshInterval;
  }

  public void setRefreshInterval(java.time.Duration refreshInterval) {
    this.refreshInterval = refreshInterval;
  }

  public java.time.Period getCoverageLead() {
    return coverageLead;
  }

  public void setCoverageLead(java.time.Period coverageLead) {
    this.coverageLead = coverageLead;
  }

  public boolean isCoverageWatch() {
    return coverageWatch;
  }

  public void setCoverageWatch(boolean coverageWatch) {
    this.coverageWatch = coverageWatch;
  }

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
