package com.example.csl.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates, idempotently at every start, the groups of SPEC §0, the first administrator, the demo
 * users (embedded default profile only) and the authorizations of R-SEC-1:
 *
 * <ul>
 *   <li>staff groups open Tasklist and read process definitions (names, diagrams); they see and
 *       work on tasks only through the engine's per-task authorizations that candidate groups
 *       receive ({@code defaultUserPermissionNameForTask = TASK_WORK});
 *   <li>a process's start is granted to the groups the model names as
 *       {@code camunda:candidateStarterGroups}, so the process owner decides it in Modeler;
 *   <li>{@code auditor} and {@code process-owner} open Cockpit and read definitions, instances,
 *       tasks, decisions and history, with no permission to change any of them;
 *       {@code process-owner} changes the models only through the process regulation-change
 *       (S0 3.6–3.8), which the application deploys after confirmation and approval;
 *   <li>{@code camunda-admin} holds every permission.
 * </ul>
 */
@Component
public class IdentityBootstrap implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final RepositoryService repositoryService;
  private final IdentityProperties properties;
  private final TasklistFilters tasklistFilters;

  public IdentityBootstrap(
      IdentityService identityService,
      AuthorizationService authorizationService,
      RepositoryService repositoryService,
      IdentityProperties properties,
      TasklistFilters tasklistFilters) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.repositoryService = repositoryService;
    this.properties = properties;
    this.tasklistFilters = tasklistFilters;
  }

  /**
   * Runs once all singletons exist — the engine is built and the models are deployed — and before
   * the web server accepts its first request.
   */
  @Override
  public void afterSingletonsInstantiated() {
    createGroups();
    createAdmin();
    if (properties.isDemoUsersEnabled()) {
      createDemoUsers();
    }
    grantApplicationAccess();
    grantStarters();
    tasklistFilters.createOrUpdate(StaffGroup.tasklistGroups().stream().map(StaffGroup::id).toList());
  }

  void createGroups() {
    for (StaffGroup staff : StaffGroup.values()) {
      ensureGroup(staff.id(), staff.displayName(), "WORKFLOW");
    }
    ensureGroup(Groups.CAMUNDA_ADMIN, "系统管理员", Groups.GROUP_TYPE_SYSTEM);
    for (Resource resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  void createAdmin() {
    IdentityProperties.Admin admin = properties.getAdmin();
    if (identityService.createUserQuery().userId(admin.getId()).count() > 0) {
      return;
    }
    if (admin.getPassword() == null || admin.getPassword().isBlank()) {
      throw new IllegalStateException(
          "No administrator '" + admin.getId() + "' exists yet: set CSL_ADMIN_PASSWORD "
              + "(csl.identity.admin.password) for the first start.");
    }
    User user = identityService.newUser(admin.getId());
    user.setFirstName(admin.getFirstName());
    user.setLastName(admin.getLastName());
    user.setEmail(admin.getEmail());
    user.setPassword(admin.getPassword());
    if (!identityService.checkPasswordAgainstPolicy(admin.getPassword(), user).isValid()) {
      throw new IllegalStateException("CSL_ADMIN_PASSWORD does not meet the password policy: at least 10 "
          + "characters with upper- and lower-case letters, a digit and a special character, not containing "
          + "the user id or name.");
    }
    identityService.saveUser(user);
    identityService.createMembership(admin.getId(), Groups.CAMUNDA_ADMIN);
    LOG.info("Created the first administrator '{}'", admin.getId());
  }

  void createDemoUsers() {
    int created = 0;
    for (IdentityProperties.DemoUser demo : properties.getDemoUsers()) {
      if (identityService.createUserQuery().userId(demo.getId()).count() == 0) {
        User user = identityService.newUser(demo.getId());
        user.setFirstName(demo.getName());
        user.setLastName("");
        user.setEmail(demo.getId() + "@example.com");
        user.setPassword(properties.getDemoPassword());
        identityService.saveUser(user);
        created++;
      }
      for (String groupId : demo.getGroups()) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
          throw new IllegalStateException("demo user " + demo.getId() + " names unknown group " + groupId);
        }
        if (identityService.createUserQuery().userId(demo.getId()).memberOfGroup(groupId).count() == 0) {
          identityService.createMembership(demo.getId(), groupId);
        }
      }
    }
    if (created > 0) {
      LOG.info("Created {} demo users (embedded demo profile)", created);
    }
  }

  void grantApplicationAccess() {
    for (StaffGroup staff : StaffGroup.tasklistGroups()) {
      grant(staff.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(staff.id(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      // issue 18: a task's header names its candidate groups — department names are no secret, and without READ
      // on the other departments' groups Tasklist shows their ids ("general-manager, marketing-vp")
      grant(staff.id(), Resources.GROUP, ANY, Permissions.READ);
    }
    for (StaffGroup reader : StaffGroup.cockpitReaders()) {
      String g = reader.id();
      grant(g, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(g, Resources.PROCESS_DEFINITION, ANY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
      grant(g, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      grant(g, Resources.TASK, ANY, Permissions.READ);
      grant(g, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
      grant(g, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
      grant(g, Resources.DEPLOYMENT, ANY, Permissions.READ);
      grant(g, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
      grant(g, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
      grant(g, Resources.GROUP, ANY, Permissions.READ);
      grant(g, Resources.USER, ANY, Permissions.READ);
    }
    // issue 15: no business group deploys directly — model changes go through regulation-change
    // (制度变更审批) and are deployed by the application; a grant left by an earlier version is revoked
    for (StaffGroup staff : StaffGroup.values()) {
      authorizationService.createAuthorizationQuery().groupIdIn(staff.id()).resourceType(Resources.DEPLOYMENT)
          .authorizationType(AUTH_TYPE_GRANT).list().stream()
          .filter(a -> a.isPermissionGranted(Permissions.CREATE) || a.isPermissionGranted(Permissions.DELETE))
          .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }
  }

  /** Start permission follows the model: {@code camunda:candidateStarterGroups} of each process. */
  public void grantStarters() {
    List<ProcessDefinition> latest = repositoryService.createProcessDefinitionQuery().latestVersion().list();
    for (ProcessDefinition definition : latest) {
      for (IdentityLink link : repositoryService.getIdentityLinksForProcessDefinition(definition.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          grant(link.getGroupId(), Resources.PROCESS_DEFINITION, definition.getKey(),
              ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
          grant(link.getGroupId(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
      }
    }
  }

  private void ensureGroup(String id, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    } else if (!name.equals(group.getName())) {
      group.setName(name);
      identityService.saveGroup(group);
    }
  }

  /** Adds the permissions to the group's grant on that resource, creating the grant if needed. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .authorizationType(AUTH_TYPE_GRANT)
        .singleResult();
    Authorization auth = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    Set<Permission> missing = new LinkedHashSet<>(Arrays.asList(permissions));
    if (existing != null) {
      missing.removeIf(p -> existing.isPermissionGranted(p));
      if (missing.isEmpty()) {
        return;
      }
    } else {
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    for (Permission permission : new ArrayList<>(missing)) {
      auth.addPermission(permission);
    }
    authorizationService.saveAuthorization(auth);
  }
}
