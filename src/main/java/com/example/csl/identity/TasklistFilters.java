package com.example.csl.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, created or brought up to date at start-up and readable by every
 * staff group. Each filter shows only tasks the user may read (authorization checks are on).
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "我的任务";
  public static final String GROUP_TASKS = "部门待办";
  public static final String DUE_SOON = "即将超期";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  public void createOrUpdate(List<String> groupIds) {
    save(MY_TASKS, -10, "分配给我的任务", "#3c8dbc",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), groupIds);
    save(GROUP_TASKS, -5, "本部门（候选组）尚未认领的任务", "#00a65a",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
        groupIds);
    // due within 1 working day, counted by the working-day calendar (R-CAL-1)
    save(DUE_SOON, 0, "1个工作日内到期或已超期的任务", "#dd4b39",
        taskService.createTaskQuery().dueBeforeExpression("${workingDays.fromNow(1)}").orderByDueDate().asc(),
        groupIds);
  }

  private void save(String name, int priority, String description, String color, TaskQuery query,
      List<String> groupIds) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
      filter.setOwner("admin");
    }
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("description", description);
    props.put("priority", priority);
    props.put("color", color);
    props.put("refresh", true);
    props.put("showUndefinedVariable", false);
    // shown on each task card in the list, so staff see whose case a task belongs to: task-local
    // copies written by TaskCardPlugin (staff may read their tasks, not the cases' process variables)
    props.put("variables", List.of(
        Map.of("name", TaskCardPlugin.NUMBER, "label", "编号"),
        Map.of("name", TaskCardPlugin.CUSTOMER, "label", "客户"),
        Map.of("name", TaskCardPlugin.DUE, "label", "到期")));
    filter.setProperties(props);
    filter.setQuery(query);
    filterService.saveFilter(filter);
    for (String groupId : groupIds) {
      long existing = authorizationService.createAuthorizationQuery()
          .resourceType(Resources.FILTER).resourceId(filter.getId()).groupIdIn(groupId).count();
      if (existing == 0) {
        Authorization auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(Resources.FILTER);
        auth.setResourceId(filter.getId());
        auth.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(auth);
      }
    }
  }
}
