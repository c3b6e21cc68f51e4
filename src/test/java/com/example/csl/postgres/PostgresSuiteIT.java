package com.example.csl.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.Http;
import com.example.csl.support.TestPostgres;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real PostgreSQL (the integration suite, run by {@code mvn verify}): Flyway
 * and the engine schema, identity bootstrap, models, security and the calendar work there too.
 * Capability issues add their PostgreSQL checks next to this one.
 */
// one engine "default" at a time: the REST API finds engines by name in a JVM-wide registry
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostgresSuiteIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.Database db = TestPostgres.freshDatabase("csl_it_suite");
    registry.add("spring.datasource.url", db::url);
    registry.add("spring.datasource.username", db::user);
    registry.add("spring.datasource.password", db::password);
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  @DisplayName("the engine, Flyway and the identity bootstrap run on PostgreSQL")
  void runsOnPostgres() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
        .isGreaterThanOrEqualTo(0);
    assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
    assertThat(identityService.createGroupQuery().groupId("complaint-specialist").count()).isEqualTo(1);
    assertThat(Http.anonymous(port).get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
  }

  @Test
  @DisplayName("R-SEC-1 R-CAL-1 on PostgreSQL: a group's task is invisible to other groups; the calendar answers")
  void securityAndCalendarOnPostgres() {
    String deploymentId = repositoryService.createDeployment().addModelInstance("pg-fixture.bpmn",
        Bpmn.createExecutableProcess("pg-fixture").name("PG测试").camundaHistoryTimeToLive(1)
            .startEvent("Start").name("开始")
            .userTask("Task_Work").name("客服任务").camundaCandidateGroups("customer-service")
            .camundaDueDate("${workingDays.after(now(), 1)}")
            .endEvent("End").name("结束").done()).deploy().getId();
    try {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey("pg-fixture", Map.of());
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getDueDate()).isNotNull();
      assertThat(Http.as(port, "liuyang").get("/engine-rest/task?processInstanceId=" + instance.getId()).json()).isEmpty();
      assertThat(Http.as(port, "zhangwei").get("/engine-rest/task?processInstanceId=" + instance.getId()).json()).hasSize(1);
      assertThat(Http.as(port, "zhangwei").post("/engine-rest/task/" + task.getId() + "/complete", Map.of()).status())
          .isEqualTo(204);
      assertThat(Http.as(port, "zhangwei").get("/api/calendar/due?from=2026-12-31T17:00:00%2B08:00&workingDays=1")
          .json().get("due").asText()).isEqualTo("2027-01-04T17:00:00+08:00");
    } finally {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  @DisplayName("R-PRE-1 R-PRE-2 R-PRE-3 on PostgreSQL: registration stores the archive, grades by DMN; a duplicate is 409")
  void preSaleOnPostgres() {
    Http office = Http.as(port, "wangfang");
    Map<String, Object> body = Map.of("name", "PG测试客户", "contactPerson", "甲", "phone", "13700001111",
        "intention", "STRONG", "priorYearRevenue", 5_000_000);
    Http.Response created = office.post("/api/customers", body);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("grade").asText()).isEqualTo("A");
    assertThat(created.json().get("keyCustomer").asBoolean()).isTrue();
    Http.Response duplicate = office.post("/api/customers", body);
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("existingCustomerId").asLong()).isEqualTo(created.json().get("id").asLong());
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select count(*) from csl_customer where name = 'PG测试客户'", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from csl_grade_change where customer_id = ?", Integer.class,
        created.json().get("id").asLong())).isEqualTo(1);
    assertThat(Http.as(port, "liuyang").get("/api/customers/" + created.json().get("id").asText()).json()
        .get("gradeHistory").get(0).get("source").asText()).isEqualTo("DECISION");
  }

  @Test
  @DisplayName("R-AS-1 on PostgreSQL: 200 complaints registered from parallel threads get 200 distinct numbers")
  void concurrentComplaintNumbersOnPostgres() throws Exception {
    Http.Response customer = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "PG投诉客户",
        "contactPerson", "乙", "phone", "13700002222", "intention", "MODERATE"));
    long customerId = customer.json().get("id").asLong();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    java.util.Set<String> numbers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int n = i;
      results.add(pool.submit(() -> {
        Http.Response response = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customerId,
            "channel", "HOTLINE", "category", "OTHER", "description", "并发登记 " + n));
        if (response.status() == 201) {
          numbers.add(response.json().get("number").asText());
        }
        return response.status();
      }));
    }
    for (java.util.concurrent.Future<Integer> result : results) {
      assertThat(result.get()).isEqualTo(201);
    }
    pool.shutdown();
    assertThat(numbers).hasSize(200).allMatch(number -> number.matches("TS-\\d{8}-\\d{4}"));
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select count(distinct complaint_number) from csl_complaint", Integer.class)).isEqualTo(200);
  }
}
