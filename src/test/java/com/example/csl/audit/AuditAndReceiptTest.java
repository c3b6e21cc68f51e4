package com.example.csl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.Intention;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The registrant's receipt (issue 18.4) and the audit page's dictionary (issue 18.5), through the real API. */
@CslSpringTest
class AuditAndReceiptTest {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;

  private JsonNode registerFor(String email) {
    Customer c = new Customer();
    c.setName("回执测试客户-" + System.nanoTime());
    c.setContactPerson("钱先生");
    c.setPhone("1350000" + String.format("%04d", (int) (Math.random() * 10000)));
    c.setEmail(email);
    c.setIntention(Intention.STRONG);
    c.setChannel("API");
    c.setRegisteredAt(Instant.now());
    Customer customer = customers.save(c);
    Http.Response response = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customer.getId(),
        "channel", "HOTLINE", "category", "TECHNICAL", "description", "回执测试", "customerRequest", "上门"));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  @Test
  @DisplayName("R-AS-2 a customer without e-mail: the complaint says the number must be given by phone, and records who gave it, once")
  void phoneAcknowledgement() {
    String number = registerFor(null).get("number").asText();
    JsonNode ack = Http.as(port, "zhangwei").get("/api/complaints/" + number).json().get("acknowledgement");
    assertThat(ack.get("mail").asText()).isEqualTo("SKIPPED");
    assertThat(ack.get("phoneNeeded").asBoolean()).isTrue();
    assertThat(Http.as(port, "liuyang").post("/api/complaints/" + number + "/phone-acknowledgement", Map.of()).status()).isEqualTo(403);
    JsonNode first = Http.as(port, "zhangwei").post("/api/complaints/" + number + "/phone-acknowledgement", Map.of()).json();
    assertThat(first.at("/acknowledgement/phoneBy").asText()).isEqualTo("zhangwei");
    String at = first.at("/acknowledgement/phoneAt").asText();
    JsonNode again = Http.as(port, "lina").post("/api/complaints/" + number + "/phone-acknowledgement", Map.of()).json();
    assertThat(again.at("/acknowledgement/phoneBy").asText()).as("the first record stands").isEqualTo("zhangwei");
    assertThat(again.at("/acknowledgement/phoneAt").asText()).isEqualTo(at);

    JsonNode mailed = Http.as(port, "zhangwei").get("/api/complaints/" + registerFor("qian@example.com").get("number").asText())
        .json().get("acknowledgement");
    assertThat(mailed.get("mail").asText()).isEqualTo("PENDING");
    assertThat(mailed.get("phoneNeeded").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("R-AUD-1 the audit page's labels: variables and coded values as the forms word them, people and departments by name, the zone; only for a case the caller may read")
  void auditLabels() {
    String instance = registerFor(null).get("processInstanceId").asText();
    Http.Response labels = Http.as(port, "fengyi").get("/api/audit/labels?processInstanceId=" + instance);
    assertThat(labels.status()).as(labels.body()).isEqualTo(200);
    JsonNode body = labels.json();
    assertThat(body.get("zone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(body.at("/variables/validity").asText()).isEqualTo("投诉是否成立");
    assertThat(body.at("/values/validity/FOUNDED").asText()).isEqualTo("成立，开具处理通知单");
    assertThat(body.at("/values/category/TECHNICAL").asText()).isEqualTo("技术故障");
    assertThat(body.at("/users/zhangwei").asText()).isEqualTo("张伟");
    assertThat(body.at("/groups/eng-tech").asText()).isEqualTo("工程技术部");
    // 投诉受理审核 shows the complaint read-only and asks for the validity: only what a person enters counts as submitted
    assertThat(body.at("/formFields/Task_CheckValidity").toString()).contains("validity").doesNotContain("customerName");
    assertThat(Http.as(port, "zhangwei").get("/api/audit/labels?processInstanceId=" + instance).status()).isEqualTo(404);
  }
}
