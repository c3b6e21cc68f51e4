package com.example.csl.common;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls authenticated as a given user with their groups, so the engine's authorization
 * checks and "who did it" apply — for sample data and tests acting as the demo users.
 */
@Component
public class RunAs {

  private final IdentityService identityService;

  public RunAs(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(String userId, Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  public void run(String userId, Runnable work) {
    call(userId, () -> {
      work.run();
      return null;
    });
  }

  /** As {@code userId}: claims and completes the instance's open task {@code taskKey} with the variables. */
  public void completeTask(org.camunda.bpm.engine.TaskService taskService, String processInstanceId, String taskKey,
      String userId, java.util.Map<String, Object> variables) {
    run(userId, () -> {
      org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(taskKey).singleResult();
      if (task == null) {
        throw new IllegalStateException("no open task " + taskKey + " in process instance " + processInstanceId);
      }
      taskService.claim(task.getId(), userId);
      taskService.complete(task.getId(), variables);
    });
  }
}
