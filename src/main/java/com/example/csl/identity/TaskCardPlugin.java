package com.example.csl.identity;

import com.example.csl.calendar.WorkingDayCalendar;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Task cards that name the case (issue 18): every user task gets task-local copies of its case's
 * number (the business key: TS-…, WX-…, CAPA-…, the contract number …), the customer and the due date
 * as a date, written when the task is created and again when its due date changes. Tasklist shows them
 * on each card through the filters' variables ({@link TasklistFilters}) and finds tasks by them.
 *
 * <p>Why task-local copies: staff may read their tasks, not other cases' process instances, so the
 * process variables of a case stay closed to them (R-SEC-1); a copy on the task is readable exactly by
 * those who may read the task.
 */
@Component
public class TaskCardPlugin extends AbstractProcessEnginePlugin {

  public static final String NUMBER = "caseNumber";
  public static final String CUSTOMER = "caseCustomer";
  public static final String DUE = "caseDue";

  private final WorkingDayCalendar calendar;

  public TaskCardPlugin(@Lazy WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener card = this::write;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, card);
        definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, card);
      }
    });
  }

  void write(DelegateTask task) {
    if (task.getExecution() == null) {
      return;
    }
    String number = task.getExecution().getProcessBusinessKey();
    for (String name : new String[] {"complaintNumber", "orderNumber", "contractNumber"}) {
      if (number == null && task.getVariable(name) != null) {
        number = task.getVariable(name).toString();
      }
    }
    if (number != null && !number.equals(task.getVariableLocal(NUMBER))) {
      task.setVariableLocal(NUMBER, number);
    }
    Object customer = task.getVariable("customerName");
    if (customer != null && !customer.equals(task.getVariableLocal(CUSTOMER))) {
      task.setVariableLocal(CUSTOMER, customer.toString());
    }
    String due = task.getDueDate() == null ? null
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(calendar.getZone()).format(task.getDueDate().toInstant());
    if (due != null && !due.equals(task.getVariableLocal(DUE))) {
      task.setVariableLocal(DUE, due);
    }
  }
}
