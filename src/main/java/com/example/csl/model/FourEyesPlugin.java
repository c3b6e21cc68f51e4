package com.example.csl.model;

import com.example.csl.common.BusinessRuleViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Four eyes, from the records (issue 15): a user task whose model names earlier steps in the property
 * {@code fourEyes} (e.g. 批准维修费用: {@code Task_SiteSurvey,Task_ReviewCost}) cannot be completed by anyone
 * who completed one of those steps in the same case. Who did the earlier step comes from the engine's
 * history — the task's assignee and the user operation log of its completion — never from a variable a
 * client could send (a start event named there stands for the person who started the case with its start
 * form). The rule is applied when the task is claimed (so it stays free for a colleague) and
 * again when it is completed. The process owner sets or changes the pairs in Camunda Modeler (Extensions → Properties).
 */
@Component
public class FourEyesPlugin extends AbstractProcessEnginePlugin {

  public static final String PROPERTY = "fourEyes";
  private static final org.camunda.bpm.engine.impl.util.xml.Namespace CAMUNDA =
      new org.camunda.bpm.engine.impl.util.xml.Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        List<String> earlier = earlierSteps(userTask);
        if (!earlier.isEmpty()) {
          var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
          // refused at the claim already, so the task stays free for a colleague (staff cannot unclaim)
          definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, task -> {
            if (task.getAssignee() != null) {
              check(task, earlier, task.getAssignee());
            }
          });
          definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> check(task, earlier, null));
        }
      }
    });
  }

  static List<String> earlierSteps(Element userTask) {
    Element extensions = userTask.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
    if (properties == null) {
      return List.of();
    }
    for (Element property : properties.elementsNS(CAMUNDA, "property")) {
      if (PROPERTY.equals(property.attribute("name")) && property.attribute("value") != null) {
        return Arrays.stream(property.attribute("value").split("\\s*,\\s*")).filter(s -> !s.isBlank()).toList();
      }
    }
    return List.of();
  }

  static void check(DelegateTask task, List<String> earlierKeys, String assignee) {
    String user = assignee != null ? assignee : Context.getCommandContext().getAuthenticatedUserId();
    if (user == null) {
      user = task.getAssignee();
    }
    if (user == null) {
      return; // the application itself (sample data, a job): no person to compare
    }
    var history = task.getProcessEngineServices().getHistoryService();
    List<HistoricTaskInstance> earlier = history.createHistoricTaskInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).taskDefinitionKeyIn(earlierKeys.toArray(String[]::new)).finished().list();
    Set<String> names = new LinkedHashSet<>();
    for (HistoricTaskInstance step : earlier) {
      boolean same = user.equals(step.getAssignee());
      if (!same) {
        for (UserOperationLogEntry entry : history.createUserOperationLogQuery().taskId(step.getId()).entityType(EntityTypes.TASK)
            .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
          same |= user.equals(entry.getUserId());
        }
      }
      if (same) {
        names.add(step.getName());
      }
    }
    // a start event named among the earlier steps: the person who started the case with its start form
    var started = history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    if (started != null && earlierKeys.contains(started.getStartActivityId()) && user.equals(started.getStartUserId())) {
      var start = task.getProcessEngineServices().getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
          .getModelElementById(started.getStartActivityId());
      String name = start instanceof org.camunda.bpm.model.bpmn.instance.FlowNode node ? node.getName() : null;
      names.add(name == null ? started.getStartActivityId() : name);
    }
    if (!names.isEmpty()) {
      throw new BusinessRuleViolation("fourEyes", "您完成了本案件的“" + String.join("”“", names)
          + "”，不能再由您审核或批准；请由本组的另一位同事办理");
    }
  }
}
