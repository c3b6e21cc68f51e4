package com.example.csl.identity;

import java.sql.Connection;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps Tasklist's counts linear in the number of open tasks on PostgreSQL (issue 16, R-SEC-1).
 *
 * <p>Every task has authorization rows for its candidate group (that is how a user sees only their
 * groups' tasks). The engine's authorization check filters them with {@code PERMS_ & 2 = 2}, a
 * bitmask predicate PostgreSQL has no statistics for: it estimates a few dozen matching rows where
 * there is one per task, materialises them and compares every task with every row — quadratic
 * (8 s for a count at 10,000 open tasks). Extended statistics on the two bitmask expressions the
 * engine uses (READ on TASK, READ_TASK on PROCESS_DEFINITION) give the planner the true numbers,
 * and it probes the {@code RESOURCE_ID_} index per task instead. PostgreSQL 14+ takes expression
 * statistics; older servers get an expression index, which yields the same statistics.
 */
@Component
public class AuthorizationStatisticsPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationStatisticsPlugin.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    try (Connection connection = configuration.getDataSource().getConnection(); Statement statement = connection.createStatement()) {
      if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
        statement.execute("CREATE STATISTICS IF NOT EXISTS csl_auth_perms ON (perms_ & 2), (perms_ & 64) FROM act_ru_authorization");
      } else {
        statement.execute("CREATE INDEX IF NOT EXISTS csl_auth_perms ON act_ru_authorization ((perms_ & 2), (perms_ & 64))");
      }
      statement.execute("ANALYZE act_ru_authorization");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (java.sql.SQLException e) {
      // two nodes starting together may race on the creation; the other one made it
      LOG.warn("statistics for the authorization check not created: {}", e.getMessage());
    }
  }
}
