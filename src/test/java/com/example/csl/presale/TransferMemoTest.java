package com.example.csl.presale;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.CustomerStatus;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** R-PRE-9: the monthly transfer memo, made by pre-sale-monthly-memo on the first working day. */
@CslSpringTest
class TransferMemoTest {

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired CustomerRepository customers;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Customer customer(String name, String grade, Instant registered, CustomerStatus status, Instant closed) {
    Customer customer = new Customer();
    customer.setName(name + "-" + System.nanoTime());
    customer.setContactPerson("甲");
    customer.setPhone("1370000" + (int) (Math.random() * 10000));
    customer.setIntention(com.example.csl.customer.Intention.MODERATE);
    customer.setChannel("API");
    customer.setGrade(grade);
    customer.setStatus(status);
    customer.setRegisteredAt(registered);
    customer.setClosedAt(closed);
    return customers.save(customer);
  }

  private void runMonthlyJobAt(String isoInstant) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(isoInstant).toInstant()));
    Job job = managementService.createJobQuery().processDefinitionKey("pre-sale-monthly-memo").timers().singleResult();
    managementService.executeJob(job.getId());
  }

  @Test
  @DisplayName("R-PRE-9 on the first working day the previous month's memo lists carried-over, converted and dropped customers per grade")
  void monthlyMemo() {
    Instant october = ZonedDateTime.parse("2026-10-20T10:00:00+08:00").toInstant();
    Instant inSeptember = ZonedDateTime.parse("2026-09-20T10:00:00+08:00").toInstant();
    Customer carried = customer("持续跟进", "B", october, CustomerStatus.PROSPECT, null);
    Customer converted = customer("已转正式", "A", october, CustomerStatus.CONVERTED,
        ZonedDateTime.parse("2026-10-28T15:00:00+08:00").toInstant());
    Customer dropped = customer("已放弃", "C", october, CustomerStatus.DROPPED,
        ZonedDateTime.parse("2026-10-30T15:00:00+08:00").toInstant());
    Customer closedBefore = customer("九月已结", "C", inSeptember, CustomerStatus.DROPPED,
        ZonedDateTime.parse("2026-09-25T15:00:00+08:00").toInstant());
    Customer convertedLater = customer("十一月转正", "B", october, CustomerStatus.CONVERTED,
        ZonedDateTime.parse("2026-11-03T15:00:00+08:00").toInstant());

    // Sun 2026-11-01 is no working day: nothing yet; Mon 2026-11-02 is the first working day of November
    runMonthlyJobAt("2026-11-01T09:00:00+08:00");
    assertThat(Http.as(port, "chenjie").get("/api/reports/transfer-memo?month=2026-10").status()).isEqualTo(404);
    runMonthlyJobAt("2026-11-02T09:00:00+08:00");
    runMonthlyJobAt("2026-11-02T09:00:01+08:00"); // a second run keeps the one memo

    Http.Response response = Http.as(port, "chenjie").get("/api/reports/transfer-memo?month=2026-10");
    assertThat(response.status()).isEqualTo(200);
    Map<Long, String> outcomes = new HashMap<>();
    for (JsonNode line : response.json().get("lines")) {
      outcomes.put(line.get("customerId").asLong(), line.get("outcome").asText());
    }
    assertThat(outcomes).containsEntry(carried.getId(), "CARRIED_OVER")
        .containsEntry(converted.getId(), "CONVERTED")
        .containsEntry(dropped.getId(), "DROPPED")
        .containsEntry(convertedLater.getId(), "CARRIED_OVER")
        .doesNotContainKey(closedBefore.getId());
    JsonNode summary = response.json().get("summary");
    assertThat(summary.get("A").get("CONVERTED").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(summary.get("C").get("DROPPED").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("End_NotFirstWorkingDay").count()).isPositive();

    assertThat(Http.as(port, "chenjie").get("/api/reports/transfer-memo?month=10-2026").status()).isEqualTo(400);
    assertThat(Http.as(port, "huangmei").get("/api/reports/transfer-memo?month=2026-10").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-PRE-9 a first working day spent down is made up: the memo is produced the next working day, and only once")
  void missedDueDateCaughtUp() {
    customer("十一月跟进", "B", ZonedDateTime.parse("2026-11-10T10:00:00+08:00").toInstant(), CustomerStatus.PROSPECT, null);
    // Tue 2026-12-01 is December's first working day; the application is down all day. Wed 2 December:
    runMonthlyJobAt("2026-12-02T09:00:00+08:00");
    Http.Response memo = Http.as(port, "chenjie").get("/api/reports/transfer-memo?month=2026-11");
    assertThat(memo.status()).as(memo.body()).isEqualTo(200);
    long made = historyService.createHistoricActivityInstanceQuery().activityId("Task_CreateTransferMemo").count();
    runMonthlyJobAt("2026-12-03T09:00:00+08:00");
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_CreateTransferMemo").count())
        .as("the period's record exists: not produced again").isEqualTo(made);
    ClockUtil.reset();
  }
}
