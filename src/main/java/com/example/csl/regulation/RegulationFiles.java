package com.example.csl.regulation;

import com.example.csl.form.FormContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * The files of a regulation change: checked exactly as the engine would deploy them (its BPMN parser
 * with every parse listener of the application — the model sandbox, four eyes — and its DMN engine,
 * and the form contract's reader), compared with the version in force for the reviewers, and mapped
 * to the processes and decisions they touch (which the DMN {@code regulation-change-confirmers} turns
 * into the confirming departments).
 */
@Component
public class RegulationFiles {

  public record File(String name, String content) {}

  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.(bpmn|dmn|form)");
  static final int MAX_CHARS = 1_000_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final RepositoryService repositoryService;

  public RegulationFiles(ProcessEngine engine) {
    this.engine = engine;
    this.repositoryService = engine.getRepositoryService();
  }

  /** Problems per file ({@code files[i]} → reason in Chinese); empty when every file deploys. */
  public Map<String, String> check(List<File> files) {
    Map<String, String> errors = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < files.size(); i++) {
      File file = files.get(i);
      String field = "files[" + i + "]";
      if (file == null || file.name() == null || !NAME.matcher(file.name()).matches()) {
        errors.put(field, "文件名应为字母、数字、点、横线组成，以 .bpmn、.dmn 或 .form 结尾");
        continue;
      }
      if (!names.add(file.name())) {
        errors.put(field, file.name() + "：同一文件提交了两次");
        continue;
      }
      if (file.content() == null || file.content().isBlank()) {
        errors.put(field, file.name() + "：文件是空的");
        continue;
      }
      if (file.content().length() > MAX_CHARS) {
        errors.put(field, file.name() + "：文件超过 " + MAX_CHARS + " 个字符");
        continue;
      }
      String problem = problemOf(file);
      if (problem != null) {
        errors.put(field, file.name() + "：" + problem);
      }
    }
    if (files.isEmpty()) {
      errors.put("files", "请至少提交一个 .bpmn、.dmn 或 .form 文件");
    }
    return errors;
  }

  private String problemOf(File file) {
    try {
      if (file.name().endsWith(".bpmn")) {
        parseBpmn(file);
      } else if (file.name().endsWith(".dmn")) {
        DmnModelInstance model = Dmn.readModelFromStream(stream(file.content()));
        Dmn.validateModel(model);
        configuration().getCommandExecutorTxRequired().execute(context ->
            configuration().getDmnEngine().parseDecisionRequirementsGraph(stream(file.content())));
      } else {
        FormContract.parse(file.content());
        JsonNode json = JSON.readTree(file.content());
        if (!json.path("id").isTextual() || !json.path("components").isArray()) {
          return "不是 Camunda 表单（缺少 id 或 components）";
        }
      }
      return null;
    } catch (RuntimeException | IOException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return message.length() > 600 ? message.substring(0, 600) + "…" : message;
    }
  }

  /** The engine's own parse, with all parse listeners, inside a command that writes nothing. */
  private void parseBpmn(File file) {
    ProcessEngineConfigurationImpl configuration = configuration();
    BpmnDeployer deployer = configuration.getDeployers().stream().filter(BpmnDeployer.class::isInstance)
        .map(BpmnDeployer.class::cast).findFirst().orElseThrow();
    configuration.getCommandExecutorTxRequired().execute(context -> {
      DeploymentEntity deployment = new DeploymentEntity();
      deployment.setName("regulation-change-check");
      BpmnParse parse = deployer.getBpmnParser().createParse().sourceInputStream(stream(file.content()))
          .deployment(deployment).name(file.name());
      parse.execute();
      return null;
    });
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** A deployed resource: the deployment and the resource's full name in it (the start-up deployment names files by path). */
  public record Source(String deploymentId, String resourceName) {}

  /** The newest deployment that holds a file of this name (or a path ending in it), or null. */
  public Source latest(String fileName) {
    for (Deployment deployment : repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list()) {
      for (String resource : repositoryService.getDeploymentResourceNames(deployment.getId())) {
        if (resource.equals(fileName) || resource.endsWith("/" + fileName)) {
          return new Source(deployment.getId(), resource);
        }
      }
    }
    return null;
  }

  /** The content in force of a file, or null for a new file. */
  public String current(String fileName) {
    Source source = latest(fileName);
    return source == null ? null : read(source.deploymentId(), source.resourceName());
  }

  public String read(String deploymentId, String name) {
    try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The process and decision keys the files touch (a form: the processes whose tasks or start use it). */
  public Set<String> areas(Collection<File> files) {
    Set<String> areas = new LinkedHashSet<>();
    for (File file : files) {
      if (file.name().endsWith(".bpmn")) {
        Bpmn.readModelFromStream(stream(file.content())).getModelElementsByType(Process.class)
            .forEach(p -> areas.add(p.getId()));
      } else if (file.name().endsWith(".dmn")) {
        Dmn.readModelFromStream(stream(file.content())).getModelElementsByType(Decision.class)
            .forEach(d -> areas.add(d.getId()));
      } else {
        String formId;
        try {
          formId = JSON.readTree(file.content()).path("id").asText();
        } catch (IOException e) {
          continue;
        }
        repositoryService.createProcessDefinitionQuery().latestVersion().list().forEach(definition -> {
          BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
          boolean uses = model.getModelElementsByType(UserTask.class).stream().anyMatch(t -> formId.equals(t.getCamundaFormRef()))
              || model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
                  .anyMatch(s -> formId.equals(s.getCamundaFormRef()));
          if (uses) {
            areas.add(definition.getKey());
          }
        });
      }
    }
    return areas;
  }

  /** What a reviewer needs to see of one file: new, or what changed against the version in force. */
  public String summary(File file, String previous) {
    if (previous == null) {
      return "【新增】" + file.name();
    }
    if (previous.equals(file.content())) {
      return "【未改动】" + file.name();
    }
    List<String> lines = new ArrayList<>();
    try {
      if (file.name().endsWith(".dmn")) {
        lines.addAll(dmnChanges(previous, file.content()));
      } else if (file.name().endsWith(".bpmn")) {
        lines.addAll(bpmnChanges(previous, file.content()));
      } else {
        lines.addAll(formChanges(previous, file.content()));
      }
    } catch (RuntimeException | IOException e) {
      lines.add("（无法逐项比较：" + e.getMessage() + "）");
    }
    if (lines.isEmpty()) {
      lines.add("仅格式或图形位置改动");
    }
    return "【修改】" + file.name() + "\n  " + String.join("\n  ", lines);
  }

  private static List<String> dmnChanges(String before, String after) {
    Map<String, String> old = rules(Dmn.readModelFromStream(stream(before)));
    Map<String, String> now = rules(Dmn.readModelFromStream(stream(after)));
    List<String> lines = new ArrayList<>();
    now.forEach((id, text) -> {
      if (!old.containsKey(id)) {
        lines.add("新增规则 " + id + "：" + text);
      } else if (!old.get(id).equals(text)) {
        lines.add("规则 " + id + "：" + old.get(id) + "  →  " + text);
      }
    });
    old.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> lines.add("删除规则 " + id + "：" + old.get(id)));
    return lines;
  }

  /** decision/rule → "input | input => output" with the cells' text (thresholds as written). */
  private static Map<String, String> rules(DmnModelInstance model) {
    Map<String, String> rules = new LinkedHashMap<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      for (DecisionTable table : decision.getChildElementsByType(DecisionTable.class)) {
        for (Rule rule : table.getRules()) {
          List<String> in = new ArrayList<>();
          for (InputEntry entry : rule.getInputEntries()) {
            String t = entry.getText() == null ? "" : entry.getText().getTextContent().trim();
            in.add(t.isEmpty() ? "-" : t);
          }
          List<String> out = new ArrayList<>();
          for (OutputEntry entry : rule.getOutputEntries()) {
            out.add(entry.getText() == null ? "" : entry.getText().getTextContent().trim());
          }
          rules.put(decision.getId() + "/" + rule.getId(), String.join(" | ", in) + " ⇒ " + String.join(" | ", out));
        }
      }
    }
    return rules;
  }

  private static List<String> bpmnChanges(String before, String after) {
    Map<String, String> old = elements(Bpmn.readModelFromStream(stream(before)));
    Map<String, String> now = elements(Bpmn.readModelFromStream(stream(after)));
    List<String> lines = new ArrayList<>();
    now.forEach((id, text) -> {
      if (!old.containsKey(id)) {
        lines.add("新增 " + id + "：" + text);
      } else if (!old.get(id).equals(text)) {
        lines.add(id + "：" + old.get(id) + "  →  " + text);
      }
    });
    old.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> lines.add("删除 " + id + "：" + old.get(id)));
    return lines;
  }

  /** element id → its name and the attributes an owner changes (groups, due dates, timers, conditions, parameters). */
  private static Map<String, String> elements(BpmnModelInstance model) {
    Map<String, String> elements = new LinkedHashMap<>();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      StringBuilder text = new StringBuilder(element.getElementType().getTypeName());
      if (element.getName() != null) {
        text.append(" “").append(element.getName()).append("”");
      }
      for (String attribute : new String[] {"candidateGroups", "candidateUsers", "assignee", "dueDate", "formRef",
          "decisionRef", "delegateExpression", "calledElement"}) {
        String value = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", attribute);
        if (value != null) {
          text.append(' ').append(attribute).append('=').append(value);
        }
      }
      element.getDomElement().getChildElements().forEach(child -> {
        String local = child.getLocalName();
        if (local.equals("conditionExpression") || local.equals("timerEventDefinition") || local.equals("extensionElements")) {
          String content = child.getTextContent() == null ? "" : child.getTextContent().replaceAll("\\s+", " ").trim();
          if (!content.isEmpty()) {
            text.append(' ').append(local).append('=').append(content);
          }
        }
      });
      elements.put(element.getId(), text.toString());
    }
    return elements;
  }

  private static List<String> formChanges(String before, String after) throws IOException {
    Map<String, String> old = fields(JSON.readTree(before));
    Map<String, String> now = fields(JSON.readTree(after));
    List<String> lines = new ArrayList<>();
    now.forEach((key, text) -> {
      if (!old.containsKey(key)) {
        lines.add("新增字段 " + text);
      } else if (!Objects.equals(old.get(key), text)) {
        lines.add("字段 " + old.get(key) + "  →  " + text);
      }
    });
    old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> lines.add("删除字段 " + old.get(k)));
    return lines;
  }

  private static Map<String, String> fields(JsonNode form) {
    Map<String, String> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, Map<String, String> fields) {
    for (JsonNode c : components) {
      String key = c.has("key") ? c.get("key").asText() : c.path("id").asText();
      StringBuilder text = new StringBuilder(key).append("（").append(c.path("label").asText(c.path("type").asText())).append("）");
      for (String part : new String[] {"type", "validate", "values", "conditional", "readonly", "text"}) {
        if (c.has(part)) {
          text.append(' ').append(part).append('=').append(c.get(part).toString());
        }
      }
      fields.put(key, text.toString());
      if (c.has("components")) {
        collect(c.get("components"), fields);
      }
    }
  }

  private static InputStream stream(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }

  /** The id a BPMN element is known by, for messages. */
  static String idOf(BaseElement element) {
    return element.getId();
  }
}
