package com.example.csl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.csl.support.CslSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Models cannot call what they must not (issue 15, R-SEC-1): deployments with back doors are refused, naming the element. */
@CslSpringTest
class ModelSandboxTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired ModelSandboxPlugin sandbox;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  static String process(String id, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            id="Definitions_%1$s" targetNamespace="http://example.com/sandbox">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="3650">
            <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
            %2$s
            <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Step"/>
            <bpmn:sequenceFlow id="F2" sourceRef="Step" targetRef="End"/>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id, body);
  }

  private void deploy(String name, String xml) {
    repositoryService.createDeployment().addString(name + ".bpmn", xml).deploy();
  }

  @Test
  @DisplayName("R-SEC-1 an expression calling identityService is refused at deployment with its element id; nobody becomes admin")
  void identityServiceRefused() {
    String xml = process("sandbox-admin", """
        <bpmn:serviceTask id="Step" camunda:expression="${identityService.createMembership('hanxue','camunda-admin')}">
          <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:serviceTask>""");
    assertThatThrownBy(() -> deploy("sandbox-admin", xml)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Step").hasMessageContaining("identityService");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("sandbox-admin").count()).isZero();
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("hanxue").count()).isZero();
  }

  @Test
  @DisplayName("R-SEC-1 script tasks, foreign classes and other Spring beans are refused; the application's own beans are allowed")
  void scriptsAndForeignCodeRefused() {
    assertThatThrownBy(() -> deploy("sandbox-script", process("sandbox-script", """
        <bpmn:scriptTask id="Step" scriptFormat="javascript"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
          <bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>""")))
        .hasMessageContaining("Step").hasMessageContaining("脚本");
    assertThatThrownBy(() -> deploy("sandbox-class", process("sandbox-class", """
        <bpmn:serviceTask id="Step" camunda:class="org.example.Evil"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
        </bpmn:serviceTask>""")))
        .hasMessageContaining("Step").hasMessageContaining("camunda:class");
    assertThatThrownBy(() -> deploy("sandbox-bean", process("sandbox-bean", """
        <bpmn:userTask id="Step" camunda:candidateGroups="${dataSource.connection.schema}"><bpmn:incoming>F1</bpmn:incoming>
          <bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>""")))
        .hasMessageContaining("Step").hasMessageContaining("dataSource");
    // a model using the published calendar bean and a variable deploys and runs
    deploy("sandbox-ok", process("sandbox-ok", """
        <bpmn:userTask id="Step" camunda:candidateGroups="${department}" camunda:dueDate="${workingDays.after(now(), 2)}">
          <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>"""));
    runtimeService.startProcessInstanceByKey("sandbox-ok", java.util.Map.of("department", "customer-service"));
    assertThat(sandbox.publishedNames()).contains("workingDays", "registerComplaintDelegate").doesNotContain("identityService", "runtimeService");
  }

  @Test
  @DisplayName("R-SEC-1 at run time too, an expression reaches published beans only, never an engine service")
  void runtimeResolutionRestricted() {
    deploy("sandbox-runtime", process("sandbox-runtime", """
        <bpmn:userTask id="Step" camunda:candidateGroups="customer-service"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
        </bpmn:userTask>"""));
    String id = runtimeService.startProcessInstanceByKey("sandbox-runtime").getId();
    org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration =
        (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Object calendar = configuration.getCommandExecutorTxRequired().execute(context -> configuration.getExpressionManager()
        .createExpression("${workingDays}").getValue(context.getExecutionManager().findExecutionById(id)));
    assertThat(calendar).isInstanceOf(com.example.csl.calendar.WorkingDayCalendar.class);
    assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context -> configuration.getExpressionManager()
        .createExpression("${identityService}").getValue(context.getExecutionManager().findExecutionById(id))))
        .hasMessageContaining("identityService");
  }
}
