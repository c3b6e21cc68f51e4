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
 *
 * <p>The copies keep no history (issue 16): they repeat what the history holds already (the business key,
 * the customer variable, the task's due date), and their history rows were six of every task's writes. The
 * engine's database history handler is wrapped so that variable events of these three task-local names
 * — creation, update and deletion alike — are not written; every other event is.
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

  static final java.util.Set<String> COPIES = java.util.Set.of(NUMBER, CUSTOMER, DUE);

  /** The database history handler without the copies' variable events. */
  static final class WithoutCopies implements org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler {
    private final org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler database =
        new org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler();

    static boolean isCopy(org.camunda.bpm.engine.impl.history.event.HistoryEvent event) {
      return event instanceof org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity variable
          && variable.getTaskId() != null && COPIES.contains(variable.getVariableName());
    }

    @Override
    public void handleEvent(org.camunda.bpm.engine.impl.history.event.HistoryEvent event) {
      if (!isCopy(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(java.util.List<org.camunda.bpm.engine.impl.history.event.HistoryEvent> events) {
      for (org.camunda.bpm.engine.impl.history.event.HistoryEvent event : events) {
        handleEvent(event);
      }
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the engine composes its history handler from these two settings in init(), after the plugins' preInit
    java.util.List<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new WithoutCopies());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(handlers);
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
