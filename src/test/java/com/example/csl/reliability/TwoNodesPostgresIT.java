package com.example.csl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.SlowSmtp;
import com.example.csl.support.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: two nodes starting together on one empty PostgreSQL database both come up — Flyway, the engine's
 * schema, the deployment of the models and the identity bootstrap run once, serialized by the start-up lock —
 * and the database holds each thing once.
 *
 * <p>The nodes are two real processes of the packaged application ({@code java -jar}, built by the package phase
 * before the integration tests), as in production: two Spring Boot applications inside one test JVM share that
 * JVM's logging system, Tomcat and Camunda REST statics, and once failed to start together for reasons of the
 * harness (CI run of stop 24), not of the application. A node that does not come up fails the test with the end
 * of its log in the message.
 */
class TwoNodesPostgresIT {

  @Test
  @DisplayName("issue 17 two nodes start together on an empty database: both healthy, schema, models and grants once")
  void simultaneousFirstStart() throws Exception {
    assertThat(FaultSuite.JAR).as("the package phase builds the jar before the integration tests").exists();
    Files.createDirectories(Path.of("target/two-nodes"));
    TestPostgres.Database db = TestPostgres.freshDatabase("csl_it_two_nodes");
    try (SlowSmtp smtp = new SlowSmtp(Duration.ZERO)) {
      Map<String, String> env = Map.of("DB_URL", db.url(), "DB_USER", db.user(), "DB_PASSWORD", db.password(),
          "CSL_ADMIN_PASSWORD", FaultSuite.PASSWORD, "SPRING_MAIL_HOST", "localhost", "SPRING_MAIL_PORT", String.valueOf(smtp.port()));
      List<FaultSuite.Node> nodes = new ArrayList<>();
      for (String name : List.of("node1", "node2")) {
        int port = FaultSuite.freePort();
        Path log = Path.of("target/two-nodes/" + name + ".log");
        Files.deleteIfExists(log);
        nodes.add(new FaultSuite.Node(name, port, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", FaultSuite.JAR.toString(), "--spring.profiles.active=postgres",
            "--server.port=" + port), env, log.toFile()));
      }
      try {
        for (FaultSuite.Node node : nodes) {
          node.start();
        }
        for (FaultSuite.Node node : nodes) {
          try {
            node.awaitReady(Duration.ofMinutes(4));
          } catch (AssertionError notReady) {
            throw new AssertionError(notReady.getMessage() + "; the end of its log:\n" + tail(node.log.toPath(), 40), notReady);
          }
        }
        try (Connection jdbc = DriverManager.getConnection(db.url(), db.user(), db.password())) {
          assertThat(count(jdbc, "select count(*) from act_ge_property where name_ = 'schema.version'")).isEqualTo(1);
          assertThat(count(jdbc, "select count(*) from flyway_schema_history where not success")).isZero();
          assertThat(count(jdbc, "select count(*) from act_re_procdef where key_ = 'after-sale'")).as("the models deployed once").isEqualTo(1);
          assertThat(count(jdbc, "select count(*) from act_id_user where id_ = 'admin'")).isEqualTo(1);
          assertThat(count(jdbc, "select count(*) from act_id_group where id_ = 'customer-service'")).isEqualTo(1);
          assertThat(count(jdbc, "select count(*) from (select group_id_ from act_ru_authorization where group_id_ is not null "
              + "group by group_id_, resource_type_, resource_id_, type_ having count(*) > 1) twice")).as("no grant twice").isZero();
          assertThat(count(jdbc, "select count(*) from act_ru_filter where name_ = '部门待办'")).isEqualTo(1);
          assertThat(count(jdbc, "select revision from csl_calendar_revision")).as("the calendar seeded once").isEqualTo(1);
        }
      } finally {
        for (FaultSuite.Node node : nodes) {
          if (node.process != null) {
            node.process.destroy();
          }
        }
        for (FaultSuite.Node node : nodes) {
          if (node.process != null && !node.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            node.kill9();
          }
        }
      }
    }
  }

  private static long count(Connection jdbc, String sql) throws Exception {
    try (Statement statement = jdbc.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (java.io.IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
