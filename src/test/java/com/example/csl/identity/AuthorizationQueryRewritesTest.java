package com.example.csl.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, R-SEC-1: the rewritten task count ({@link AuthorizationQueryRewrites}) answers exactly what the engine's own
 * statement answers, for users of different groups and for each shared filter, and is really used.
 */
@CslSpringTest
class AuthorizationQueryRewritesTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;

  private String deploymentId;

  @BeforeEach
  void tasks() {
    deploymentId = repositoryService.createDeployment().addModelInstance("count-fixture.bpmn",
        Bpmn.createExecutableProcess("count-fixture").name("计数测试").camundaHistoryTimeToLive(1)
            .startEvent("Start").name("开始")
            .userTask("Task_Count").name("计数任务").camundaCandidateGroups("${groups}").camundaDueDate("${due}")
            .endEvent("End").name("结束").done()).deploy().getId();
    Date soon = new Date(System.currentTimeMillis() + 3600_000L);
    Date later = new Date(System.currentTimeMillis() + 30L * 24 * 3600_000L);
    for (String groups : List.of("customer-service", "customer-service", "customer-service", "eng-tech", "eng-tech",
        "customer-service,eng-tech", "marketing")) {
      runtimeService.startProcessInstanceByKey("count-fixture", Map.of("groups", groups, "due", groups.length() % 2 == 0 ? soon : later));
    }
    // one of customer-service's tasks is claimed: it leaves 部门待办 and enters 我的任务
    String claimed = taskService.createTaskQuery().processDefinitionKey("count-fixture").taskCandidateGroup("customer-service")
        .list().get(0).getId();
    taskService.claim(claimed, "zhangwei");
  }

  @AfterEach
  void remove() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  private Map<String, Long> counts(String user, List<String> groups, boolean rewrite) {
    Map<String, Long> counts = new LinkedHashMap<>();
    identityService.setAuthentication(user, groups);
    AuthorizationQueryRewrites.OFF.set(!rewrite);
    try {
      for (Filter filter : filterService.createFilterQuery().list()) {
        counts.put(filter.getName(), filterService.count(filter.getId()));
      }
    } finally {
      AuthorizationQueryRewrites.OFF.remove();
      identityService.clearAuthentication();
    }
    return counts;
  }

  @Test
  @DisplayName("R-SEC-1 issue 16 every filter's rewritten count equals the engine's own, for users of each group")
  void sameAnswers() {
    long before = AuthorizationQueryRewrites.REWRITTEN.get();
    for (Map.Entry<String, List<String>> user : Map.of("zhangwei", List.of("customer-service"), "zhouqiang", List.of("eng-tech"),
        "wangfang", List.of("marketing"), "lina", List.of("cs-manager", "customer-service"), "nobody", List.<String>of()).entrySet()) {
      Map<String, Long> engine = counts(user.getKey(), user.getValue(), false);
      Map<String, Long> rewritten = counts(user.getKey(), user.getValue(), true);
      assertThat(rewritten).as(user.getKey()).isEqualTo(engine);
    }
    assertThat(AuthorizationQueryRewrites.REWRITTEN.get()).as("the rewrite was used").isGreaterThan(before);
    // what the fixture gives: 张伟 has 3 open customer-service tasks unclaimed (2 + the shared one), 周强 3
    assertThat(counts("zhangwei", List.of("customer-service"), true).get(TasklistFilters.GROUP_TASKS))
        .isGreaterThanOrEqualTo(3);
    // through the REST API as Tasklist asks, the same
    Http zhouqiang = Http.as(port, "zhouqiang");
    String groupTasks = filterService.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).singleResult().getId();
    assertThat(zhouqiang.get("/engine-rest/filter/" + groupTasks + "/count").json().get("count").asLong())
        .isEqualTo(counts("zhouqiang", List.of("eng-tech"), false).get(TasklistFilters.GROUP_TASKS));
  }

  @Autowired javax.sql.DataSource dataSource;

  @Test
  @DisplayName("R-SEC-1 issue 16 the groups holding authorizations: the skip scan (PostgreSQL) finds exactly the engine's set")
  void authorizedGroups() {
    String engine = "SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A";
    String skipScan = AuthorizationQueryRewrites.groupsSkipScan("\n    " + engine + "\n  ");
    assertThat(skipScan).startsWith("WITH RECURSIVE").contains("ORDER BY A.GROUP_ID_ LIMIT 1");
    assertThat(AuthorizationQueryRewrites.groupsSkipScan("SELECT distinct(A.USER_ID_) FROM ACT_RU_AUTHORIZATION A")).isNull();
    org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    boolean postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
        "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
    if (postgres) {
      java.util.Set<String> expected = new java.util.HashSet<>(jdbc.queryForList(engine, String.class));
      expected.remove(null);
      assertThat(new java.util.HashSet<>(jdbc.queryForList(skipScan, String.class))).isEqualTo(expected).isNotEmpty();
    }
    // and the engine uses it where it may: a staff user's query still sees exactly the group's tasks (sameAnswers)
  }

  @Test
  @DisplayName("issue 16 the statement is rewritten only in the engine's join form, its parameters in the new order")
  void rewriteShape() {
    String sql = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ "
        + "left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 "
        + "AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) ) AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) ) "
        + "AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' )) WHERE ( 1 = 1 and ( I.GROUP_ID_ IN ( ? ) ) ) "
        + "and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) and (RES.TENANT_ID_ is null ) ) countDistinct";
    Configuration configuration = new Configuration();
    List<ParameterMapping> parameters = new ArrayList<>();
    for (String name : List.of("user", "group", "type", "perms1", "perms2", "candidate")) {
      parameters.add(new ParameterMapping.Builder(configuration, name, Object.class).build());
    }
    AuthorizationQueryRewrites.Rewritten rewritten = AuthorizationQueryRewrites.rewrite(sql, parameters);
    assertThat(rewritten).isNotNull();
    assertThat(rewritten.sql()).doesNotContain("AUTH.", "AUTH ON").contains("RES.ID_ IN (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE")
        .contains("OR D.KEY_ IN (").contains("OR '*' IN (");
    assertThat(AuthorizationQueryRewrites.placeholders(rewritten.sql())).isEqualTo(rewritten.parameters().size()).isEqualTo(16);
    assertThat(rewritten.parameters()).extracting(ParameterMapping::getProperty).containsExactly("candidate",
        "user", "group", "type", "perms1", "perms2", "user", "group", "type", "perms1", "perms2",
        "user", "group", "type", "perms1", "perms2");
    // another shape (e.g. the revoke check's CASE form, or AUTH used elsewhere): left as the engine wrote it
    assertThat(AuthorizationQueryRewrites.rewrite(sql.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", "(AUTH.RESOURCE_ID_ IS NOT NULL) "
        + "ORDER BY AUTH.ID_"), parameters)).isNull();
    assertThat(AuthorizationQueryRewrites.rewrite("SELECT COUNT(*) FROM ACT_RU_TASK RES", List.of())).isNull();
    // only queue counts: a selective query (due soon, my tasks, one case) keeps the engine's own statement
    assertThat(AuthorizationQueryRewrites.isQueue(new org.camunda.bpm.engine.impl.TaskQueryImpl().taskCandidateGroup("customer-service")
        .taskUnassigned())).isTrue();
    assertThat(AuthorizationQueryRewrites.isQueue(new org.camunda.bpm.engine.impl.TaskQueryImpl().dueBefore(new Date()))).isFalse();
    assertThat(AuthorizationQueryRewrites.isQueue(new org.camunda.bpm.engine.impl.TaskQueryImpl().taskAssignee("zhangwei"))).isFalse();
    assertThat(AuthorizationQueryRewrites.isQueue("not a task query")).isFalse();
  }
}
