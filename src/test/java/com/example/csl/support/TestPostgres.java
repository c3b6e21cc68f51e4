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

  public static synchronized Database freshDatabase(String name) {
    String externalUrl = System.getenv("CSL_TEST_DB_URL");
    try {
      String adminUrl;
      String user;
      String password;
      if (externalUrl != null && !externalUrl.isBlank()) {
        adminUrl = externalUrl;
        user = System.getenv().getOrDefault("CSL_TEST_DB_USER", "postgres");
        password = System.getenv().getOrDefault("CSL_TEST_DB_PASSWORD", "");
      } else {
        if (embedded == null) {
          embedded = EmbeddedPostgres.builder().start();
          Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stopEmbedded));
        }
        adminUrl = embedded.getJdbcUrl("postgres", "postgres");
        user = "postgres";
        password = "postgres";
      }
      try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + name);
        statement.execute("CREATE DATABASE " + name);
      }
      String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
      return new Database(url, user, password);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("PostgreSQL for the integration suite is not available: " + e.getMessage(), e);
    }
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
