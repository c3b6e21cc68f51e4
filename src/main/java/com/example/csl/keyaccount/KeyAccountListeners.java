package com.example.csl.keyaccount;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.customer.FollowUp;
import com.example.csl.customer.FollowUpRepository;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The task listeners of key-account.bpmn (R-ARC-5). */
public final class KeyAccountListeners {

  private KeyAccountListeners() {}

  /** 提出本年度重点顾客名单 (S3 五.1.1.1a, c): the marketing manager's additions, with their reason. */
  @Component("keyAccountProposalListener")
  public static class Proposal implements TaskListener {
    private final KeyAccounts keyAccounts;
    private final Actor actor;

    public Proposal(KeyAccounts keyAccounts, Actor actor) {
      this.keyAccounts = keyAccounts;
      this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
      List<Long> added = KeyAccountSteps.archiveNumbers(Vars.text(task, "proposedCustomers"), "proposedCustomers");
      String reason = Vars.limited(task, "proposalReason", "补充理由", 500, !added.isEmpty());
      long runId = Vars.id(task, "runId");
      keyAccounts.propose(runId, added, reason, actor.currentOr(task.getAssignee()));
      task.getExecution().setVariable("candidateSummary", keyAccounts.summary(runId));
      task.getExecution().setVariable("proposedBy", actor.currentOr(task.getAssignee()));
      task.getExecution().removeVariable("proposedCustomers");
    }
  }

  /** 批准本年度重点顾客名单: approve, or return with an opinion. */
  @Component("keyAccountApprovalListener")
  public static class Approval implements TaskListener {
    private final KeyAccounts keyAccounts;
    private final Actor actor;

    public Approval(KeyAccounts keyAccounts, Actor actor) {
      this.keyAccounts = keyAccounts;
      this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
      String decision = Vars.text(task, "vpDecision");
      if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
        throw new BusinessRuleViolation("vpDecision", "必填：批准或退回");
      }
      String opinion = Vars.limited(task, "vpOpinion", "意见", 1000, "RETURN".equals(decision));
      if ("APPROVE".equals(decision)) {
        String by = actor.currentOr(task.getAssignee());
        keyAccounts.approve(Vars.id(task, "runId"), by, opinion);
        task.getExecution().setVariable("approvedBy", by);
      }
    }
  }

  /** 指定大客户经理: one task per key customer; the manager must be in the group the model names. */
  @Component("keyAccountManagerListener")
  public static class Manager implements TaskListener {
    private final KeyAccounts keyAccounts;
    private final Actor actor;
    private final JdbcTemplate jdbc;

    public Manager(KeyAccounts keyAccounts, Actor actor, JdbcTemplate jdbc) {
      this.keyAccounts = keyAccounts;
      this.actor = actor;
      this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateTask task) {
      long customerId = Vars.id(task, "customerId");
      if (EVENTNAME_CREATE.equals(task.getEventName())) {
        // an answer of one instance must not show in the next: the field lives on this instance's execution
        task.getExecution().setVariableLocal("keyAccountManager", null);
        Map<String, Object> c = jdbc.queryForMap("SELECT name, key_account_class, prior_year_revenue, industry, company_size, "
            + "relationship FROM csl_customer WHERE id = ?", customerId);
        task.getExecution().setVariableLocal("customerName", c.get("name"));
        task.getExecution().setVariableLocal("accountClass", c.get("key_account_class"));
        task.getExecution().setVariableLocal("accountProfile", "行业 " + text(c.get("industry")) + "；上年度销售收入 "
            + (c.get("prior_year_revenue") == null ? "未登记"
                : KeyAccounts.wan(new java.math.BigDecimal(c.get("prior_year_revenue").toString()))));
        return;
      }
      String manager = Vars.text(task, "keyAccountManager");
      String group = com.example.csl.common.StepParameter.of(task, "keyAccountManager");
      if (manager == null || task.getProcessEngineServices().getIdentityService().createUserQuery()
          .memberOfGroup(group).userId(manager).count() == 0) {
        throw new BusinessRuleViolation("keyAccountManager", "必填：从营销部成员中选定大客户经理");
      }
      int year = ((Number) task.getVariable("runYear")).intValue();
      keyAccounts.assignManager(customerId, manager, actor.currentOr(task.getAssignee()), year);
      // the key-account manager receives the customer's tasks: its open pre-sale follow-up too
      var runtime = task.getProcessEngineServices().getRuntimeService();
      var tasks = task.getProcessEngineServices().getTaskService();
      for (var instance : runtime.createProcessInstanceQuery().processDefinitionKey("pre-sale")
          .processInstanceBusinessKey(String.valueOf(customerId)).active().list()) {
        if (runtime.getVariable(instance.getId(), "owner") != null) {
          runtime.setVariable(instance.getId(), "owner", manager);
        }
        for (var open : tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_FollowUp").list()) {
          tasks.setAssignee(open.getId(), manager);
        }
      }
    }

    private static String text(Object value) {
      return value == null ? "未登记" : value.toString();
    }
  }

  /** 大客户定期回访: the callback plan shown, the callback recorded in the archive's follow-ups. */
  @Component("keyAccountCallbackListener")
  public static class Callback implements TaskListener {
    private final FollowUpRepository followUps;
    private final Actor actor;
    private final JdbcTemplate jdbc;
    private final com.example.csl.calendar.WorkingDayCalendar calendar;

    public Callback(FollowUpRepository followUps, Actor actor, JdbcTemplate jdbc, com.example.csl.calendar.WorkingDayCalendar calendar) {
      this.followUps = followUps;
      this.actor = actor;
      this.jdbc = jdbc;
      this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
      long customerId = Vars.id(task, "customerId");
      int done = ((Number) task.getVariable("callbacksDone")).intValue();
      int visits = ((Number) task.getVariable("visitsDone")).intValue();
      if (EVENTNAME_CREATE.equals(task.getEventName())) {
        for (String answer : List.of("callbackMethod", "callbackOutcome", "followUpActions")) {
          task.getExecution().removeVariable(answer);
        }
        Map<String, Object> c = jdbc.queryForMap("SELECT contact_person, phone, address FROM csl_customer WHERE id = ?", customerId);
        task.setVariableLocal("contactPerson", c.get("contact_person"));
        task.setVariableLocal("phone", c.get("phone"));
        task.setVariableLocal("address", c.get("address"));
        task.setVariableLocal("callbackPlan", "本年度第 " + (done + 1) + " 次回访，共 " + task.getVariable("callbacksPerYear")
            + " 次；其中应上门走访 " + task.getVariable("visitsPerYear") + " 次，已走访 " + visits + " 次");
        return;
      }
      FollowUp.Action action = Vars.oneOf(task, "callbackMethod", "回访方式", FollowUp.Action.class, true);
      if (action != FollowUp.Action.ON_SITE_VISIT && action != FollowUp.Action.PHONE_VISIT && action != FollowUp.Action.MAILING) {
        throw new BusinessRuleViolation("callbackMethod", "回访方式须为上门走访、电话回访或信函/电子邮件");
      }
      String outcome = Vars.limited(task, "callbackOutcome", "回访情况", 2000, true);
      String next = Vars.limited(task, "followUpActions", "后续措施", 1000, false);
      LocalDate today = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.getZone()).toLocalDate();
      followUps.save(new FollowUp(customerId, today, action, actor.currentOr(task.getAssignee()),
          "大客户定期回访：" + outcome, next, null, null, task.getId(), ClockUtil.getCurrentTime().toInstant()));
      task.getExecution().setVariable("callbacksDone", done + 1);
      if (action == FollowUp.Action.ON_SITE_VISIT) {
        task.getExecution().setVariable("visitsDone", visits + 1);
      }
    }
  }

  /** 大客户年度服务评审 (S2 第八条、第九条): the year's callbacks shown, the five ratings and the summary kept. */
  @Component("keyAccountReviewListener")
  public static class Review implements TaskListener {
    static final List<String> RATINGS = List.of("EXCELLENT", "GOOD", "FAIR", "POOR");
    static final Map<String, String> INDICATORS = new LinkedHashMap<>();

    static {
      INDICATORS.put("reviewSatisfaction", "客户满意度");
      INDICATORS.put("reviewQuality", "服务质量");
      INDICATORS.put("reviewEfficiency", "服务效率");
      INDICATORS.put("reviewRelationship", "客户关系维护");
      INDICATORS.put("reviewValueAdded", "增值服务");
    }

    private final Actor actor;
    private final JdbcTemplate jdbc;
    private final com.example.csl.form.CodeLabels labels;

    public Review(Actor actor, JdbcTemplate jdbc, com.example.csl.form.CodeLabels labels) {
      this.actor = actor;
      this.jdbc = jdbc;
      this.labels = labels;
    }

    @Override
    public void notify(DelegateTask task) {
      long customerId = Vars.id(task, "customerId");
      if (EVENTNAME_CREATE.equals(task.getEventName())) {
        List<String> taskIds = task.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey("Task_KaCallback").finished().list()
            .stream().map(t -> t.getId()).toList();
        StringBuilder text = new StringBuilder();
        if (!taskIds.isEmpty()) {
          jdbc.query("SELECT follow_up_date, action, performed_by, outcome, next_step FROM csl_follow_up WHERE customer_id = ? "
              + "AND task_id IN (" + String.join(",", taskIds.stream().map(id -> "?").toList()) + ") ORDER BY id", rs -> {
                String line = rs.getDate(1).toLocalDate() + " " + labels.of("callbackMethod", rs.getString(2)) + "（"
                    + rs.getString(3) + "）：" + rs.getString(4) + (rs.getString(5) == null ? "" : "；后续：" + rs.getString(5)) + "\n";
                if (text.length() + line.length() < 3800) {
                  text.append(line);
                }
              }, java.util.stream.Stream.concat(java.util.stream.Stream.of((Object) customerId), taskIds.stream()).toArray());
        }
        task.setVariableLocal("callbackRecords", text.toString().trim());
        return;
      }
      Map<String, String> ratings = new LinkedHashMap<>();
      Map<String, String> errors = new LinkedHashMap<>();
      INDICATORS.forEach((field, label) -> {
        String value = Vars.text(task, field);
        if (value == null || !RATINGS.contains(value)) {
          errors.put(field, "必填：" + label + "的评定（优、良、中、差）");
        }
        ratings.put(field, value);
      });
      com.example.csl.common.FieldErrors.throwIfAny(errors);
      String summary = Vars.limited(task, "reviewSummary", "评审意见", 2000, true);
      String improvement = Vars.limited(task, "reviewImprovement", "改进措施", 2000, false);
      jdbc.update("INSERT INTO csl_key_account_review (customer_id, review_year, manager, callbacks, visits, satisfaction, quality, "
          + "efficiency, relationship, value_added, summary, improvement, reviewed_by, reviewed_at, task_id) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", customerId, ((Number) task.getVariable("runYear")).intValue(),
          task.getVariable("keyAccountManager"), ((Number) task.getVariable("callbacksDone")).intValue(),
          ((Number) task.getVariable("visitsDone")).intValue(), ratings.get("reviewSatisfaction"), ratings.get("reviewQuality"),
          ratings.get("reviewEfficiency"), ratings.get("reviewRelationship"), ratings.get("reviewValueAdded"), summary, improvement,
          actor.currentOr(task.getAssignee()), new Timestamp(ClockUtil.getCurrentTime().getTime()), task.getId());
    }
  }

}
