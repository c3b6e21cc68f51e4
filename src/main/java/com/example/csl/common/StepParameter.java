package com.example.csl.common;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * A parameter the process owner gives a step in the model: a Camunda extension property of the user
 * task (Camunda Modeler: Extensions → Properties, stored as {@code <camunda:property name="…" value="…"/>}
 * in the task's {@code <camunda:properties>}). A listener shared by several steps reads what kind of
 * step it serves from such a property instead of comparing the task's BPMN id, so a task id may be
 * renamed in the modeler without breaking the step.
 *
 * <p>A missing, empty or repeated property is a modelling error, not user input: it fails with an
 * {@link IllegalStateException} naming the task's element id and the property, so the deployment's
 * author sees at once what to add.
 */
public final class StepParameter {

  private StepParameter() {}

  /**
   * The value of the extension property {@code name} on the user task {@code task} runs for.
   *
   * @throws IllegalStateException if the task's model element does not define the property exactly
   *     once with a non-blank value
   */
  public static String of(DelegateTask task, String name) {
    UserTask element = task.getBpmnModelElementInstance();
    if (element == null) {
      throw new IllegalStateException("task " + task.getTaskDefinitionKey() + " has no BPMN user task to read the"
          + " property '" + name + "' from");
    }
    return of(element, name);
  }

  /** The same for the activity a delegate runs for (e.g. a service task: who answers for what). */
  public static String of(org.camunda.bpm.engine.delegate.DelegateExecution execution, String name) {
    org.camunda.bpm.model.bpmn.instance.FlowElement element = execution.getBpmnModelElementInstance();
    if (element == null) {
      throw new IllegalStateException("activity " + execution.getCurrentActivityId() + " has no BPMN element to read the"
          + " property '" + name + "' from");
    }
    return of(element, name);
  }

  private static String of(org.camunda.bpm.model.bpmn.instance.BaseElement element, String name) {
    ExtensionElements extensions = element.getExtensionElements();
    List<String> values = extensions == null ? List.of()
        : extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
            .flatMap(properties -> properties.getCamundaProperties().stream())
            .filter(property -> name.equals(property.getCamundaName()))
            .map(CamundaProperty::getCamundaValue)
            .toList();
    if (values.size() > 1) {
      throw new IllegalStateException("element " + element.getId() + " defines the Camunda property '" + name
          + "' " + values.size() + " times; give it once (Camunda Modeler: Extensions → Properties)");
    }
    String value = values.isEmpty() ? null : Objects.toString(values.get(0), "").trim();
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("element " + element.getId() + " is missing the Camunda property '" + name
          + "' (Camunda Modeler: Extensions → Properties) that tells its listener what the step does");
    }
    return value;
  }

  /** The property's value, or null when the task's model does not give it. */
  public static String optional(DelegateTask task, String name) {
    UserTask element = task.getBpmnModelElementInstance();
    if (element == null || element.getExtensionElements() == null) {
      return null;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> name.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
  }

  /**
   * The error for a value of the property {@code name} the listener does not know, to throw from the
   * default branch of a switch on {@link #of}.
   */
  public static IllegalStateException unknown(DelegateTask task, String name, String value) {
    return new IllegalStateException("user task " + task.getTaskDefinitionKey() + " has the Camunda property '" + name
        + "' = '" + value + "', which its listener does not know");
  }
}
