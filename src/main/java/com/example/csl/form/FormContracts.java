package com.example.csl.form;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * Finds the deployed Camunda Form of a task or a start event (the form Tasklist shows: formRef with
 * its binding) and parses it once per deployed form definition.
 */
final class FormContracts {

  private static final Map<String, FormContract> BY_DEFINITION = new ConcurrentHashMap<>();

  private FormContracts() {}

  /** The task's contract, or null when the task has no Camunda Form (then it may receive nothing). */
  static FormContract ofTask(CommandContext context, TaskEntity task) {
    if (task.getTaskDefinition() == null) {
      return null;
    }
    FormData data = context.runWithoutAuthorization(() -> new GetTaskFormCmd(task.getId()).execute(context));
    return load(context, data);
  }

  static FormContract ofStart(CommandContext context, String processDefinitionId) {
    FormData data;
    try {
      data = context.runWithoutAuthorization(() -> new GetStartFormCmd(processDefinitionId).execute(context));
    } catch (RuntimeException noStartForm) {
      return null;
    }
    return load(context, data);
  }

  private static FormContract load(CommandContext context, FormData data) {
    CamundaFormRef ref = data == null ? null : data.getCamundaFormRef();
    if (ref == null || ref.getKey() == null) {
      return null;
    }
    CamundaFormDefinition definition = context.runWithoutAuthorization(
        () -> new GetCamundaFormDefinitionCmd(ref, data.getDeploymentId()).execute(context));
    if (definition == null) {
      return null;
    }
    return BY_DEFINITION.computeIfAbsent(definition.getId(), id -> {
      ResourceEntity resource = context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
      return FormContract.parse(new String(resource.getBytes(), StandardCharsets.UTF_8));
    });
  }
}
