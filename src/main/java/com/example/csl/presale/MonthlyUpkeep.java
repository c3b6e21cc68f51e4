package com.example.csl.presale;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.form.CodeLabels;
import com.example.csl.form.TrustedInput;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Monthly upkeep of the archive (R-PRE-13; S0 4.2.2.1, 4.2.3.8): after the transfer memo, marketing reviews the grades
 * of the prospects carried over (a re-grade goes to the customer's pre-sale case and through the same review as
 * R-PRE-4), and the others' service schedules are renewed for the month.
 */
public final class MonthlyUpkeep {

  /** A message the pre-sale case waits for while it waits for its next follow-up. */
  public static final String MESSAGE_MONTHLY_REGRADE = "MonthlyRegrade";

  private static final Pattern REGRADE = Pattern.compile("(\\d{1,12})\\s*[=＝:：]\\s*([ABCabc])");

  private MonthlyUpkeep() {}

  /** The memo's carried-over prospects still in follow-up: id, name, grade, intention, last follow-up. */
  static List<Map<String, Object>> carriedOver(JdbcTemplate jdbc, String month) {
    return jdbc.queryForList("SELECT c.id, c.name, c.grade, c.intention, (SELECT MAX(f.follow_up_date) FROM csl_follow_up f "
        + "WHERE f.customer_id = c.id) AS last_follow_up FROM csl_transfer_memo_line l JOIN csl_transfer_memo m ON m.id = l.memo_id "
        + "JOIN csl_customer c ON c.id = l.customer_id WHERE m.memo_month = ? AND l.outcome = 'CARRIED_OVER' "
        + "AND c.status = 'PROSPECT' ORDER BY c.grade, c.id", month);
  }

  /** 每月整理客户资料并复核分级: the list shown; re-grades sent to each case's review. */
  @Component("monthlyGradeReviewListener")
  public static class Review implements TaskListener {
    private final JdbcTemplate jdbc;
    private final Actor actor;
    private final CodeLabels labels;

    public Review(JdbcTemplate jdbc, Actor actor, CodeLabels labels) {
      this.jdbc = jdbc;
      this.actor = actor;
      this.labels = labels;
    }

    @Override
    public void notify(DelegateTask task) {
      String month = Vars.parameter(task, "memoMonth");
      List<Map<String, Object>> prospects = carriedOver(jdbc, month);
      if (EVENTNAME_CREATE.equals(task.getEventName())) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> p : prospects) {
          String line = "档案 " + p.get("id") + " " + p.get("name") + "：" + p.get("grade") + " 级，合作意向 "
              + labels.of("intention", p.get("intention")) + "，最近跟进 " + (p.get("last_follow_up") == null ? "无" : p.get("last_follow_up")) + "\n";
          if (text.length() + line.length() > 3500) {
            text.append("……共 ").append(prospects.size()).append(" 家，其余见 GET /api/reports/transfer-memo?month=").append(month);
            break;
          }
          text.append(line);
        }
        task.setVariableLocal("prospectList", prospects.isEmpty() ? "上月没有继续跟进的意向客户" : text.toString().trim());
        return;
      }
      String regrades = Vars.text(task, "regrades");
      Map<Long, String> proposed = new LinkedHashMap<>();
      if (regrades != null) {
        for (String part : regrades.trim().split("[\\n,，;；、]+")) {
          Matcher m = REGRADE.matcher(part.trim());
          if (part.isBlank()) {
            continue;
          }
          if (!m.matches()) {
            throw new BusinessRuleViolation("regrades", "“" + part.trim() + "”格式不对：请写“档案编号=新等级”，例如 12=A");
          }
          proposed.put(Long.valueOf(m.group(1)), m.group(2).toUpperCase());
        }
      }
      String reason = Vars.limited(task, "regradeReason", "调整理由", 500, !proposed.isEmpty());
      Map<Long, Map<String, Object>> listed = new LinkedHashMap<>();
      prospects.forEach(p -> listed.put(((Number) p.get("id")).longValue(), p));
      var runtime = task.getProcessEngineServices().getRuntimeService();
      Map<Long, String> instances = new LinkedHashMap<>();
      for (Map.Entry<Long, String> e : proposed.entrySet()) {
        Map<String, Object> p = listed.get(e.getKey());
        if (p == null) {
          throw new BusinessRuleViolation("regrades", "档案 " + e.getKey() + " 不在本月整理名单中（只能调整继续跟进的意向客户）");
        }
        if (e.getValue().equals(p.get("grade"))) {
          throw new BusinessRuleViolation("regrades", "档案 " + e.getKey() + " 已是 " + e.getValue() + " 级，无需调整");
        }
        var waiting = runtime.createProcessInstanceQuery().processDefinitionKey(PreSaleProcess.KEY)
            .processInstanceBusinessKey(String.valueOf(e.getKey())).active().list().stream()
            .filter(instance -> runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventType("message")
                .eventName(MESSAGE_MONTHLY_REGRADE).count() > 0).findFirst();
        if (waiting.isEmpty()) {
          throw new BusinessRuleViolation("regrades", "档案 " + e.getKey() + " 的跟进或审核正在办理中：请在客户跟进登记中调整合作意向，或待其办完后再调整");
        }
        instances.put(e.getKey(), waiting.get().getId());
      }
      String by = actor.currentOr(task.getAssignee());
      instances.forEach((customerId, instanceId) -> TrustedInput.call(() -> {
        runtime.createMessageCorrelation(MESSAGE_MONTHLY_REGRADE).processInstanceId(instanceId)
            .setVariable("proposedGrade", proposed.get(customerId))
            .setVariable("regradeReason", reason)
            .setVariable("regradeProposedBy", by)
            .correlate();
        return null;
      }));
      task.getExecution().setVariable("regradedCustomers", String.join(",", proposed.keySet().stream().map(String::valueOf).toList()));
      task.getExecution().setVariable("reviewedBy", by);
    }
  }

  /** 续排本月客户服务安排表: each carried-over prospect not re-graded gets its latest schedule renewed. */
  @Component("renewServiceSchedulesDelegate")
  public static class Renew implements JavaDelegate {
    private final JdbcTemplate jdbc;

    public Renew(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String month = Vars.parameter(execution, "memoMonth");
      String next = YearMonth.parse(month).plusMonths(1).toString();
      List<String> regraded = List.of(String.valueOf(execution.getVariable("regradedCustomers")).split(","));
      Object by = execution.getVariable("reviewedBy");
      Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
      List<Object[]> rows = new ArrayList<>();
      for (Map<String, Object> p : carriedOver(jdbc, month)) {
        if (regraded.contains(String.valueOf(p.get("id")))) {
          continue;
        }
        List<Map<String, Object>> latest = jdbc.queryForList("SELECT planned_actions, owner FROM csl_service_schedule "
            + "WHERE customer_id = ? ORDER BY id DESC LIMIT 1", p.get("id"));
        if (latest.isEmpty()) {
          continue;
        }
        String before = String.valueOf(latest.get(0).get("planned_actions")).replaceFirst("^(【[^】]*续排[^】]*】)+", "");
        String plan = "【" + next + " 续排，据 " + month + " 客户记录转接备忘】" + before;
        rows.add(new Object[] {p.get("id"), plan.length() > 2000 ? plan.substring(0, 2000) : plan, latest.get(0).get("owner"), by, now});
      }
      jdbc.batchUpdate("INSERT INTO csl_service_schedule (customer_id, planned_actions, owner, created_by, created_at) "
          + "VALUES (?, ?, ?, ?, ?)", rows);
      execution.setVariable("schedulesRenewed", rows.size());
    }
  }
}
