package com.example.csl.calendar;

import com.example.csl.common.SystemActions;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coverage of the working-day calendar is watched (R-CAL-2): from {@code csl.calendar.coverage-lead}
 * before the end of the last declared year (or at once when the current year is undeclared), health
 * shows {@code calendar: DEGRADED} naming the missing year, and the process owner gets the task
 * 录入下一年度节假日安排 once (process calendar-year, reminded weekly by its timer).
 */
@Component("calendarHealthIndicator")
public class CalendarCoverage extends AbstractHealthIndicator {

  public static final String MESSAGE = "calendarYearMissing";
  private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverage.class);

  private final WorkingDayCalendar calendar;
  private final CalendarProperties properties;
  private final CalendarStore store;
  private final RuntimeService runtimeService;
  private final SystemActions system;
  private final TransactionTemplate transaction;

  public CalendarCoverage(WorkingDayCalendar calendar, CalendarProperties properties, CalendarStore store,
      RuntimeService runtimeService, SystemActions system,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.calendar = calendar;
    this.properties = properties;
    this.store = store;
    this.runtimeService = runtimeService;
    this.system = system;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The year that needs its notice now (today on the engine clock), if any. */
  public OptionalInt missingYear() {
    CalendarData data = calendar.data();
    LocalDate today = calendar.today();
    if (!data.isDeclared(today.getYear())) {
      return OptionalInt.of(today.getYear());
    }
    int next = today.getYear() + 1;
    if (data.isDeclared(next)) {
      return OptionalInt.empty();
    }
    LocalDate warnFrom = LocalDate.of(today.getYear(), 12, 31).minus(properties.getCoverageLead());
    return today.isBefore(warnFrom) ? OptionalInt.empty() : OptionalInt.of(next);
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    OptionalInt missing = missingYear();
    if (missing.isPresent()) {
      builder.status(new Status("DEGRADED", missing.getAsInt() + "年节假日安排尚未录入（" + missing.getAsInt()
          + " 年的时限暂按周一至周五计算）")).withDetail("missingYear", missing.getAsInt());
    } else {
      builder.up();
    }
    calendar.data().lastDeclaredYear().ifPresent(y -> builder.withDetail("lastDeclaredYear", y));
  }

  /**
   * Asks the process owner for the missing year, once across nodes and restarts: the request row and
   * the started case commit together. Returns the year asked for, if one was.
   */
  public OptionalInt watch() {
    OptionalInt missing = missingYear();
    if (missing.isEmpty()) {
      return missing;
    }
    int year = missing.getAsInt();
    Boolean asked;
    try {
      asked = transaction.execute(tx -> {
        if (store.requested(year)) {
          return false;
        }
        store.claimRequest(year);
        system.run(() -> runtimeService.createMessageCorrelation(MESSAGE)
            .processInstanceBusinessKey("calendar-" + year)
            .setVariable("year", year)
            .correlateStartMessage());
        return true;
      });
    } catch (org.springframework.dao.DuplicateKeyException anotherNodeAsked) {
      asked = false;
    }
    if (Boolean.TRUE.equals(asked)) {
      LOG.warn("Calendar: the notice for {} is missing; the process owner has been asked for it", year);
      return missing;
    }
    return OptionalInt.empty();
  }
}
