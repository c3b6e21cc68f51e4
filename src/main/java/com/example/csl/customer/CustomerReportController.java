package com.example.csl.customer;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.form.CodeLabels;
import com.example.csl.web.CurrentUser;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-ARC-3 客户构成报表: the archive's customers grouped by grade, industry, region, size, relationship, credit
 * status, revenue band, status, key-account class or key-account manager ({@code GET /api/reports/customers?by=…});
 * the key customers and their managers ({@code /key-accounts}); new, converted, dropped and reopened customers per
 * month ({@code /monthly}). Each is aggregated and paged in SQL, never a whole table in memory; {@code format=csv}
 * gives the same rows as CSV (UTF-8 with BOM, so a spreadsheet opens the Chinese labels). Readers of the archive only.
 */
@RestController
@RequestMapping("/api/reports/customers")
public class CustomerReportController {

  /** What the composition can be grouped by: the request's name → the archive column. */
  private static final Map<String, String> DIMENSIONS = Map.of(
      "grade", "grade", "industry", "industry", "region", "region", "companySize", "company_size",
      "relationship", "relationship", "creditStatus", "credit_status", "status", "status",
      "keyAccountClass", "key_account_class", "keyAccountManager", "key_account_manager");

  private static final Map<String, String> DIMENSION_LABELS = Map.ofEntries(Map.entry("grade", "客户等级"),
      Map.entry("industry", "行业"), Map.entry("region", "地区"), Map.entry("companySize", "企业规模"),
      Map.entry("relationship", "合作关系"), Map.entry("creditStatus", "信用状况"), Map.entry("status", "档案状态"),
      Map.entry("keyAccountClass", "大客户类别"), Map.entry("keyAccountManager", "大客户经理"),
      Map.entry("revenueBand", "上年度销售收入区间"));

  private static final Map<String, String> STATUS_LABELS = Map.of("PROSPECT", "意向客户（跟进中）",
      "CONVERTED", "正式客户", "DROPPED", "放弃跟进");

  private final JdbcTemplate jdbc;
  private final CurrentUser currentUser;
  private final CustomerAccess access;
  private final CodeLabels labels;
  private final org.camunda.bpm.engine.IdentityService identityService;
  private final com.example.csl.common.SystemActions system;
  private final ZoneId zone;
  private final List<BigDecimal> revenueBands;

  public CustomerReportController(JdbcTemplate jdbc, CurrentUser currentUser, CustomerAccess access, CodeLabels labels,
      org.camunda.bpm.engine.IdentityService identityService, com.example.csl.common.SystemActions system,
      com.example.csl.calendar.WorkingDayCalendar calendar,
      @Value("${csl.reports.revenue-bands:1000000,5000000,10000000}") List<BigDecimal> revenueBands) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.access = access;
    this.labels = labels;
    this.identityService = identityService;
    this.system = system;
    this.zone = calendar.getZone();
    this.revenueBands = revenueBands.stream().sorted().toList();
  }

  /** The composition by one dimension, largest group first. */
  @GetMapping
  @Transactional(readOnly = true)
  public ResponseEntity<?> composition(@RequestParam(defaultValue = "grade") String by,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String format) {
    currentUser.requireAnyGroup(access.readers());
    checkPage(page, size);
    String expression = by.equals("revenueBand") ? revenueBandExpression() : DIMENSIONS.get(by);
    if (expression == null) {
      throw new BusinessRuleViolation("by", "可按 " + String.join("、", DIMENSION_LABELS.values()) + " 统计（by = "
          + String.join(", ", DIMENSION_LABELS.keySet()) + "）");
    }
    String grouped = "SELECT k, COUNT(*) AS total, "
        + "SUM(CASE WHEN key_customer THEN 1 ELSE 0 END) AS key_customers, "
        + "SUM(CASE WHEN status = 'PROSPECT' THEN 1 ELSE 0 END) AS prospects, "
        + "SUM(CASE WHEN status = 'CONVERTED' THEN 1 ELSE 0 END) AS converted, "
        + "SUM(CASE WHEN status = 'DROPPED' THEN 1 ELSE 0 END) AS dropped, "
        + "COALESCE(SUM(prior_year_revenue), 0) AS revenue FROM (SELECT " + expression
        + " AS k, key_customer, status, prior_year_revenue FROM csl_customer) c GROUP BY k";
    List<Map<String, Object>> rows = jdbc.query(grouped + " ORDER BY total DESC, k LIMIT ? OFFSET ?", (rs, i) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      String value = rs.getString("k");
      row.put("value", value);
      row.put("label", label(by, value));
      row.put("customers", rs.getLong("total"));
      row.put("keyCustomers", rs.getLong("key_customers"));
      row.put("prospects", rs.getLong("prospects"));
      row.put("converted", rs.getLong("converted"));
      row.put("dropped", rs.getLong("dropped"));
      row.put("priorYearRevenue", rs.getBigDecimal("revenue"));
      return row;
    }, size, (long) page * size);
    if ("csv".equals(format)) {
      return csv("customers-by-" + by, List.of(DIMENSION_LABELS.get(by), "代码", "客户数", "重点顾客", "意向客户", "正式客户",
          "放弃跟进", "上年度销售收入合计（元）"), rows, List.of("label", "value", "customers", "keyCustomers", "prospects",
          "converted", "dropped", "priorYearRevenue"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("by", by);
    body.put("byLabel", DIMENSION_LABELS.get(by));
    body.put("customers", jdbc.queryForObject("SELECT COUNT(*) FROM csl_customer", Long.class));
    body.put("groups", jdbc.queryForObject("SELECT COUNT(*) FROM (" + grouped + ") g", Long.class));
    body.put("page", page);
    body.put("size", size);
    body.put("items", rows);
    return ResponseEntity.ok(body);
  }

  /** The key customers with their class and key-account manager, by name. */
  @GetMapping("/key-accounts")
  @Transactional(readOnly = true)
  public ResponseEntity<?> keyAccounts(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String format) {
    currentUser.requireAnyGroup(access.readers());
    checkPage(page, size);
    List<Map<String, Object>> rows = jdbc.query("SELECT id, name, grade, key_account_class, key_account_manager, "
        + "key_account_year, prior_year_revenue, industry, region FROM csl_customer WHERE key_customer ORDER BY id LIMIT ? OFFSET ?",
        (rs, i) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("customerId", rs.getLong("id"));
          row.put("name", rs.getString("name"));
          row.put("grade", rs.getString("grade"));
          row.put("keyAccountClass", rs.getString("key_account_class"));
          row.put("keyAccountManager", rs.getString("key_account_manager"));
          row.put("keyAccountManagerName", person(rs.getString("key_account_manager")));
          row.put("keyAccountYear", rs.getObject("key_account_year"));
          row.put("priorYearRevenue", rs.getBigDecimal("prior_year_revenue"));
          row.put("industry", rs.getString("industry"));
          row.put("region", rs.getString("region"));
          return row;
        }, size, (long) page * size);
    if ("csv".equals(format)) {
      return csv("key-accounts", List.of("档案编号", "客户名称", "客户等级", "大客户类别", "大客户经理", "认定年度",
          "上年度销售收入（元）", "行业", "地区"), rows, List.of("customerId", "name", "grade", "keyAccountClass",
          "keyAccountManagerName", "keyAccountYear", "priorYearRevenue", "industry", "region"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", jdbc.queryForObject("SELECT COUNT(*) FROM csl_customer WHERE key_customer", Long.class));
    body.put("page", page);
    body.put("size", size);
    body.put("items", rows);
    return ResponseEntity.ok(body);
  }

  /** Per month (in the configured zone) from {@code from} to {@code to} (yyyy-MM, at most 36 months). */
  @GetMapping("/monthly")
  @Transactional(readOnly = true)
  public ResponseEntity<?> monthly(@RequestParam String from, @RequestParam String to,
      @RequestParam(required = false) String format) {
    currentUser.requireAnyGroup(access.readers());
    YearMonth first = month("from", from);
    YearMonth last = month("to", to);
    if (last.isBefore(first) || first.plusMonths(35).isBefore(last)) {
      throw new BusinessRuleViolation("to", "截止月份须不早于起始月份，且最多36个月");
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      Timestamp start = Timestamp.from(m.atDay(1).atStartOfDay(zone).toInstant());
      Timestamp end = Timestamp.from(m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
      Map<String, Object> counts = jdbc.queryForMap("SELECT "
          + "(SELECT COUNT(*) FROM csl_customer WHERE registered_at >= ? AND registered_at < ?) AS registered, "
          + "(SELECT COUNT(*) FROM csl_customer_change WHERE field = 'status' AND new_value = 'CONVERTED' AND changed_at >= ? AND changed_at < ?) AS converted, "
          + "(SELECT COUNT(*) FROM csl_customer_change WHERE field = 'status' AND new_value = 'DROPPED' AND changed_at >= ? AND changed_at < ?) AS dropped, "
          + "(SELECT COUNT(*) FROM csl_customer_change WHERE field = 'status' AND new_value = 'PROSPECT' AND changed_at >= ? AND changed_at < ?) AS reopened",
          start, end, start, end, start, end, start, end);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("month", m.toString());
      counts.forEach((k, v) -> row.put(k.toLowerCase(), ((Number) v).longValue()));
      rows.add(row);
    }
    if ("csv".equals(format)) {
      return csv("customers-monthly", List.of("月份", "新登记", "转为正式客户", "放弃跟进", "重新开启跟进"), rows,
          List.of("month", "registered", "converted", "dropped", "reopened"));
    }
    return ResponseEntity.ok(Map.of("from", first.toString(), "to", last.toString(), "items", rows));
  }

  /** CASE over the configured band limits (numbers from the configuration, so inlined as literals). */
  private String revenueBandExpression() {
    StringBuilder sql = new StringBuilder("CASE WHEN prior_year_revenue IS NULL THEN 'NONE'");
    for (int i = 0; i < revenueBands.size(); i++) {
      sql.append(" WHEN prior_year_revenue < ").append(revenueBands.get(i).toPlainString()).append(" THEN 'B").append(i).append('\'');
    }
    return sql.append(" ELSE 'B").append(revenueBands.size()).append("' END").toString();
  }

  private String label(String by, String value) {
    if (value == null) {
      return "（未登记）";
    }
    return switch (by) {
      case "status" -> STATUS_LABELS.getOrDefault(value, value);
      case "grade" -> value + " 类";
      case "keyAccountManager" -> person(value);
      case "keyAccountClass" -> labels.of("accountClass", value);
      case "revenueBand" -> bandLabel(value);
      case "companySize", "relationship", "creditStatus" -> labels.of(by, value);
      default -> value;
    };
  }

  private String bandLabel(String band) {
    if (band.equals("NONE")) {
      return "（未登记）";
    }
    int i = Integer.parseInt(band.substring(1));
    String low = i == 0 ? null : wan(revenueBands.get(i - 1));
    String high = i == revenueBands.size() ? null : wan(revenueBands.get(i));
    return low == null ? high + "以下" : high == null ? low + "及以上" : low + "至" + high;
  }

  private static String wan(BigDecimal yuan) {
    return com.example.csl.common.Amounts.inWan(yuan) + "万元";
  }

  private String person(String userId) {
    if (userId == null) {
      return "";
    }
    var user = system.call(() -> identityService.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : com.example.csl.common.People.name(user) + "（" + userId + "）";
  }

  private static void checkPage(int page, int size) {
    if (page < 0 || size < 1 || size > 500) {
      throw new BusinessRuleViolation(size < 1 || size > 500 ? "size" : "page", "page ≥ 0，size 在 1 到 500 之间");
    }
  }

  private static YearMonth month(String field, String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new BusinessRuleViolation(field, "月份格式为 yyyy-MM，例如 2026-11");
    }
  }

  private static ResponseEntity<byte[]> csv(String name, List<String> header, List<Map<String, Object>> rows, List<String> keys) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (Map<String, Object> row : rows) {
        printer.printRecord(keys.stream().map(row::get).map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toList());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
