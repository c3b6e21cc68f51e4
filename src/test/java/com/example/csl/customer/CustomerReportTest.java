package com.example.csl.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-ARC-3 composition reports over 10,000 generated customers, aggregated in SQL, as JSON and CSV. */
@CslSpringTest
public class CustomerReportTest {

  static final String[] INDUSTRIES = {"金融", "能源", "制造", "医疗", "教育"};
  static final String[] SIZES = {"LARGE", "MEDIUM", "SMALL"};

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  String marker;

  /** 10,000 archive records: industry i%5, size i%3, grade A/B/C by i%3, revenue i*1000, every 100th key. */
  public static String generate(JdbcTemplate jdbc, int count) {
    String marker = "构成-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    List<Object[]> rows = new ArrayList<>();
    Timestamp at = Timestamp.from(Instant.parse("2026-03-10T02:00:00Z"));
    for (int i = 0; i < count; i++) {
      rows.add(new Object[] {marker + i, "联系人", String.format("1590%07d", i), INDUSTRIES[i % 5], SIZES[i % 3],
          "地区" + (i % 7), new java.math.BigDecimal(i).multiply(java.math.BigDecimal.valueOf(1000)),
          "ABC".substring(i % 3, i % 3 + 1), i % 100 == 0, i % 4 == 0 ? "CONVERTED" : "PROSPECT", at});
    }
    jdbc.batchUpdate("INSERT INTO csl_customer (name, contact_person, phone, industry, company_size, region, prior_year_revenue, "
        + "grade, key_customer, status, registered_at, strategic, intention, channel, version) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 'MODERATE', 'API', 0)", rows);
    return marker;
  }

  @AfterEach
  void removeGenerated() {
    if (marker != null) {
      jdbc.update("DELETE FROM csl_customer WHERE name LIKE ?", marker + "%");
    }
  }

  long sum(JsonNode items, String value, String column) {
    for (JsonNode item : items) {
      if (value.equals(item.path("value").asText())) {
        return item.get(column).asLong();
      }
    }
    return 0;
  }

  @Test
  @DisplayName("R-ARC-3 the archive's composition by industry, size, grade, revenue band and status over 10,000 customers, paged groups, key customers, the CSV the same")
  void compositionOf10000() {
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM csl_customer", Long.class);
    Map<String, Long> industriesBefore = new java.util.HashMap<>();
    jdbc.query("SELECT industry, COUNT(*) FROM csl_customer GROUP BY industry",
        rs -> { industriesBefore.put(String.valueOf(rs.getString(1)), rs.getLong(2)); });
    marker = generate(jdbc, 10_000);
    Http reader = Http.as(port, "chenjie");
    reader.get("/api/reports/customers?by=industry"); // warm
    long started = System.nanoTime();
    Http.Response byIndustry = reader.get("/api/reports/customers?by=industry");
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("R-ARC-3 composition by industry over " + (before + 10_000) + " customers: " + millis + " ms");
    assertThat(byIndustry.status()).as(byIndustry.body()).isEqualTo(200);
    JsonNode body = byIndustry.json();
    assertThat(body.get("customers").asLong()).isEqualTo(before + 10_000);
    for (String industry : INDUSTRIES) {
      assertThat(sum(body.get("items"), industry, "customers")).as(industry)
          .isEqualTo(2000 + industriesBefore.getOrDefault(industry, 0L));
    }
    assertThat(body.get("byLabel").asText()).isEqualTo("行业");

    JsonNode bySize = reader.get("/api/reports/customers?by=companySize").json();
    JsonNode large = null;
    for (JsonNode item : bySize.get("items")) {
      if (item.path("value").asText("").equals("LARGE")) {
        large = item;
      }
    }
    assertThat(large).isNotNull();
    assertThat(large.get("label").asText()).isEqualTo("大型企业");
    assertThat(large.get("customers").asLong()).isGreaterThanOrEqualTo(3334);

    // revenue bands from csl.reports.revenue-bands: i*1000 < 1,000,000 for i < 1000
    JsonNode bands = reader.get("/api/reports/customers?by=revenueBand&size=10").json();
    assertThat(sum(bands.get("items"), "B0", "customers")).isGreaterThanOrEqualTo(1000);
    assertThat(sum(bands.get("items"), "B1", "customers")).isGreaterThanOrEqualTo(4000); // 1,000,000 ≤ r < 5,000,000
    assertThat(sum(bands.get("items"), "B2", "customers")).isGreaterThanOrEqualTo(5000); // 5,000,000 ≤ r < 10,000,000
    boolean labelled = false;
    for (JsonNode item : bands.get("items")) {
      labelled |= item.path("label").asText("").equals("100万元至500万元");
    }
    assertThat(labelled).isTrue();

    JsonNode byStatus = reader.get("/api/reports/customers?by=status").json();
    assertThat(sum(byStatus.get("items"), "CONVERTED", "customers")).isGreaterThanOrEqualTo(2500);

    // paging the groups: regions 地区0..地区6 (+ those already there), two at a time
    JsonNode page = reader.get("/api/reports/customers?by=region&size=2&page=1").json();
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("groups").asLong()).isGreaterThanOrEqualTo(7);

    JsonNode keys = reader.get("/api/reports/customers/key-accounts?size=500").json();
    assertThat(keys.get("total").asLong()).isGreaterThanOrEqualTo(100);

    Http.Response csv = reader.get("/api/reports/customers?by=industry&format=csv", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("\uFEFF行业,代码,客户数,重点顾客,意向客户,正式客户,放弃跟进,上年度销售收入合计（元）");
    assertThat(csv.body()).contains("制造,制造," + (2000 + industriesBefore.getOrDefault("制造", 0L)) + ",");

    assertThat(reader.get("/api/reports/customers?by=colour").status()).isEqualTo(400);
    assertThat(reader.get("/api/reports/customers?by=grade&size=0").status()).isEqualTo(400);
    assertThat(Http.as(port, "huangmei").get("/api/reports/customers?by=grade").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-ARC-3 new, converted, dropped and reopened customers per month, from the archive's history")
  void monthly() {
    long id = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "月报-" + UUID.randomUUID().toString().substring(0, 8),
        "contactPerson", "李先生", "phone", String.format("1581%07d", (long) (Math.random() * 10_000_000L)), "intention", "MODERATE"))
        .json().get("id").asLong();
    String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    JsonNode before = Http.as(port, "chenjie").get("/api/reports/customers/monthly?from=" + month + "&to=" + month).json();
    jdbc.update("INSERT INTO csl_customer_change (customer_id, field, old_value, new_value, reason, changed_by, changed_at) "
        + "VALUES (?, 'status', 'PROSPECT', 'DROPPED', '测试', 'liuyang', ?)", id, Timestamp.from(Instant.now()));
    JsonNode after = Http.as(port, "chenjie").get("/api/reports/customers/monthly?from=" + month + "&to=" + month).json();
    assertThat(after.get("items").get(0).get("month").asText()).isEqualTo(month);
    assertThat(after.get("items").get(0).get("dropped").asLong())
        .isEqualTo(before.get("items").get(0).get("dropped").asLong() + 1);
    assertThat(after.get("items").get(0).get("registered").asLong()).isPositive();
    assertThat(Http.as(port, "chenjie").get("/api/reports/customers/monthly?from=2026-05&to=2026-01").status()).isEqualTo(400);
    assertThat(Http.as(port, "chenjie").get("/api/reports/customers/monthly?from=2026-13&to=2026-14").status()).isEqualTo(400);
    Http.Response csv = Http.as(port, "chenjie").get("/api/reports/customers/monthly?from=2026-01&to=2026-12&format=csv", "text/csv");
    assertThat(csv.body().split("\r\n")).hasSize(13);
  }
}
