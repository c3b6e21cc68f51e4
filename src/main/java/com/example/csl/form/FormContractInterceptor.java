package com.example.csl.form;

import com.example.csl.common.BusinessRuleViolation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The form contract, enforced inside the engine for every path a client has (Tasklist, engine REST,
 * Java API): when a user is authenticated, each outermost start-form submit, process start, task
 * completion and form submit is checked against the deployed Camunda Form of that step before the
 * engine runs it (one {@link FormContractViolation} naming every problem); read-only and hidden
 * values are dropped; variables, messages and signals cannot be written around a form except by an
 * administrator. A {@link BusinessRuleViolation} from a step's listener comes back labelled by the
 * form. Calls the application composed itself run inside {@link TrustedInput}.
 */
public class FormContractInterceptor extends CommandInterceptor {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
  private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

  @Override
  public <T> T execute(Command<T> command) {
    int depth = DEPTH.get();
    DEPTH.set(depth + 1);
    try {
      if (depth > 0 || TrustedInput.active()) {
        return next.execute(command);
      }
      CommandContext context = Context.getCommandContext();
      Authentication user = context == null ? null : context.getAuthentication();
      FormContract contract = user == null || user.getUserId() == null ? null : check(command, context, user);
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        throw labelled(e, contract);
      }
    } catch (RuntimeException e) {
      if (depth == 0) {
        EngineFailures.record(e);
      }
      throw e;
    } finally {
      DEPTH.set(depth);
    }
  }

  /** Checks the command; returns the contract it was checked against (null when none applies). */
  private FormContract check(Command<?> command, CommandContext context, Authentication user) {
    if (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd) {
      String taskId = (String) read(command, "taskId");
      String mapField = command instanceof SubmitTaskFormCmd ? "properties" : "variables";
      Map<String, Object> submitted = variables(read(command, mapField));
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return null; // the engine answers "task not found" itself
      }
      // who may not work on the task learns nothing about its form: the engine's own check first (403)
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
      FormContract contract = FormContracts.ofTask(context, task);
      Map<String, Object> accepted = enforce(contract, submitted, task.getVariablesTyped(true));
      write(command, mapField, command instanceof SubmitTaskFormCmd ? Variables.fromMap(accepted) : accepted);
      return contract;
    }
    if (command instanceof SubmitStartFormCmd) {
      String definitionId = (String) read(command, "processDefinitionId");
      ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(definitionId);
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkCreateProcessInstance(definition));
      FormContract contract = FormContracts.ofStart(context, definitionId);
      Map<String, Object> accepted = enforce(contract, variables(read(command, "variables")), Map.of());
      write(command, "variables", Variables.fromMap(accepted));
      return contract;
    }
    if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder");
      ProcessDefinitionEntity definition = builder.getProcessDefinitionId() != null
          ? context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(builder.getProcessDefinitionId())
          : context.getProcessEngineConfiguration().getDeploymentCache().findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkCreateProcessInstance(definition));
      FormContract contract = FormContracts.ofStart(context, definition.getId());
      Map<String, Object> submitted = variables(builder.getVariables());
      Map<String, Object> accepted = enforce(contract, submitted, Map.of());
      builder.getVariables().keySet().retainAll(accepted.keySet());
      return contract;
    }
    if (command instanceof org.camunda.bpm.engine.impl.cmd.AddCommentCmd
        || command instanceof org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd) {
      noteOnTask(command, context, user);
      return null;
    }
    boolean writesAroundForm = command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd
        || command instanceof AbstractCorrelateMessageCmd || command instanceof MessageEventReceivedCmd
        || command instanceof SignalCmd || command instanceof SignalEventReceivedCmd
        || command instanceof StartProcessInstanceAtActivitiesCmd;
    if (writesAroundForm && !context.getAuthorizationManager().isCamundaAdmin(user)) {
      throw new org.camunda.bpm.engine.AuthorizationException(
          "流程数据只能通过任务表单提交：除系统管理员外，不能直接写入流程变量、消息或信号");
    }
    return null;
  }

  static final int MAX_COMMENT = 2000;
  static final int MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

  /**
   * Comments and attachments (issue 15): only on a task the user may work on (auditors and process
   * owners read, they do not annotate), a comment of at most 2,000 characters of plain text, an
   * attachment of at most 2 MB with a short name.
   */
  private void noteOnTask(Command<?> command, CommandContext context, Authentication user) {
    if (context.getAuthorizationManager().isCamundaAdmin(user)) {
      return;
    }
    String taskId = (String) read(command, "taskId");
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      throw new org.camunda.bpm.engine.AuthorizationException("备注和附件只能添加在您可以办理的任务上");
    }
    context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
    List<FieldProblem> problems = new ArrayList<>();
    if (command instanceof org.camunda.bpm.engine.impl.cmd.AddCommentCmd) {
      String message = (String) read(command, "message");
      String bad = message == null || message.isBlank() ? "必填" : FormContractValidator.plainText(message, true, MAX_COMMENT);
      if (bad != null) {
        problems.add(new FieldProblem("message", "备注", bad));
      }
    } else {
      String name = (String) read(command, "attachmentName");
      String description = (String) read(command, "attachmentDescription");
      String badName = name == null ? null : FormContractValidator.plainText(name, false, 200);
      String badDescription = description == null ? null : FormContractValidator.plainText(description, true, 1000);
      if (badName != null) {
        problems.add(new FieldProblem("attachmentName", "附件名称", badName));
      }
      if (badDescription != null) {
        problems.add(new FieldProblem("attachmentDescription", "附件说明", badDescription));
      }
      java.io.InputStream content = (java.io.InputStream) read(command, "content");
      if (content != null) {
        try {
          byte[] bytes = content.readNBytes(MAX_ATTACHMENT_BYTES + 1);
          if (bytes.length > MAX_ATTACHMENT_BYTES) {
            problems.add(new FieldProblem("content", "附件", "最大 " + MAX_ATTACHMENT_BYTES / 1024 / 1024 + " MB"));
          } else {
            write(command, "content", new java.io.ByteArrayInputStream(bytes));
          }
        } catch (java.io.IOException e) {
          problems.add(new FieldProblem("content", "附件", "无法读取"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new FormContractViolation(problems);
    }
  }

  private static Map<String, Object> enforce(FormContract contract, Map<String, Object> submitted, Map<String, ?> current) {
    if (contract == null) {
      if (submitted.isEmpty()) {
        return submitted;
      }
      List<FieldProblem> problems = new ArrayList<>();
      submitted.keySet().forEach(key -> problems.add(new FieldProblem(key, key, "本步骤没有表单，不能提交数据")));
      throw new FormContractViolation(problems);
    }
    FormContractValidator.Outcome outcome = FormContractValidator.check(contract, submitted, current, Set.of());
    if (!outcome.ok()) {
      throw new FormContractViolation(outcome.problems());
    }
    return outcome.accepted();
  }

  /** A listener's business rule, named with the form's labels; everything else unchanged. */
  private static RuntimeException labelled(RuntimeException e, FormContract contract) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BusinessRuleViolation rule) {
        List<FieldProblem> problems = new ArrayList<>();
        rule.getErrors().forEach((field, message) -> {
          FormField formField = contract == null ? null : contract.field(field);
          String label = formField != null ? formField.displayLabel() : "fourEyes".equals(field) ? "四眼原则" : field;
          problems.add(new FieldProblem(field, label, message));
        });
        FormContractViolation violation = new FormContractViolation(problems);
        violation.initCause(rule);
        return violation;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return e;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(Object map) {
    if (map == null) {
      return Collections.emptyMap();
    }
    Map<String, Object> variables = (Map<String, Object>) map;
    if (variables instanceof org.camunda.bpm.engine.variable.VariableMap typed) {
      Map<String, Object> values = new java.util.LinkedHashMap<>();
      typed.keySet().forEach(key -> values.put(key, typed.getValueTyped(key)));
      return values;
    }
    return variables;
  }

  private static Object read(Object target, String name) {
    try {
      return field(target.getClass(), name).get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Object target, String name, Object value) {
    try {
      field(target.getClass(), name).set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(Class<?> type, String name) {
    return FIELDS.computeIfAbsent(type.getName() + "#" + name, k -> {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        try {
          Field f = c.getDeclaredField(name);
          f.setAccessible(true);
          return f;
        } catch (NoSuchFieldException ignored) {
          // look in the superclass
        }
      }
      throw new IllegalStateException("engine command " + type.getName() + " has no field " + name);
    });
  }
}
