package com.example.csl.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** No listener switches on an element id (issue 14.4): the steps that share a listener say in the model what they record. */
class StepParameterTest {

  /** listener bean → the property each of its tasks must carry. */
  static final Map<String, String> PARAMETER = Map.of("${repairDecisionListener}", "record", "${inSaleRecordListener}", "record",
      "${approvalListener}", "record", "${repairWorkListener}", "performer", "${followUpListener}", "record",
      "${correctiveActionListener}", "record", "${regulationDecisionListener}", "record");

  @Test
  @DisplayName("issue 14: every task of a shared listener names its kind in a Camunda property, so renaming its id in Modeler breaks nothing")
  void sharedListenersReadTheModel() {
    List<String> checked = new ArrayList<>();
    for (File file : new File("processes").listFiles((d, n) -> n.endsWith(".bpmn"))) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getExtensionElements() == null) {
          continue;
        }
        for (CamundaTaskListener listener : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()) {
          String property = PARAMETER.get(listener.getCamundaDelegateExpression());
          if (property == null) {
            continue;
          }
          List<String> values = task.getExtensionElements().getElementsQuery()
              .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
              .flatMap(p -> p.getCamundaProperties().stream()).filter(p -> property.equals(p.getCamundaName()))
              .map(CamundaProperty::getCamundaValue).toList();
          assertThat(values).as(file.getName() + " " + task.getId() + " needs the property " + property).hasSize(1);
          assertThat(values.get(0)).isNotBlank();
          checked.add(task.getId());
        }
      }
    }
    assertThat(checked).hasSizeGreaterThanOrEqualTo(15);
  }
}
