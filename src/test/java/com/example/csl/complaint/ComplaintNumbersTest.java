package com.example.csl.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 统一编号 without a hot row (issue 16): numbers unique and increasing, and a number no complaint carries is reported. */
@CslSpringTest
class ComplaintNumbersTest {

  @LocalServerPort int port;
  @Autowired ComplaintNumbers numbers;
  @Autowired WorkingDayCalendar calendar;

  @Test
  @DisplayName("R-AS-1 a number taken by a registration that then failed is listed as unused; the others follow on")
  void gapsAreVisible() {
    Http.Response customer = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "编号测试客户",
        "contactPerson", "钱女士", "phone", "13600007777", "intention", "MODERATE"));
    long customerId = customer.json().path("id").asLong();
    Map<String, Object> body = Map.of("customerId", customerId, "channel", "HOTLINE", "category", "OTHER", "description", "编号");
    String first = Http.as(port, "zhangwei").post("/api/complaints", body).json().path("number").asText();
    // a registration that took its number and then failed (the number is committed on its own)
    String lost = numbers.next(calendar.today());
    String second = Http.as(port, "zhangwei").post("/api/complaints", body).json().path("number").asText();
    assertThat(first.compareTo(lost)).isNegative();
    assertThat(lost.compareTo(second)).isNegative();
    Http.Response report = Http.as(port, "zhangwei").get("/api/reports/complaint-numbers?day=" + calendar.today());
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().path("unused").toString()).contains(lost).doesNotContain(first).doesNotContain(second);
    assertThat(report.json().path("issued").asInt()).isGreaterThanOrEqualTo(3);
  }
}
