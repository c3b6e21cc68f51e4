package com.example.csl.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The embedded default profile's sample data: Tasklist and Cockpit are not empty on first start. */
// its own engine name and a closed context afterwards: the REST API finds engines by name in a
// JVM-wide registry, and the shared test context's engine must stay "default"
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(properties = {"csl.demo-data.enabled=true", "camunda.bpm.process-engine-name=demo",
    "spring.datasource.url=jdbc:h2:mem:csl-demo;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
@ActiveProfiles("test")
class DemoDataTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  @Test
  @DisplayName("R-SEC-3 demo data: pre-sale cases and complaints waiting in the demo users' groups")
  void sampleCasesExist() {
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("pre-sale").count()).isEqualTo(4);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("after-sale").count()).isEqualTo(4);
    // R-REP-1 R-REP-5: two repair complaints in repair-order: one at the survey, one reviewed and waiting for vice-gm
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("repair-order").count()).isEqualTo(2);
    assertThat(taskService.createTaskQuery().processDefinitionKey("repair-order").taskDefinitionKey("Task_SiteSurvey").count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskCandidateGroup("vice-gm").taskDefinitionKey("Task_ApproveCost").count()).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("after-sale").finished().count())
        .as("one archived complaint for the auditor").isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("in-sale").processInstanceBusinessKey("HT-2026-0001")
        .count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskCandidateGroup("marketing-vp").count()).isPositive();
    assertThat(taskService.createTaskQuery().taskCandidateGroup("customer-service").count()).isPositive();
    assertThat(taskService.createTaskQuery().taskCandidateGroup("eng-tech").count()).isPositive();
  }
}
