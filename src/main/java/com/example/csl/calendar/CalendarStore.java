package com.example.csl.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The working-day calendar in the database (R-CAL-2, V13): declared years, their days, the change
 * history and the revision every node polls.
 */
@Component
public class CalendarStore {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public CalendarStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** First start: the configured lists become the database's calendar. Safe when two nodes start together. */
  public void seedIfEmpty(CalendarData seed) {
    try {
      ownTransaction.executeWithoutResult(tx -> {
        Long revision = jdbc.queryForObject("SELECT revision FROM csl_calendar_revision WHERE id = 1 FOR UPDATE", Long.class);
        if (revision != null && revision > 0) {
          return;
        }
        Instant now = Instant.now();
        for (LocalDate day : seed.holidays()) {
          jdbc.update("INSERT INTO csl_calendar_day (day_date, cal_year, kind) VALUES (?, ?, 'HOLIDAY')", day, day.getYear());
        }
        for (LocalDate day : seed.workdays()) {
          jdbc.update("INSERT INTO csl_calendar_day (day_date, cal_year, kind) VALUES (?, ?, 'WORKDAY')", day, day.getYear());
        }
        if (seed.declaredYears() != null) {
          for (Map.Entry<Integer, String> year : seed.declaredYears().entrySet()) {
            jdbc.update("INSERT INTO csl_calendar_year (cal_year, notice_title, entered_by, declared_at) VALUES (?, ?, ?, ?)",
                year.getKey(), year.getValue(), "application.yaml", Timestamp.from(now));
            jdbc.update("INSERT INTO csl_calendar_change (cal_year, notice_title, entered_by, changed_at, new_holidays,"
                    + " new_workdays, revision) VALUES (?, ?, ?, ?, ?, ?, 1)",
                year.getKey(), year.getValue(), "application.yaml", Timestamp.from(now),
                join(seed.holidaysOf(year.getKey())), join(seed.workdaysOf(year.getKey())));
          }
        }
        jdbc.update("UPDATE csl_calendar_revision SET revision = 1 WHERE id = 1");
      });
    } catch (DuplicateKeyException anotherNodeSeeded) {
      // the other node's seed stands
    }
  }

  public long revision() {
    return jdbc.queryForObject("SELECT revision FROM csl_calendar_revision WHERE id = 1", Long.class);
  }

  /** The calendar as stored now. */
  public CalendarData load() {
    return ownTransaction.execute(tx -> {
      long revision = revision();
      Set<LocalDate> holidays = new TreeSet<>();
      Set<LocalDate> workdays = new TreeSet<>();
      jdbc.query("SELECT day_date, kind FROM csl_calendar_day", rs -> {
        LocalDate day = rs.getObject(1, LocalDate.class);
        ("HOLIDAY".equals(rs.getString(2)) ? holidays : workdays).add(day);
      });
      TreeMap<Integer, String> years = new TreeMap<>();
      jdbc.query("SELECT cal_year, notice_title FROM csl_calendar_year", rs -> {
        years.put(rs.getInt(1), rs.getString(2));
      });
      return new CalendarData(holidays, workdays, years, revision);
    });
  }

  /**
   * Declares (or corrects) a year, in the caller's transaction: its days are replaced, the change is
   * kept with the days before and after. Returns the new revision.
   */
  public long declare(YearNotice notice, String enteredBy, String verifiedBy, String processInstanceId) {
    jdbc.update("UPDATE csl_calendar_revision SET revision = revision + 1 WHERE id = 1");
    long revision = revision();
    int year = notice.year();
    List<LocalDate> oldHolidays = days(year, "HOLIDAY");
    List<LocalDate> oldWorkdays = days(year, "WORKDAY");
    boolean wasDeclared = jdbc.queryForObject("SELECT COUNT(*) FROM csl_calendar_year WHERE cal_year = ?", Integer.class, year) > 0;
    jdbc.update("DELETE FROM csl_calendar_day WHERE cal_year = ?", year);
    for (LocalDate day : notice.holidays()) {
      jdbc.update("INSERT INTO csl_calendar_day (day_date, cal_year, kind) VALUES (?, ?, 'HOLIDAY')", day, year);
    }
    for (LocalDate day : notice.workdays()) {
      jdbc.update("INSERT INTO csl_calendar_day (day_date, cal_year, kind) VALUES (?, ?, 'WORKDAY')", day, year);
    }
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("DELETE FROM csl_calendar_year WHERE cal_year = ?", year);
    jdbc.update("INSERT INTO csl_calendar_year (cal_year, notice_title, entered_by, verified_by, declared_at, process_instance_id)"
        + " VALUES (?, ?, ?, ?, ?, ?)", year, notice.title(), enteredBy, verifiedBy, now, processInstanceId);
    jdbc.update("INSERT INTO csl_calendar_change (cal_year, notice_title, entered_by, verified_by, changed_at, process_instance_id,"
            + " old_holidays, new_holidays, old_workdays, new_workdays, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        year, notice.title(), enteredBy, verifiedBy, now, processInstanceId,
        wasDeclared || !oldHolidays.isEmpty() ? join(oldHolidays) : null, join(notice.holidays()),
        wasDeclared || !oldWorkdays.isEmpty() ? join(oldWorkdays) : null, join(notice.workdays()), revision);
    return revision;
  }

  /** Whether the process owner was already asked for the year. */
  public boolean requested(int year) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM csl_calendar_request WHERE cal_year = ?", Integer.class, year) > 0;
  }

  /** Claims the coverage request for a year (in the caller's transaction; a second claim fails on the key). */
  public void claimRequest(int year) {
    jdbc.update("INSERT INTO csl_calendar_request (cal_year, requested_at) VALUES (?, ?)", year, Timestamp.from(Instant.now()));
  }

  /** The declared years with who entered and verified them. */
  public List<Map<String, Object>> years() {
    return jdbc.query("SELECT cal_year, notice_title, entered_by, verified_by, declared_at FROM csl_calendar_year ORDER BY cal_year",
        (rs, i) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("year", rs.getInt(1));
          row.put("noticeTitle", rs.getString(2));
          row.put("enteredBy", rs.getString(3));
          row.put("verifiedBy", rs.getString(4));
          row.put("declaredAt", rs.getTimestamp(5).toInstant());
          return row;
        });
  }

  /** The change history of a year, newest first. */
  public List<Map<String, Object>> changes(int year) {
    return jdbc.query("SELECT notice_title, entered_by, verified_by, changed_at, old_holidays, new_holidays, old_workdays,"
            + " new_workdays, revision FROM csl_calendar_change WHERE cal_year = ? ORDER BY id DESC",
        (rs, i) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("noticeTitle", rs.getString(1));
          row.put("enteredBy", rs.getString(2));
          row.put("verifiedBy", rs.getString(3));
          row.put("changedAt", rs.getTimestamp(4).toInstant());
          row.put("oldHolidays", rs.getString(5));
          row.put("newHolidays", rs.getString(6));
          row.put("oldWorkdays", rs.getString(7));
          row.put("newWorkdays", rs.getString(8));
          row.put("revision", rs.getLong(9));
          return row;
        }, year);
  }

  private List<LocalDate> days(int year, String kind) {
    return new ArrayList<>(jdbc.query("SELECT day_date FROM csl_calendar_day WHERE cal_year = ? AND kind = ? ORDER BY day_date",
        (rs, i) -> rs.getObject(1, LocalDate.class), year, kind));
  }

  static String join(java.util.Collection<LocalDate> days) {
    return days.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
  }
}
