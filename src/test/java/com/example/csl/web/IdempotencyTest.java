package com.example.csl.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.complaint.ComplaintRepository;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Safe retries (issue 17): the same Idempotency-Key and body answer the first result again; nothing is created twice. */
@CslSpringTest
class IdempotencyTest {

  @LocalServerPort int port;
  @Autowired ComplaintRepository complaints;
  @Autowired CustomerRepository customers;

  HttpResponse<String> post(String user, String path, String key, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("R-AS-1 R-PRE-1 a retried registration with the same key returns the same customer and complaint number; another body is 409")
  void retriesAreSafe() throws Exception {
    long customersBefore = customers.count();
    String customer = "{\"name\":\"幂等测试有限公司\",\"contactPerson\":\"钱女士\",\"phone\":\"13600008888\",\"intention\":\"MODERATE\"}";
    HttpResponse<String> first = post("wangfang", "/api/customers", "cust-0001", customer);
    HttpResponse<String> again = post("wangfang", "/api/customers", "cust-0001", customer);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(customers.count()).isEqualTo(customersBefore + 1);
    long customerId = Http.as(port, "wangfang").get("/api/customers?size=100").json().findValues("id").stream()
        .mapToLong(n -> n.asLong()).max().orElseThrow();

    long complaintsBefore = complaints.count();
    String complaint = "{\"customerId\":" + customerId + ",\"channel\":\"HOTLINE\",\"category\":\"OTHER\",\"description\":\"重试\"}";
    HttpResponse<String> registered = post("zhangwei", "/api/complaints", "ts-0001", complaint);
    HttpResponse<String> retried = post("zhangwei", "/api/complaints", "ts-0001", complaint);
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    assertThat(retried.body()).isEqualTo(registered.body());
    assertThat(complaints.count()).isEqualTo(complaintsBefore + 1);
    HttpResponse<String> other = post("zhangwei", "/api/complaints", "ts-0001", complaint.replace("重试", "另一件事"));
    assertThat(other.statusCode()).isEqualTo(409);
    assertThat(other.body()).contains("Idempotency-Key");
    // keys are per user: lina's ts-0001 is her own
    HttpResponse<String> lina = post("lina", "/api/complaints", "ts-0001", complaint);
    assertThat(lina.statusCode()).isEqualTo(201);
    assertThat(lina.body()).isNotEqualTo(registered.body());
    assertThat(complaints.count()).isEqualTo(complaintsBefore + 2);
    // a bad key is refused
    assertThat(post("zhangwei", "/api/complaints", "bad key", complaint).statusCode()).isEqualTo(400);
    // a refused request keeps no key and changed nothing: corrected, the same key registers once
    String refused = complaint.replace("\"OTHER\"", "\"NO_SUCH_CATEGORY\"").replace("重试", "改正后");
    assertThat(post("zhangwei", "/api/complaints", "ts-0002", refused).statusCode()).isEqualTo(400);
    assertThat(complaints.count()).isEqualTo(complaintsBefore + 2);
    assertThat(post("zhangwei", "/api/complaints", "ts-0002", refused.replace("NO_SUCH_CATEGORY", "OTHER")).statusCode())
        .isEqualTo(201);
    assertThat(complaints.count()).isEqualTo(complaintsBefore + 3);
    // the same key sent twice at the same moment (a client's retry overtaking its first try): one case, one answer
    String twice = complaint.replace("重试", "并发重试");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Future<HttpResponse<String>> a = pool.submit(() -> post("zhangwei", "/api/complaints", "ts-0003", twice));
      java.util.concurrent.Future<HttpResponse<String>> b = pool.submit(() -> post("zhangwei", "/api/complaints", "ts-0003", twice));
      HttpResponse<String> ra = a.get();
      HttpResponse<String> rb = b.get();
      assertThat(java.util.List.of(ra.statusCode(), rb.statusCode())).as(ra.body() + " / " + rb.body()).containsOnly(201);
      assertThat(rb.body()).isEqualTo(ra.body());
    } finally {
      pool.shutdownNow();
    }
    assertThat(complaints.count()).isEqualTo(complaintsBefore + 4);
  }
}
