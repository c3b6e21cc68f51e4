package com.example.csl.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.Http;
import com.example.csl.support.TestPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** R-SEC-3: the production profile creates no demo users and takes the first admin's password from the environment. */
// one engine "default" at a time: the REST API finds engines by name in a JVM-wide registry
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "camunda.bpm.metrics.enabled=false",
        "camunda.bpm.metrics.db-reporter-activate=false", "spring.datasource.hikari.connection-timeout=3000"})
@ActiveProfiles("postgres")
class PostgresProfileIT {

  static final String ADMIN_PASSWORD = "Pg-Chief#Harbor42";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.Database db = TestPostgres.freshDatabase("csl_it_profile");
    registry.add("DB_URL", db::url);
    registry.add("DB_USER", db::user);
    registry.add("DB_PASSWORD", db::password);
    registry.add("CSL_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
  }

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;

  @Test
  @DisplayName("R-SEC-3 postgres profile: groups and filters exist, no demo user, admin only with the environment's password")
  void noDemoCredentials() {
    assertThat(identityService.createGroupQuery().groupId("customer-service").count()).isEqualTo(1);
    assertThat(identityService.createUserQuery().list()).extracting("id").containsExactly("admin");
    assertThat(filterService.createFilterQuery().count()).isEqualTo(3);
    assertThat(Http.as(port, "zhangwei").get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(Http.as(port, "admin", ADMIN_PASSWORD).get("/engine-rest/task").status()).isEqualTo(200);
  }
}
