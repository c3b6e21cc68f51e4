package com.example.csl.audit;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.common.SystemActions;
import com.example.csl.web.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the audit page (Cockpit → 审计) needs to show a case's history in the regulation's words
 * (issue 18.5): the Chinese labels of its variables and of their coded values, taken from the forms
 * deployed with the case's process; which fields each step's form lets a person enter (so read-only
 * context is not repeated as "submitted"); people and departments by name; the zone of the calendar.
 * Only for a case the caller may read in the history (else 404).
 */
@RestController
@RequestMapping("/api/audit")
public class AuditLabelsController {

  /** Names of the variables the application itself sets (not entered in a form). */
  private static final Map<String, String> SYSTEM_VARIABLES = Map.ofEntries(
      Map.entry("complaintId", "投诉档案号"), Map.entry("customerId", "客户档案号"), Map.entry("customerName", "客户"),
      Map.entry("complaintNumber", "投诉编号"), Map.entry("handlerGroup", "处理部门"), Map.entry("registeredAt", "登记时间"),
      Map.entry("firstResponseDue", "首次响应期限"), Map.entry("investigationDue", "开始调查期限"), Map.entry("replyDue", "答复期限"),
      Map.entry("feedbackDue", "部门反馈期限"), Map.entry("resolutionDue", "解决期限"), Map.entry("missedDeadlines", "超期的时限"),
      Map.entry("managerGroup", "督办部门"), Map.entry("major", "重大投诉"), Map.entry("grade", "客户等级"),
      Map.entry("keyCustomer", "重点顾客"), Map.entry("gradingResult", "分级结果"), Map.entry("calendarCorrection", "时限随日历调整"),
      Map.entry("deadlineProvisional", "时限为暂定"), Map.entry("deadlineNote", "时限说明"), Map.entry("changeId", "制度变更号"),
      Map.entry("confirmations", "各部门确认意见"), Map.entry("changeReturned", "已退回"), Map.entry("deploymentId", "发布的部署"),
      Map.entry("confirmerGroups", "确认部门"), Map.entry("draftedBy", "起草人"), Map.entry("changeSummary", "变更内容"),
      Map.entry("changeTitle", "变更标题"), Map.entry("changeReason", "变更原因"), Map.entry("changeFiles", "提交的文件"),
      Map.entry("capasRaised", "由投诉开具的纠正预防措施"), Map.entry("feedbackToDepartment", "需被投诉部门反馈"),
      Map.entry("reportRecipients", "专题报告报送部门"), Map.entry("reportsMade", "本次生成的报表"),
      Map.entry("serviceOffice", "客户服务处"));

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final SystemActions system;
  private final WorkingDayCalendar calendar;
  private final com.example.csl.form.DeployedForms forms;

  public AuditLabelsController(HistoryService historyService, RepositoryService repositoryService,
      IdentityService identityService, SystemActions system, WorkingDayCalendar calendar,
      com.example.csl.form.DeployedForms forms) {
    this.forms = forms;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.system = system;
    this.calendar = calendar;
  }

  @GetMapping("/labels")
  public Map<String, Object> labels(@RequestParam("processInstanceId") String processInstanceId) {
    // the caller's own history permission decides (the /api filter authenticated them)
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      throw new NotFoundException("没有可查看的案件 " + processInstanceId);
    }
    return system.call(() -> build(instance));
  }

  private Map<String, Object> build(HistoricProcessInstance instance) {
    ProcessDefinition definition = repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
    Map<String, String> variables = new LinkedHashMap<>(SYSTEM_VARIABLES);
    Map<String, Map<String, String>> values = new LinkedHashMap<>();
    Map<String, List<String>> formFields = new LinkedHashMap<>();
    Map<String, List<String>> editableByForm = new LinkedHashMap<>();
    for (JsonNode form : forms.of(definition.getDeploymentId()).values()) {
      List<String> editable = new ArrayList<>();
      collect(form.path("components"), variables, values, editable);
      editableByForm.put(form.path("id").asText(), editable);
    }
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null && editableByForm.containsKey(task.getCamundaFormRef())) {
        formFields.put(task.getId(), editableByForm.get(task.getCamundaFormRef()));
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null && editableByForm.containsKey(start.getCamundaFormRef())) {
        formFields.put(start.getId(), editableByForm.get(start.getCamundaFormRef()));
      }
    }
    Map<String, String> users = new LinkedHashMap<>();
    for (User user : identityService.createUserQuery().list()) {
      users.put(user.getId(), com.example.csl.common.People.name(user));
    }
    Map<String, String> groups = new LinkedHashMap<>();
    for (Group group : identityService.createGroupQuery().list()) {
      groups.put(group.getId(), group.getName() == null ? group.getId() : group.getName());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("zone", calendar.getZone().getId());
    body.put("variables", variables);
    body.put("values", values);
    body.put("formFields", formFields);
    body.put("users", users);
    body.put("groups", groups);
    return body;
  }

  private static void collect(JsonNode components, Map<String, String> variables, Map<String, Map<String, String>> values,
      List<String> editable) {
    for (JsonNode c : components) {
      if (c.has("key")) {
        String key = c.get("key").asText();
        if (c.hasNonNull("label") && !c.get("label").asText().isBlank()) {
          variables.putIfAbsent(key, c.get("label").asText());
        }
        if (c.path("values").isArray()) {
          Map<String, String> options = values.computeIfAbsent(key, k -> new LinkedHashMap<>());
          c.get("values").forEach(v -> options.putIfAbsent(v.path("value").asText(), v.path("label").asText()));
        }
        if (!c.path("readonly").asBoolean(false) && !c.path("disabled").asBoolean(false)) {
          editable.add(key);
        }
      }
      if (c.has("components")) {
        collect(c.get("components"), variables, values, editable);
      }
    }
  }
}
