package com.example.csl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.CustomerServiceApplication;
import com.example.csl.support.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17: two nodes starting together on one empty PostgreSQL database both come up — Flyway,
 * the engine's schema, the deployment of the models and the identity bootstrap run once, serialized by the
 * start-up lock — and the database holds each thing once.
 */
class TwoNodesPostgresIT {

  @Test
  @DisplayName("issue 17 two nodes start together on an empty database: both healthy, schema, models and grants once")
  void simultaneousFirstStart() throws Exception {
    TestPostgres.Database db = TestPostgres.freshDatabase("csl_it_two_nodes");
    ExecutorService starters = Executors.newFixedThreadPool(2);
    List<Future<ConfigurableApplicationContext>> nodes = new ArrayList<>();
    // Spring Boot initializes the JVM-wide logging system at the start of each run, and two runs doing so at the
    // same instant in one JVM collide ("Unable to find Spring Environment in logger context") — a test-harness
    // limit, not the application's. So the second node starts as soon as the first has its environment and
    // logging, long before either touches the database: schema, deployment and seeding still overlap.
    CountDownLatch firstInitialized = new CountDownLatch(1);
    for (String node : List.of("node1", "node2")) {
      if (node.equals("node2")) {
        assertThat(firstInitialized.await(60, TimeUnit.SECONDS)).isTrue();
      }
      nodes.add(starters.submit(() -> {
        // command-line arguments: above the test profile's H2 datasource
        return new SpringApplicationBuilder(CustomerServiceApplication.class)
            .profiles("test")
            .listeners(event -> {
              if (event instanceof org.springframework.boot.context.event.ApplicationContextInitializedEvent) {
                firstInitialized.countDown();
              }
            })
            .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(), "--server.port=0",
                "--camunda.bpm.process-engine-name=" + node, "--spring.jmx.enabled=false");
      }));
    }
    List<ConfigurableApplicationContext> started = new ArrayList<>();
    try {
      for (Future<ConfigurableApplicationContext> node : nodes) {
        started.add(node.get(180, TimeUnit.SECONDS));
      }
      JdbcTemplate jdbc = new JdbcTemplate(started.get(0).getBean(DataSource.class));
      assertThat(jdbc.queryForObject("select count(*) from act_ge_property where name_ = 'schema.version'", Integer.class))
          .isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class)).isZero();
      assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = 'after-sale'", Integer.class))
          .as("the models deployed once").isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'admin'", Integer.class)).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from act_id_group where id_ = 'customer-service'", Integer.class)).isEqualTo(1);
      assertThat(jdbc.queryForList("select group_id_, resource_type_, resource_id_ from act_ru_authorization "
          + "where group_id_ is not null group by group_id_, resource_type_, resource_id_, type_ having count(*) > 1"))
          .as("no grant twice").isEmpty();
      assertThat(jdbc.queryForObject("select count(*) from act_ru_filter where name_ = '部门待办'", Integer.class)).isEqualTo(1);
      assertThat(jdbc.queryForObject("select revision from csl_calendar_revision", Long.class)).as("the calendar seeded once").isEqualTo(1L);
      for (ConfigurableApplicationContext node : started) {
        int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
        com.example.csl.support.Http.Response health = com.example.csl.support.Http.anonymous(port).get("/actuator/health/readiness");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
      }
    } finally {
      for (Future<ConfigurableApplicationContext> node : nodes) {
        if (node.isDone() && !node.isCancelled()) {
          try {
            node.get().close();
          } catch (Exception failedToStart) {
            // reported by the assertion above
          }
        }
      }
      starters.shutdownNow();
    }
  }
}
