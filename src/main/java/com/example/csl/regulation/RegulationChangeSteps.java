package com.example.csl.regulation;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.identity.IdentityBootstrap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The steps of regulation-change.bpmn (制度变更审批), one bean per step. */
public final class RegulationChangeSteps {

  private RegulationChangeSteps() {}

  /**
   * 登记变更: the case takes its draft (only one in review that no case has taken, drafted by the user
   * who starts it — a bare engine start has none and is refused) and asks the DMN
   * regulation-change-confirmers which departments confirm it.
   */
  @Component("registerRegulationChangeDelegate")
  public static class Register implements JavaDelegate {
    private final RegulationChanges changes;
    private final RegulationFiles files;
    private final DecisionService decisions;

    public Register(RegulationChanges changes, RegulationFiles files, DecisionService decisions) {
      this.changes = changes;
      this.files = files;
      this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Object id = execution.getVariable("changeId");
      String starter = Context.getCommandContext().getAuthenticatedUserId();
      if (!(id instanceof Number number) || starter == null
          || !changes.link(number.longValue(), execution.getProcessInstanceId(), starter)) {
        throw new BusinessRuleViolation("changeId", "制度变更须通过 Cockpit 的“制度变更”页面或 POST /api/regulation-changes 提交文件");
      }
      Map<String, Object> change = changes.get(number.longValue());
      Set<String> confirmers = new LinkedHashSet<>();
      for (String area : files.areas(changes.files(number.longValue()))) {
        decisions.evaluateDecisionTableByKey("regulation-change-confirmers", Variables.putValue("area", area))
            .getResultList().forEach(row -> {
              Object group = row.get("confirmerGroup");
              if (group != null) {
                confirmers.add(group.toString());
              }
            });
      }
      execution.setVariable("changeTitle", change.get("title"));
      execution.setVariable("changeReason", change.get("reason"));
      execution.setVariable("changeSummary", change.get("summary"));
      execution.setVariable("changeFiles", String.join("、", (List<String>) change.get("files")));
      execution.setVariable("draftedBy", change.get("draftedBy"));
      execution.setVariable("confirmerGroups", new ArrayList<>(confirmers));
      execution.setVariable("changeReturned", false);
      execution.setVariable("confirmations", "");
    }
  }

  /** 部门确认 / 总经理批准: each decision is kept (who, which department, what); a return ends the review. */
  @Component("regulationDecisionListener")
  public static class Decision implements TaskListener {
    private final IdentityService identityService;
    private final com.example.csl.form.CodeLabels labels;

    public Decision(IdentityService identityService, com.example.csl.form.CodeLabels labels) {
      this.identityService = identityService;
      this.labels = labels;
    }

    @Override
    public void notify(DelegateTask task) {
      boolean approval = "APPROVAL".equals(com.example.csl.common.StepParameter.of(task, "record"));
      Object decision = task.getVariable(approval ? "approveDecision" : "confirmDecision");
      String user = Context.getCommandContext().getAuthenticatedUserId();
      if (user == null) {
        user = task.getAssignee();
      }
      String name = displayName(user);
      String group = approval ? "总经理" : labels.group(String.valueOf(task.getVariable("confirmerGroup")));
      boolean returned = "RETURN".equals(decision);
      String line = group + " " + name + "：" + (returned ? "退回（" + task.getVariable("returnReason") + "）"
          : approval ? "批准" : "确认");
      Object before = task.getVariable("confirmations");
      task.getExecution().getProcessInstance().setVariable("confirmations",
          (before == null || before.toString().isEmpty() ? "" : before + "\n") + line);
      if (returned) {
        task.getExecution().getProcessInstance().setVariable("changeReturned", true);
        task.getExecution().getProcessInstance().setVariable("returnedBy", user);
      }
    }

    private String displayName(String userId) {
      if (userId == null) {
        return "?";
      }
      User user = identityService.createUserQuery().userId(userId).singleResult();
      return user == null ? userId : com.example.csl.common.People.name(user) + "（" + userId + "）";
    }

  }

  /** 已退回: the draft is closed; the process owner drafts a new change with the reviewers' reasons. */
  @Component("returnRegulationChangeDelegate")
  public static class Returned implements JavaDelegate {
    private final RegulationChanges changes;

    public Returned(RegulationChanges changes) {
      this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
      changes.mark(((Number) execution.getVariable("changeId")).longValue(), "RETURNED", null);
    }
  }

  /**
   * 发布新版本: the application deploys the approved files as a system actor, together with the other
   * files of the deployment each came from: the models bind their forms and decisions to their own
   * deployment (binding "deployment"), so a changed decision or form takes effect only with the
   * processes that use it — every process of that deployment gets a new version; running cases finish
   * on the version they started with.
   */
  @Component("deployRegulationChangeDelegate")
  public static class Deploy implements JavaDelegate {
    private final RegulationChanges changes;
    private final RegulationFiles files;
    private final RepositoryService repositoryService;
    private final IdentityBootstrap identity;

    public Deploy(RegulationChanges changes, RegulationFiles files, RepositoryService repositoryService,
        @Lazy IdentityBootstrap identity) {
      this.changes = changes;
      this.files = files;
      this.repositoryService = repositoryService;
      this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
      long id = ((Number) execution.getVariable("changeId")).longValue();
      List<RegulationFiles.File> approved = changes.files(id);
      // resource name → content; a changed file keeps the resource name it had, so the next change finds it
      Map<String, String> resources = new LinkedHashMap<>();
      Map<String, String> resourceNames = new LinkedHashMap<>();
      for (RegulationFiles.File file : approved) {
        RegulationFiles.Source source = files.latest(file.name());
        resourceNames.put(file.name(), source == null ? file.name() : source.resourceName());
        if (source != null) {
          for (String name : repositoryService.getDeploymentResourceNames(source.deploymentId())) {
            resources.putIfAbsent(name, files.read(source.deploymentId(), name));
          }
        }
      }
      approved.forEach(file -> resources.put(resourceNames.get(file.name()), file.content()));
      DeploymentBuilder builder = repositoryService.createDeployment().name("制度变更 RC-" + id).source("regulation-change");
      resources.forEach((name, content) ->
          builder.addInputStream(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
      Deployment deployment = builder.deploy();
      changes.mark(id, "DEPLOYED", deployment.getId());
      execution.setVariable("deploymentId", deployment.getId());
      identity.grantStarters();
    }
  }
}
