package com.example.csl.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-CAL-1: working days are Monday–Friday, minus holidays, plus make-up working days (调休). */
class WorkingDayCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final WorkingDayCalendar calendar = calendar(
      List.of(LocalDate.parse("2027-01-01"), LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"),
          LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07")),
      List.of(LocalDate.parse("2026-10-10")));

  private static WorkingDayCalendar calendar(List<LocalDate> holidays, List<LocalDate> extra) {
    CalendarProperties properties = new CalendarProperties();
    properties.setHolidays(holidays);
    properties.setExtraWorkingDays(extra);
    properties.setWorkdayStart(LocalTime.of(9, 0));
    properties.setZone(SHANGHAI);
    return new WorkingDayCalendar(properties);
  }

  private static ZonedDateTime at(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), SHANGHAI);
  }

  @Test
  @DisplayName("R-CAL-1 SPEC example: 1 working day from Thu 2026-12-31 17:00 over the 2027-01-01 holiday is Mon 2027-01-04 17:00")
  void specExampleOverNewYear() {
    assertThat(calendar.deadline(at("2026-12-31T17:00"), 1)).isEqualTo(at("2027-01-04T17:00"));
  }

  @Test
  @DisplayName("R-CAL-1 SPEC example: from Sat 2027-01-09 10:00 the start moves to Mon 09:00, 1 working day is Tue 2027-01-12 09:00")
  void specExampleFromSaturday() {
    assertThat(calendar.deadline(at("2027-01-09T10:00"), 1)).isEqualTo(at("2027-01-12T09:00"));
  }

  @Test
  @DisplayName("R-CAL-1 weekdays count, weekends do not: Fri + 1 = Mon, Wed + 2 = Fri, Wed + 3 = Mon")
  void weekends() {
    assertThat(calendar.deadline(at("2026-11-20T15:30"), 1)).isEqualTo(at("2026-11-23T15:30"));
    assertThat(calendar.deadline(at("2026-11-18T08:00"), 2)).isEqualTo(at("2026-11-20T08:00"));
    assertThat(calendar.deadline(at("2026-11-18T08:00"), 3)).isEqualTo(at("2026-11-23T08:00"));
    assertThat(calendar.deadline(at("2026-11-16T10:00"), 7)).isEqualTo(at("2026-11-25T10:00"));
  }

  @Test
  @DisplayName("R-CAL-1 a holiday block is skipped and a make-up Saturday (调休上班) counts as a working day")
  void holidaysAndMakeUpSaturday() {
    // Wed 2026-09-30 + 1: Oct 1, 2 holidays, Oct 3, 4 weekend, Oct 5–7 holidays -> Thu Oct 8
    assertThat(calendar.deadline(at("2026-09-30T11:00"), 1)).isEqualTo(at("2026-10-08T11:00"));
    // Thu Oct 8 -> Fri Oct 9 -> Sat Oct 10 (make-up working day) -> Mon Oct 12
    assertThat(calendar.deadline(at("2026-10-08T11:00"), 2)).isEqualTo(at("2026-10-10T11:00"));
    assertThat(calendar.deadline(at("2026-10-08T11:00"), 3)).isEqualTo(at("2026-10-12T11:00"));
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-11"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
  }

  @Test
  @DisplayName("R-CAL-1 a start on a holiday moves to the next working day at 09:00; 0 working days is that moment")
  void startOnNonWorkingDay() {
    assertThat(calendar.deadline(at("2026-10-02T20:00"), 0)).isEqualTo(at("2026-10-08T09:00"));
    assertThat(calendar.deadline(at("2026-10-02T20:00"), 2)).isEqualTo(at("2026-10-10T09:00"));
    // a start on a make-up Saturday stays where it is
    assertThat(calendar.deadline(at("2026-10-10T14:00"), 1)).isEqualTo(at("2026-10-12T14:00"));
  }

  @Test
  @DisplayName("R-CAL-1 instants in another zone are counted in Asia/Shanghai")
  void otherZones() {
    // Fri 2026-11-20 20:00 UTC is Sat 04:00 in Shanghai -> start Mon 09:00 -> +1 = Tue 09:00
    ZonedDateTime utc = ZonedDateTime.of(2026, 11, 20, 20, 0, 0, 0, ZoneId.of("UTC"));
    assertThat(calendar.deadline(utc, 1)).isEqualTo(at("2026-11-24T09:00"));
    Date fromExpression = calendar.after(Date.from(utc.toInstant()), 1);
    assertThat(fromExpression.toInstant()).isEqualTo(at("2026-11-24T09:00").toInstant());
    assertThat(calendar.after("2026-12-31T17:00:00+08:00", 1).toInstant()).isEqualTo(at("2027-01-04T17:00").toInstant());
  }

  @Test
  @DisplayName("R-CAL-1 bad configuration and negative day counts are refused")
  void refusals() {
    assertThatThrownBy(() -> calendar.deadline(at("2026-11-20T10:00"), -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar(List.of(LocalDate.parse("2026-10-10")), List.of(LocalDate.parse("2026-10-10"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("2026-10-10");
  }

  @Test
  @DisplayName("R-CAL-1 R-PRE-9 first working day of a month and calendar periods landing on working days")
  void firstWorkingDayAndPeriods() {
    assertThat(calendar.isFirstWorkingDayOfMonth(at("2026-10-08T09:00"))).isTrue();
    assertThat(calendar.isFirstWorkingDayOfMonth(at("2026-10-09T09:00"))).isFalse();
    assertThat(calendar.isFirstWorkingDayOfMonth(at("2026-10-01T09:00"))).isFalse();
    assertThat(calendar.isFirstWorkingDayOfMonth(at("2026-12-01T09:00"))).isTrue();
    // Thu 2026-11-19 + P7D = Thu 11-26; + P1M from Sat 2026-10-03 lands on Tue 11-03
    assertThat(calendar.afterPeriod(Date.from(at("2026-11-19T10:00").toInstant()), "P7D").toInstant())
        .isEqualTo(at("2026-11-26T10:00").toInstant());
    // Fri 2026-11-13 + P15D = Sat 11-28 -> Mon 11-30 09:00
    assertThat(calendar.afterPeriod(Date.from(at("2026-11-13T10:00").toInstant()), "P15D").toInstant())
        .isEqualTo(at("2026-11-30T09:00").toInstant());
  }
}
