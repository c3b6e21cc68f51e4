package com.example.csl.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Issue 17: several nodes on one PostgreSQL are an ordinary deployment, and they may start together on an
 * empty database. The engine's schema creation, the deployment of the models and the start-up seeding
 * (groups, administrator, grants, Tasklist filters, calendar, statistics) each assume they run alone, so a
 * node takes a PostgreSQL advisory lock before the engine is built and gives it back once the application is
 * ready (or its start failed): the second node waits, then finds everything in place. Flyway serializes its
 * own migrations. Nothing to do on H2, which one process owns.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin implements ApplicationListener<ApplicationReadyEvent>,
    DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  /** "CSLSTART" as a number: the key of the advisory lock, the same on every node. */
  static final long KEY = 0x43534C5354415254L;

  private final DataSource dataSource;
  private Connection held;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  synchronized void acquire() {
    if (held != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      long waitStarted = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
      }
      held = connection;
      long waited = (System.nanoTime() - waitStarted) / 1_000_000;
      if (waited > 100) {
        LOG.info("Start-up lock taken after waiting {} ms for another node's start", waited);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("start-up lock not taken: " + e.getMessage(), e);
    }
  }

  synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      // closing the session ends the lock anyway
      LOG.warn("start-up lock released by closing its connection: {}", e.getMessage());
    } finally {
      held = null;
    }
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    release();
  }

  @Override
  public void destroy() {
    release();
  }
}
