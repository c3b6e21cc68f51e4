package com.example.csl.form;

import com.example.csl.common.SystemActions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of a deployment as JSON, by form id — read once per deployment (a deployment never
 * changes) and as the application, whoever asks: the audit page's labels, the code labels of notices and
 * reports, and the people pickers all read the forms the case's process was deployed with.
 */
@Component
public class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repositoryService;
  private final SystemActions system;
  private final Map<String, Map<String, JsonNode>> byDeployment = new ConcurrentHashMap<>();

  public DeployedForms(@Lazy RepositoryService repositoryService, @Lazy SystemActions system) {
    this.repositoryService = repositoryService;
    this.system = system;
  }

  /** Form id → form of the deployment (empty when it has none). */
  public Map<String, JsonNode> of(String deploymentId) {
    return byDeployment.computeIfAbsent(deploymentId, id -> system.call(() -> read(id)));
  }

  /** One form of the deployment, or null. */
  public JsonNode form(String deploymentId, String formId) {
    return formId == null ? null : of(deploymentId).get(formId);
  }

  private Map<String, JsonNode> read(String deploymentId) {
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    for (String resource : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(".form")) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resource)) {
          JsonNode form = JSON.readTree(in);
          forms.put(form.path("id").asText(resource), form);
        } catch (IOException e) {
          // a form that cannot be read labels and offers nothing
        }
      }
    }
    return Collections.unmodifiableMap(forms);
  }
}
