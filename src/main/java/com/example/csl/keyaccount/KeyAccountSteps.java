package com.example.csl.keyaccount;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.form.TrustedInput;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The service steps of 年度重点顾客认定 (key-account.bpmn; R-ARC-5). */
public final class KeyAccountSteps {

  private KeyAccountSteps() {}

  static int year(WorkingDayCalendar calendar) {
    return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.getZone()).getYear();
  }

  /** 检查本年度认定是否缺失: decided by the missing record, not by today's date (issue 17). */
  @Component("checkKeyAccountYearDelegate")
  public static class CheckYear implements JavaDelegate {
    private final KeyAccounts keyAccounts;
    private final WorkingDayCalendar calendar;

    public CheckYear(KeyAccounts keyAccounts, WorkingDayCalendar calendar) {
      this.keyAccounts = keyAccounts;
      this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
      int year = year(calendar);
      execution.setVariable("runYear", year);
      execution.setVariable("runDue", keyAccounts.runOf(year) == null);
    }
  }

  /** 按决策表列出重点顾客候选. */
  @Component("keyAccountCandidatesDelegate")
  public static class Candidates implements JavaDelegate {
    private final KeyAccounts keyAccounts;

    public Candidates(KeyAccounts keyAccounts) {
      this.keyAccounts = keyAccounts;
    }

    @Override
    public void execute(DelegateExecution execution) {
      int year = ((Number) execution.getVariable("runYear")).intValue();
      long runId = keyAccounts.createRun(year);
      // the case's number on its task cards (the timer start has none)
      execution.setProcessBusinessKey(year + "年度重点顾客认定");
      execution.setVariable("runId", runId);
      execution.setVariable("candidateSummary", keyAccounts.summary(runId));
    }
  }

  /** 重点顾客写入客户档案: the approved list lands in the archive; those without a manager get a task each. */
  @Component("applyKeyAccountsDelegate")
  public static class Apply implements JavaDelegate {
    private final KeyAccounts keyAccounts;
    private final Actor actor;

    public Apply(KeyAccounts keyAccounts, Actor actor) {
      this.keyAccounts = keyAccounts;
      this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
      long runId = Vars.id(execution, "runId");
      int year = ((Number) execution.getVariable("runYear")).intValue();
      String approver = (String) execution.getVariable("approvedBy");
      execution.setVariable("keyAccountsWithoutManager",
          new ArrayList<>(keyAccounts.apply(runId, year, approver != null ? approver : actor.currentOr(null))));
    }
  }

  /** 开始本年度大客户定期服务: one key-account-service case per key customer and year (KA-year-archive). */
  @Component("startKeyAccountServiceDelegate")
  public static class StartService implements JavaDelegate {
    private final KeyAccounts keyAccounts;

    public StartService(KeyAccounts keyAccounts) {
      this.keyAccounts = keyAccounts;
    }

    @Override
    public void execute(DelegateExecution execution) {
      long runId = Vars.id(execution, "runId");
      int year = ((Number) execution.getVariable("runYear")).intValue();
      var runtime = execution.getProcessEngineServices().getRuntimeService();
      List<KeyAccounts.Line> lines = keyAccounts.lines(runId);
      for (KeyAccounts.Line line : lines) {
        String number = "KA-" + year + "-" + line.customerId();
        if (!line.keyCustomer() || line.manager() == null
            || runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count() > 0) {
          continue;
        }
        TrustedInput.call(() -> runtime.createProcessInstanceByKey("key-account-service").businessKey(number)
            .setVariable("customerId", line.customerId())
            .setVariable("customerName", line.name())
            .setVariable("runYear", year)
            .setVariable("accountClass", line.accountClass())
            .setVariable("callbackInterval", line.callbackInterval())
            .setVariable("callbacksPerYear", line.callbacksPerYear())
            .setVariable("visitsPerYear", line.visitsPerYear())
            .setVariable("keyAccountManager", line.manager())
            .setVariable("callbacksDone", 0)
            .setVariable("visitsDone", 0)
            .execute());
      }
    }
  }

  /** Archive numbers in a text: separated by commas, 顿号, spaces or lines. */
  static List<Long> archiveNumbers(String text, String field) {
    List<Long> ids = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return ids;
    }
    for (String part : text.trim().split("[\\s,，、;；]+")) {
      if (!part.matches("\\d{1,12}")) {
        throw new BusinessRuleViolation(field, "“" + part + "”不是档案编号：请填写数字编号，用逗号或顿号分隔");
      }
      if (!ids.contains(Long.valueOf(part))) {
        ids.add(Long.valueOf(part));
      }
    }
    return ids;
  }
}
