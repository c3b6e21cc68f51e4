package com.example.csl.identity;

import com.example.csl.common.SystemActions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * People are picked by name from the right group, not typed as ids (issue 18.3). A select field of a
 * task's form whose {@code valuesKey} is {@code <key>Options}, on a task whose model names the groups in
 * the Camunda property {@code <key>} (e.g. 成立项目服务小组: {@code teamDesigner = eng-design}), gets those
 * groups' members as its options ("郑丽（zhengli）" → {@code zhengli}) when the task is created. The form
 * contract then accepts only one of them; the step's listener checks membership again from the same property.
 */
@Component
public class PeoplePickerPlugin extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SystemActions system;
  private final com.example.csl.form.DeployedForms forms;

  public PeoplePickerPlugin(@Lazy SystemActions system, @Lazy com.example.csl.form.DeployedForms forms) {
    this.system = system;
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener picker = this::fill;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        if (userTask.attributeNS(org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null) {
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .addTaskListener(TaskListener.EVENTNAME_CREATE, picker);
        }
      }
    });
  }

  void fill(DelegateTask task) {
    UserTask element = task.getBpmnModelElementInstance();
    if (element == null || element.getExtensionElements() == null) {
      return;
    }
    Map<String, String> properties = new LinkedHashMap<>();
    element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
        .forEach(p -> p.getCamundaProperties().forEach(property -> properties.put(property.getCamundaName(), property.getCamundaValue())));
    if (properties.isEmpty()) {
      return;
    }
    JsonNode form = formOf(task, element.getCamundaFormRef());
    if (form == null) {
      return;
    }
    pick(task, form.path("components"), properties);
  }

  private void pick(DelegateTask task, JsonNode components, Map<String, String> properties) {
    for (JsonNode c : components) {
      String key = c.path("key").asText("");
      String valuesKey = c.path("valuesKey").asText("");
      if (!key.isEmpty() && valuesKey.equals(key + "Options") && properties.containsKey(key)) {
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder options = new StringBuilder("[");
        for (String group : properties.get(key).split("\\s*,\\s*")) {
          for (User user : system.call(() -> task.getProcessEngineServices().getIdentityService().createUserQuery()
              .memberOfGroup(group).orderByUserId().asc().list())) {
            if (seen.add(user.getId())) {
              String name = com.example.csl.common.People.name(user);
              if (options.length() > 1) {
                options.append(',');
              }
              try {
                options.append("{\"label\":").append(JSON.writeValueAsString(name + "（" + user.getId() + "）"))
                    .append(",\"value\":").append(JSON.writeValueAsString(user.getId())).append('}');
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            }
          }
        }
        task.setVariableLocal(valuesKey, SpinValues.jsonValue(options.append(']').toString()).create());
      }
      if (c.has("components")) {
        pick(task, c.get("components"), properties);
      }
    }
  }

  /** The task's deployed form (formRef binding "deployment"). */
  private JsonNode formOf(DelegateTask task, String formRef) {
    String deploymentId = task.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
    return forms.form(deploymentId, formRef);
  }
}
