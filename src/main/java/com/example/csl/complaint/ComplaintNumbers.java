package com.example.csl.complaint;

import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 统一编号 (R-AS-1): {@code TS-YYYYMMDD-NNNN}, the date in Asia/Shanghai, NNNN restarting daily.
 *
 * <p>The counter row of the day is incremented with an UPDATE inside the registering transaction:
 * the row lock serialises concurrent registrations, and a registration that rolls back gives its
 * number back, so numbers stay gap-free enough for people and are unique on H2 and PostgreSQL. The
 * day's row is created once in a transaction of its own, so a concurrent creation does not spoil
 * the caller's transaction.
 */
@Component
public class ComplaintNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public ComplaintNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number of the day; call inside the transaction that stores the complaint. */
  public String next(LocalDate day) {
    java.sql.Date date = java.sql.Date.valueOf(day);
    if (jdbc.update("UPDATE csl_complaint_sequence SET last_value = last_value + 1 WHERE seq_date = ?", date) == 0) {
      createDay(date);
      jdbc.update("UPDATE csl_complaint_sequence SET last_value = last_value + 1 WHERE seq_date = ?", date);
    }
    Integer value = jdbc.queryForObject("SELECT last_value FROM csl_complaint_sequence WHERE seq_date = ?",
        Integer.class, date);
    return String.format("TS-%s-%04d", day.toString().replace("-", ""), value);
  }

  private void createDay(java.sql.Date date) {
    try {
      ownTransaction.executeWithoutResult(
          status -> jdbc.update("INSERT INTO csl_complaint_sequence (seq_date, last_value) VALUES (?, 0)", date));
    } catch (DataIntegrityViolationException createdConcurrently) {
      // another registration created the day's row first: fine
    }
  }
}
