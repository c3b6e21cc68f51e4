package com.example.csl.complaint;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 统一编号 (R-AS-1): {@code TS-YYYYMMDD-NNNN}, the date in the configured zone, NNNN restarting daily.
 *
 * <p>A number is taken in a short transaction of its own on a small pool of its own (issue 16):
 * the day's counter row is locked only for that one UPDATE, not for the whole registration (which
 * starts the process and writes some forty rows), so registrations run side by side instead of one
 * after the other; and because the pool is separate, a registration that already holds a connection
 * of the main pool never waits for a second one from it. The price: a registration that fails after
 * its number was taken (the input is checked before, so only a technical failure) leaves that number
 * unused. Numbers stay unique and increasing; an unused one is reported by {@link #unused(LocalDate)}
 * ({@code GET /api/reports/complaint-numbers?day=}) so the gap is explained, never silent.
 */
@Component
public class ComplaintNumbers {

  private final HikariDataSource pool;
  private final JdbcTemplate jdbc;
  private final JdbcTemplate mainJdbc;
  private final TransactionTemplate ownTransaction;

  public ComplaintNumbers(DataSourceProperties properties, JdbcTemplate mainJdbc,
      @Value("${csl.complaint.numbering-pool-size:2}") int poolSize) {
    this.pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    this.pool.setPoolName("complaint-numbers");
    this.pool.setMaximumPoolSize(poolSize);
    this.pool.setMinimumIdle(0);
    this.jdbc = new JdbcTemplate(pool);
    this.mainJdbc = mainJdbc;
    this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
  }

  @PreDestroy
  void close() {
    pool.close();
  }

  /** The next number of the day, taken and committed at once. */
  public String next(LocalDate day) {
    java.sql.Date date = java.sql.Date.valueOf(day);
    Integer value = ownTransaction.execute(status -> increment(date));
    if (value == null) {
      try {
        ownTransaction.executeWithoutResult(
            status -> jdbc.update("INSERT INTO csl_complaint_sequence (seq_date, last_value) VALUES (?, 0)", date));
      } catch (DataIntegrityViolationException createdConcurrently) {
        // another registration created the day's row first: fine
      }
      value = ownTransaction.execute(status -> increment(date));
    }
    return format(day, value);
  }

  private Integer increment(java.sql.Date date) {
    if (jdbc.update("UPDATE csl_complaint_sequence SET last_value = last_value + 1 WHERE seq_date = ?", date) == 0) {
      return null;
    }
    return jdbc.queryForObject("SELECT last_value FROM csl_complaint_sequence WHERE seq_date = ?", Integer.class, date);
  }

  static String format(LocalDate day, int value) {
    return String.format("TS-%s-%04d", day.toString().replace("-", ""), value);
  }

  /** Numbers of the day that were taken but belong to no stored complaint (a registration failed after taking it). */
  public List<String> unused(LocalDate day) {
    java.sql.Date date = java.sql.Date.valueOf(day);
    List<Integer> last = mainJdbc.queryForList("SELECT last_value FROM csl_complaint_sequence WHERE seq_date = ?", Integer.class, date);
    if (last.isEmpty()) {
      return List.of();
    }
    String prefix = "TS-" + day.toString().replace("-", "") + "-";
    Set<String> used = new HashSet<>(mainJdbc.queryForList(
        "SELECT complaint_number FROM csl_complaint WHERE complaint_number LIKE ?", String.class, prefix + "%"));
    List<String> unused = new ArrayList<>();
    for (int n = 1; n <= last.get(0); n++) {
      if (!used.contains(format(day, n))) {
        unused.add(format(day, n));
      }
    }
    return unused;
  }

  /** How many numbers the day has handed out. */
  public int issued(LocalDate day) {
    List<Integer> last = mainJdbc.queryForList("SELECT last_value FROM csl_complaint_sequence WHERE seq_date = ?",
        Integer.class, java.sql.Date.valueOf(day));
    return last.isEmpty() ? 0 : last.get(0);
  }
}
