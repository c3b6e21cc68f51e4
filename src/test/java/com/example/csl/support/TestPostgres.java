package com.example.csl.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real PostgreSQL of the integration suite: the server named by {@code CSL_TEST_DB_URL} (with
 * {@code CSL_TEST_DB_USER}, {@code CSL_TEST_DB_PASSWORD}; an admin connection able to create
 * databases), or else an embedded PostgreSQL whose binaries come from Maven Central (zonky).
 * Each Spring context gets a database of its own, created fresh.
 */
public final class TestPostgres {

  private static EmbeddedPostgres embedded;

  private TestPostgres() {}

  public record Database(String url, String user, String password) {}

  /** A fresh database {@code name} as the Spring datasource of the test context. */
  public static void register(org.springframework.test.context.DynamicPropertyRegistry registry, String name) {
    Database db = freshDatabase(name);
    registry.add("spring.datasource.url", db::url);
    registry.add("spring.datasource.username", db::user);
    registry.add("spring.datasource.password", db::password);
  }

  /** An administrator's connection to the server (e.g. to take a test's database away and give it back). */
  public static synchronized Connection adminConnection() throws SQLException {
    Database admin = admin();
    return DriverManager.getConnection(admin.url(), admin.user(), admin.password());
  }

  private static Database admin() {
    String externalUrl = System.getenv("CSL_TEST_DB_URL");
    if (externalUrl != null && !externalUrl.isBlank()) {
      return new Database(externalUrl, System.getenv().getOrDefault("CSL_TEST_DB_USER", "postgres"),
          System.getenv().getOrDefault("CSL_TEST_DB_PASSWORD", ""));
    }
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new IllegalStateException("PostgreSQL for the integration suite is not available: " + e.getMessage(), e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stopEmbedded));
    }
    return new Database(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
  }

  public static synchronized Database freshDatabase(String name) {
    Database admin = admin();
    try (Connection connection = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL for the integration suite is not available: " + e.getMessage(), e);
    }
    String url = admin.url().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    return new Database(url, admin.user(), admin.password());
  }

  /**
   * Stops the server after the Spring test contexts have closed (they close in their own shutdown
   * hook, which still talks to the database), so that neither waits for the other.
   */
  private static void stopEmbedded() {
    Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("SpringApplicationShutdownHook"))
        .forEach(t -> {
          try {
            t.join(20_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    try {
      embedded.close();
    } catch (IOException ignored) {
      // the JVM is ending anyway
    }
  }
}
