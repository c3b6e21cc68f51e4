package com.example.csl.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Codes shown as people read them (issue 18): a coded value's label as the deployed forms word it
 * (e.g. category {@code TECHNICAL} → 技术故障, from the option lists of the forms), a department by its
 * group name. The forms are the source, so a process owner's new wording reaches notices and texts too.
 */
@Component
public class CodeLabels {

  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private volatile Map<String, Map<String, String>> options;
  private volatile String deploymentSeen;

  private final com.example.csl.common.SystemActions system;
  private final DeployedForms forms;

  public CodeLabels(@Lazy RepositoryService repositoryService, @Lazy IdentityService identityService,
      @Lazy com.example.csl.common.SystemActions system, DeployedForms forms) {
    this.forms = forms;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.system = system;
  }

  /** The label of a form field's coded value, or the value itself when no form names it. */
  public String of(String key, Object value) {
    if (value == null) {
      return "";
    }
    // the forms and groups are public wording: read as the application, whoever asks
    Map<String, String> labels = system.call(this::options).get(key);
    String label = labels == null ? null : labels.get(value.toString());
    return label != null ? label : value.toString();
  }

  /** A department (group) by its name, or the id when the group is unknown. */
  public String group(String groupId) {
    if (groupId == null) {
      return "";
    }
    Group group = system.call(() -> identityService.createGroupQuery().groupId(groupId).singleResult());
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private Map<String, Map<String, String>> options() {
    Deployment latest = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 1)
        .stream().findFirst().orElse(null);
    String id = latest == null ? "" : latest.getId();
    if (options == null || !id.equals(deploymentSeen)) {
      Map<String, Map<String, String>> all = new HashMap<>();
      // newest deployments last, so their wording wins
      for (Deployment deployment : repositoryService.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
        forms.of(deployment.getId()).values().forEach(form -> collect(form.path("components"), all));
      }
      options = all;
      deploymentSeen = id;
    }
    return options;
  }

  private static void collect(JsonNode components, Map<String, Map<String, String>> all) {
    for (JsonNode c : components) {
      if (c.has("key") && c.path("values").isArray()) {
        Map<String, String> labels = all.computeIfAbsent(c.get("key").asText(), k -> new HashMap<>());
        c.get("values").forEach(v -> labels.put(v.path("value").asText(), v.path("label").asText()));
      }
      if (c.has("components")) {
        collect(c.get("components"), all);
      }
    }
  }
}
