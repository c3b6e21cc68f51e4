package com.example.csl.keyaccount;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.form.CodeLabels;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The yearly determination of key customers (R-ARC-5, R-PRE-11; S3 五.1.1.1): its record ({@code csl_key_account_run})
 * and candidates ({@code csl_key_account_line}), what the marketing manager adds, what is written to the archive.
 * Which customer is key is decided by the DMN {@code key-customer} (threshold and strategic flag), its class and
 * service cadence by {@code key-account-class}; here is only what feeds them: the prior-year revenue is the larger
 * of the archive's figure and the contracts signed in the prior year.
 */
@Service
public class KeyAccounts {

  /** One candidate as the forms and the API show it. */
  public record Line(long customerId, String name, BigDecimal revenue, boolean strategic, boolean keyCustomer,
      String accountClass, String callbackInterval, Integer callbacksPerYear, Integer visitsPerYear, String manager,
      String proposedBy, String proposalReason) {}

  /** At most this much of the list goes into a form's text (an engine string variable holds 4,000 characters). */
  static final int SUMMARY_LIMIT = 3500;

  private final JdbcTemplate jdbc;
  private final RepositoryService repositoryService;
  private final CodeLabels labels;

  public KeyAccounts(JdbcTemplate jdbc, @Lazy RepositoryService repositoryService,
      CodeLabels labels) {
    this.jdbc = jdbc;
    this.repositoryService = repositoryService;
    this.labels = labels;
  }

  /** The run of that year, if it was made. */
  public Long runOf(int year) {
    List<Long> ids = jdbc.queryForList("SELECT id FROM csl_key_account_run WHERE run_year = ?", Long.class, year);
    return ids.isEmpty() ? null : ids.get(0);
  }

  /** The year's run with its candidates: evaluated for every archive that is not dropped (or is key now). */
  public long createRun(int year) {
    jdbc.update("INSERT INTO csl_key_account_run (run_year, status, created_at) VALUES (?, 'PROPOSING', ?)", year, now());
    long runId = runOf(year);
    DmnDecision keyCustomer = decision("key-customer");
    DmnDecision accountClass = decision("key-account-class");
    Date from = Date.valueOf(LocalDate.of(year - 1, 1, 1));
    Date to = Date.valueOf(LocalDate.of(year, 1, 1));
    List<Object[]> lines = new ArrayList<>();
    jdbc.query("SELECT c.id, c.prior_year_revenue, c.strategic, c.industry, c.company_size, c.relationship, c.key_customer, "
        + "(SELECT COALESCE(SUM(k.amount), 0) FROM csl_contract k WHERE k.customer_id = c.id AND k.signed_date >= ? "
        + "AND k.signed_date < ?) AS contracted FROM csl_customer c WHERE c.status <> 'DROPPED' OR c.key_customer ORDER BY c.id",
        rs -> {
          BigDecimal archive = rs.getBigDecimal("prior_year_revenue");
          BigDecimal contracted = rs.getBigDecimal("contracted");
          BigDecimal revenue = archive == null || archive.compareTo(contracted) < 0 ? contracted : archive;
          boolean strategic = rs.getBoolean("strategic");
          boolean key = Boolean.TRUE.equals(evaluate(keyCustomer, Map.of("annualRevenue", revenue.doubleValue(),
              "strategic", strategic)).getSingleEntry());
          if (key || rs.getBoolean("key_customer")) {
            Object[] cadence = key ? cadence(accountClass, rs.getString("industry"), rs.getString("company_size"),
                rs.getString("relationship")) : new Object[4];
            lines.add(new Object[] {runId, rs.getLong("id"), revenue, strategic, key, cadence[0], cadence[1], cadence[2],
                cadence[3], null, null});
          }
        }, from, to);
    insertLines(lines);
    return runId;
  }

  /**
   * S3 五.1.1.1c: the marketing manager adds customers that fit the company's strategy; they count as strategic
   * (the DMN then makes them key) and are classed like the others. Unknown or dropped archives are refused.
   */
  public void propose(long runId, List<Long> customerIds, String reason, String by) {
    DmnDecision keyCustomer = decision("key-customer");
    DmnDecision accountClass = decision("key-account-class");
    for (long id : customerIds) {
      List<Map<String, Object>> found = jdbc.queryForList("SELECT id, status, industry, company_size, relationship, "
          + "prior_year_revenue FROM csl_customer WHERE id = ?", id);
      if (found.isEmpty() || "DROPPED".equals(found.get(0).get("status"))) {
        throw new BusinessRuleViolation("proposedCustomers", "档案 " + id + (found.isEmpty() ? " 不存在" : " 已放弃跟进，不能列为重点顾客"));
      }
      Map<String, Object> c = found.get(0);
      BigDecimal revenue = c.get("prior_year_revenue") == null ? BigDecimal.ZERO : new BigDecimal(c.get("prior_year_revenue").toString());
      boolean key = Boolean.TRUE.equals(evaluate(keyCustomer, Map.of("annualRevenue", revenue.doubleValue(), "strategic", true))
          .getSingleEntry());
      Object[] cadence = cadence(accountClass, (String) c.get("industry"), (String) c.get("company_size"), (String) c.get("relationship"));
      int updated = jdbc.update("UPDATE csl_key_account_line SET strategic = TRUE, key_customer = ?, account_class = ?, "
          + "callback_interval = ?, callbacks_per_year = ?, visits_per_year = ?, proposed_by = ?, proposal_reason = ? "
          + "WHERE run_id = ? AND customer_id = ? AND NOT key_customer", key, cadence[0], cadence[1], cadence[2], cadence[3],
          by, reason, runId, id);
      if (updated == 0 && jdbc.queryForObject("SELECT COUNT(*) FROM csl_key_account_line WHERE run_id = ? AND customer_id = ?",
          Long.class, runId, id) == 0) {
        insertLines(List.<Object[]>of(new Object[] {runId, id, revenue, true, key, cadence[0], cadence[1], cadence[2], cadence[3],
            by, reason}));
      }
    }
  }

  public List<Line> lines(long runId) {
    return jdbc.query("SELECT l.*, c.name, c.key_account_manager FROM csl_key_account_line l JOIN csl_customer c ON c.id = l.customer_id "
        + "WHERE l.run_id = ? ORDER BY l.key_customer DESC, l.revenue DESC, l.customer_id", (rs, i) -> new Line(
            rs.getLong("customer_id"), rs.getString("name"), rs.getBigDecimal("revenue"), rs.getBoolean("strategic"),
            rs.getBoolean("key_customer"), rs.getString("account_class"), rs.getString("callback_interval"),
            (Integer) rs.getObject("callbacks_per_year", Integer.class), (Integer) rs.getObject("visits_per_year", Integer.class),
            rs.getString("key_account_manager"), rs.getString("proposed_by"), rs.getString("proposal_reason")), runId);
  }

  /** The list as the forms show it: key customers first, then those no longer key; cut to fit a form field. */
  public String summary(long runId) {
    List<Line> lines = lines(runId);
    StringBuilder text = new StringBuilder();
    long key = lines.stream().filter(Line::keyCustomer).count();
    text.append("重点顾客 ").append(key).append(" 家");
    long dropped = lines.size() - key;
    if (dropped > 0) {
      text.append("；不再入选 ").append(dropped).append(" 家");
    }
    text.append("：\n");
    int n = 0;
    for (Line line : lines) {
      String entry = (line.keyCustomer() ? ++n + ". " : "× ") + line.name() + "（档案 " + line.customerId() + "）上年度销售收入 "
          + wan(line.revenue()) + (line.strategic() ? "，战略客户" : "")
          + (line.keyCustomer() ? "，" + labels.of("accountClass", line.accountClass()) + "，每年回访 " + line.callbacksPerYear()
              + " 次（上门 " + line.visitsPerYear() + " 次）" : "，不再符合重点顾客条件")
          + (line.proposedBy() != null ? "，营销部经理补充：" + line.proposalReason() : "") + "\n";
      if (text.length() + entry.length() > SUMMARY_LIMIT) {
        text.append("……（完整名单 ").append(lines.size()).append(" 行见 GET /api/key-accounts/runs/{年度}）");
        break;
      }
      text.append(entry);
    }
    return text.toString().trim();
  }

  public void approve(long runId, String by, String opinion) {
    jdbc.update("UPDATE csl_key_account_run SET status = 'APPROVED', approved_by = ?, approved_at = ?, opinion = ? WHERE id = ?",
        by, now(), opinion, runId);
  }

  /**
   * Writes the approved list to the archive (R-ARC-5, R-ARC-4): key flag, class and year for the key customers, the
   * flag, class and manager removed from those no longer key; each change kept in the archive's histories. Returns the
   * key customers that have no key-account manager yet.
   */
  public List<String> apply(long runId, int year, String by) {
    Timestamp at = now();
    String reason = year + " 年度重点顾客认定";
    for (Line line : lines(runId)) {
      Map<String, Object> c = jdbc.queryForMap("SELECT key_customer, key_account_class, key_account_manager, grade FROM csl_customer WHERE id = ?",
          line.customerId());
      boolean wasKey = Boolean.TRUE.equals(c.get("key_customer"));
      String classBefore = (String) c.get("key_account_class");
      String managerBefore = (String) c.get("key_account_manager");
      String manager = line.keyCustomer() ? managerBefore : null;
      jdbc.update("UPDATE csl_customer SET key_customer = ?, key_account_class = ?, key_account_year = ?, key_account_manager = ?, "
          + "version = version + 1 WHERE id = ?", line.keyCustomer(), line.accountClass(), line.keyCustomer() ? year : null,
          manager, line.customerId());
      change(line.customerId(), "keyCustomer", String.valueOf(wasKey), String.valueOf(line.keyCustomer()), reason, by, at);
      change(line.customerId(), "keyAccountClass", classBefore, line.accountClass(), reason, by, at);
      change(line.customerId(), "keyAccountManager", managerBefore, manager, reason, by, at);
      if (wasKey != line.keyCustomer()) {
        jdbc.update("INSERT INTO csl_grade_change (customer_id, grade_before, grade, key_customer, source, reason, changed_by, changed_at) "
            + "VALUES (?, ?, ?, ?, 'KEY_ACCOUNT', ?, ?, ?)", line.customerId(), c.get("grade"),
            c.get("grade") == null ? "C" : c.get("grade"), line.keyCustomer(), reason, by, at);
      }
    }
    return jdbc.queryForList("SELECT l.customer_id FROM csl_key_account_line l JOIN csl_customer c ON c.id = l.customer_id "
        + "WHERE l.run_id = ? AND l.key_customer AND c.key_account_manager IS NULL ORDER BY l.customer_id", Long.class, runId)
        .stream().map(String::valueOf).toList();
  }

  /** The named key-account manager (R-ARC-5); recorded in the run's line and the archive's history. */
  public void assignManager(long customerId, String manager, String by, int year) {
    Map<String, Object> c = jdbc.queryForMap("SELECT key_account_manager, owner FROM csl_customer WHERE id = ?", customerId);
    jdbc.update("UPDATE csl_customer SET key_account_manager = ?, owner = ?, version = version + 1 WHERE id = ?", manager, manager, customerId);
    jdbc.update("UPDATE csl_key_account_line SET manager = ? WHERE customer_id = ? AND run_id = (SELECT id FROM csl_key_account_run "
        + "WHERE run_year = ?)", manager, customerId, year);
    Timestamp at = now();
    change(customerId, "keyAccountManager", (String) c.get("key_account_manager"), manager, year + " 年度指定大客户经理", by, at);
    change(customerId, "owner", (String) c.get("owner"), manager, "跟进负责人由大客户经理担任", by, at);
  }

  /** The API's view of a run. */
  public Map<String, Object> run(int year) {
    Long runId = runOf(year);
    if (runId == null) {
      return null;
    }
    Map<String, Object> body = new LinkedHashMap<>(jdbc.queryForMap("SELECT run_year AS \"year\", status AS \"status\", "
        + "approved_by AS \"approvedBy\", approved_at AS \"approvedAt\", opinion AS \"opinion\" FROM csl_key_account_run WHERE id = ?", runId));
    body.computeIfPresent("approvedAt", (k, v) -> v instanceof Timestamp t ? t.toInstant() : v);
    body.put("lines", lines(runId));
    return body;
  }

  private void change(long customerId, String field, String before, String after, String reason, String by, Timestamp at) {
    if (!java.util.Objects.equals(before, after)) {
      jdbc.update("INSERT INTO csl_customer_change (customer_id, field, old_value, new_value, reason, changed_by, changed_at) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?)", customerId, field, before, after, reason, by, at);
    }
  }

  private void insertLines(List<Object[]> lines) {
    jdbc.batchUpdate("INSERT INTO csl_key_account_line (run_id, customer_id, revenue, strategic, key_customer, account_class, "
        + "callback_interval, callbacks_per_year, visits_per_year, proposed_by, proposal_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lines);
  }

  private Object[] cadence(DmnDecision decision, String industry, String size, String relationship) {
    Map<String, Object> input = new java.util.HashMap<>();
    input.put("industry", industry);
    input.put("companySize", size);
    input.put("relationship", relationship);
    DmnDecisionRuleResult result = evaluate(decision, input);
    return new Object[] {result.getEntry("accountClass"), result.getEntry("callbackInterval"),
        number(result.getEntry("callbacksPerYear")), number(result.getEntry("visitsPerYear"))};
  }

  private static Integer number(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  /** The latest deployed decision, evaluated by the DMN engine without a history row per customer (the run is the record). */
  private DmnDecision decision(String key) {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
        .latestVersion().singleResult();
    return engine().getDeploymentCache()
        .findDeployedDecisionDefinitionById(definition.getId());
  }

  private DmnDecisionRuleResult evaluate(DmnDecision decision, Map<String, Object> input) {
    var result = engine().getDmnEngine()
        .evaluateDecisionTable(decision, Variables.fromMap(input));
    if (result.isEmpty()) {
      throw new IllegalStateException("decision " + decision.getKey() + " matched no rule for " + input);
    }
    return result.getFirstResult();
  }

  /** The engine's configuration: these steps run inside the engine's commands (delegates and listeners). */
  private static ProcessEngineConfigurationImpl engine() {
    return org.camunda.bpm.engine.impl.context.Context.getProcessEngineConfiguration();
  }

  /** An amount in yuan as people read it in these lists: 6200000 → "620 万元". */
  static String wan(BigDecimal yuan) {
    return yuan == null ? "—" : com.example.csl.common.Amounts.inWan(yuan) + " 万元";
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
