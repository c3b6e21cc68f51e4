package com.example.csl.common;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issue 17: scheduled scans that every node runs (the due-soon scan) must not overlap — two overlapping
 * scans insert the same notifications and one rolls back on the unique key. A scan first takes a
 * PostgreSQL advisory lock for its transaction; when another node holds it, this node skips the round
 * (the other is doing the work). On H2 (one process) the lock is always granted.
 */
@Component
public class ClusterLocks {

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  public ClusterLocks(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
        "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
  }

  /** Within the caller's transaction: true if this node may run the work named by {@code key} now. */
  public boolean tryForTransaction(long key) {
    return !postgres || Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, key));
  }
}
