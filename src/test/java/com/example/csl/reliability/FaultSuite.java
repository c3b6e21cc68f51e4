package com.example.csl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.SlowSmtp;
import com.example.csl.support.TestPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The fault suite of issue 17 (not part of mvn verify; {@code faults/run}, see docs/reliability.md): the packaged
 * application as two real processes ({@code java -jar}, profile postgres) on one PostgreSQL, a recording SMTP
 * server, and the faults — both nodes starting together on an empty database, kill -9 of a node during
 * registrations (clients retry unanswered requests with their Idempotency-Key on the other node), the mail
 * server down longer than the retry window, a mail server that accepts and never greets, a retried request.
 * It prints one table (also target/faults.txt) and asserts the figures: 0 lost, 0 duplicate cases, every
 * notification delivered, repeated only with the same Message-ID.
 */
class FaultSuite {

  static final String PASSWORD = "Fault#Suite2026";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final Path JAR = Path.of(System.getProperty("faults.jar", "target/customer-service-lifecycle-0.1.0-SNAPSHOT.jar"));
  static final int SECONDS = Integer.getInteger("faults.seconds", 40);
  /** Clients in all, half per node; each pauses a little between registrations so a restarting node gets CPU on 2 cores. */
  static final int CLIENTS = Integer.getInteger("faults.clients", 4);

  /** One application process. */
  static final class Node {
    final String name;
    final int port;
    final List<String> command;
    final Map<String, String> env;
    final File log;
    Process process;

    Node(String name, int port, List<String> command, Map<String, String> env) {
      this(name, port, command, env, new File("target/faults/" + name + ".log"));
    }

    Node(String name, int port, List<String> command, Map<String, String> env, File log) {
      this.name = name;
      this.port = port;
      this.command = command;
      this.env = env;
      this.log = log;
    }

    void start() throws IOException {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(env);
      builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
      process = builder.start();
    }

    void kill9() throws InterruptedException {
      process.destroyForcibly(); // SIGKILL on Linux
      process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean ready() {
      try {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    void awaitReady(Duration limit) throws InterruptedException {
      long until = System.nanoTime() + limit.toNanos();
      while (!ready()) {
        assertThat(process.isAlive()).as(name + " died during start; see " + log).isTrue();
        assertThat(System.nanoTime()).as(name + " not ready in " + limit).isLessThan(until);
        Thread.sleep(500);
      }
    }
  }

  record Answer(int status, String body) {}

  static Answer call(int port, String user, String method, String path, Object body, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    if (idempotencyKey != null) {
      builder.header("Idempotency-Key", idempotencyKey);
    }
    String text = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
    builder.header("Content-Type", "application/json");
    builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void faults() throws Exception {
    assertThat(JAR).as("build the jar first: faults/run does (mvn -DskipTests package)").exists();
    Files.createDirectories(Path.of("target/faults"));
    TestPostgres.Database db = TestPostgres.freshDatabase("csl_faults");
    Map<String, Object> figures = new LinkedHashMap<>();
    try (SlowSmtp smtp = new SlowSmtp(Duration.ZERO)) {
      Map<String, String> env = Map.of("DB_URL", db.url(), "DB_USER", db.user(), "DB_PASSWORD", db.password(),
          "CSL_ADMIN_PASSWORD", PASSWORD, "SPRING_MAIL_HOST", "localhost", "SPRING_MAIL_PORT", String.valueOf(smtp.port()));
      List<Node> nodes = new ArrayList<>();
      for (String name : List.of("node1", "node2")) {
        int port = freePort();
        nodes.add(new Node(name, port, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-jar", JAR.toString(), "--spring.profiles.active=postgres", "--server.port=" + port,
            // short retry window and timeouts, so an outage of 25 s outlasts it and a stall of 8 s exceeds them
            "--csl.notification.send-interval=PT1S", "--csl.notification.max-attempts=2",
            "--csl.notification.backoff=PT2S", "--csl.notification.max-backoff=PT5S",
            "--spring.mail.properties.mail.smtp.connectiontimeout=3000", "--spring.mail.properties.mail.smtp.timeout=5000",
            "--spring.mail.properties.mail.smtp.writetimeout=5000", "--csl.notification.lease=PT20S"), env));
      }
      Node one = nodes.get(0);
      Node two = nodes.get(1);
      try {
        // 1. both nodes start at the same moment on an empty database
        long started = System.nanoTime();
        one.start();
        two.start();
        one.awaitReady(Duration.ofMinutes(4));
        two.awaitReady(Duration.ofMinutes(4));
        figures.put("two nodes started together on an empty database", "both ready in "
            + (System.nanoTime() - started) / 1_000_000_000 + " s");

        // users and customers, as an administrator would create them
        for (String[] user : new String[][] {{"kefu1", "customer-service"}, {"yingxiao1", "marketing"}}) {
          Answer created = call(one.port, "admin", "POST", "/engine-rest/user/create", Map.of(
              "profile", Map.of("id", user[0], "firstName", "测试", "lastName", user[0], "email", user[0] + "@example.com"),
              "credentials", Map.of("password", PASSWORD)), null);
          assertThat(created.status()).as(created.body()).isEqualTo(204);
          assertThat(call(one.port, "admin", "PUT", "/engine-rest/group/" + user[1] + "/members/" + user[0], null, null).status())
              .isEqualTo(204);
        }
        List<Long> customers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          Answer customer = call(two.port, "yingxiao1", "POST", "/api/customers", Map.of("name", "故障测试客户" + i,
              "contactPerson", "钱经理", "phone", String.format("1370000%04d", i), "email", "customer" + i + "@example.com",
              "intention", "MODERATE"), "customer-" + i);
          assertThat(customer.status()).as(customer.body()).isEqualTo(201);
          customers.add(JSON.readTree(customer.body()).get("id").asLong());
        }

        // 2. registrations on both nodes; node1 is killed (-9) and restarted; the mail server goes down and stalls
        Map<String, String> answered = new ConcurrentHashMap<>(); // idempotency key -> complaint number
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
          Node home = c % 2 == 0 ? one : two;
          Node other = home == one ? two : one;
          clients.submit(() -> {
            while (running.get()) {
              String key = UUID.randomUUID().toString();
              long customerId = customers.get(ThreadLocalRandom.current().nextInt(customers.size()));
              String body = "{\"customerId\":" + customerId + ",\"channel\":\"HOTLINE\",\"category\":\"OTHER\","
                  + "\"description\":\"故障注入 " + key + "\"}";
              attempts.incrementAndGet();
              String number = null;
              for (int attempt = 0; attempt < 20 && number == null; attempt++) {
                Node target = attempt % 2 == 0 ? home : other;
                try {
                  Answer answer = call(target.port, "kefu1", "POST", "/api/complaints", body, key);
                  if (answer.status() == 201) {
                    number = JSON.readTree(answer.body()).get("number").asText();
                  } else if (answer.status() != 409 && answer.status() < 500) {
                    throw new IllegalStateException(answer.status() + " " + answer.body());
                  }
                } catch (IOException noAnswer) {
                  // the node is gone: the same key on the other node
                } catch (InterruptedException e) {
                  return null;
                }
                if (number == null) {
                  retried.incrementAndGet();
                  try {
                    Thread.sleep(500);
                  } catch (InterruptedException e) {
                    return null;
                  }
                }
              }
              if (number == null) {
                unanswered.add(key);
              } else {
                answered.put(key, number);
              }
              try {
                Thread.sleep(50);
              } catch (InterruptedException e) {
                return null;
              }
            }
            return null;
          });
        }
        long t0 = System.nanoTime();
        sleepUntil(t0, SECONDS * 0.15);
        smtp.down(true);                          // mail server down
        sleepUntil(t0, SECONDS * 0.25);
        one.kill9();                              // node1 dies mid-request
        figures.put("kill -9", "node1 after " + (System.nanoTime() - t0) / 1_000_000_000 + " s of load");
        sleepUntil(t0, SECONDS * 0.35);
        one.start();                              // and comes back
        one.awaitReady(Duration.ofMinutes(5));
        sleepUntil(t0, SECONDS * 0.15 + 25);      // the outage lasts 25 s: longer than the retry window (2 tries, ~7 s)
        smtp.down(false);
        smtp.greetingDelay(Duration.ofSeconds(8)); // then the server accepts and does not greet for 8 s (> timeout 5 s)
        sleepUntil(t0, SECONDS * 0.15 + 40);
        smtp.greetingDelay(Duration.ZERO);
        sleepUntil(t0, SECONDS);
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

        // 3. a retried request: the same key and body on the other node answers the same number; another body is 409
        String key = "explicit-retry";
        String body = "{\"customerId\":" + customers.get(0) + ",\"channel\":\"HOTLINE\",\"category\":\"OTHER\",\"description\":\"重试\"}";
        Answer first = call(one.port, "kefu1", "POST", "/api/complaints", body, key);
        Answer again = call(two.port, "kefu1", "POST", "/api/complaints", body, key);
        Answer changed = call(two.port, "kefu1", "POST", "/api/complaints", body.replace("重试", "另一件"), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(changed.status()).isEqualTo(409);
        figures.put("retried request, same key on the other node", "same answer " + JSON.readTree(again.body()).get("number").asText()
            + "; another body 409");

        // 4. every notification delivered (the outbox drains once the server is back)
        long drainStarted = System.nanoTime();
        try (Connection sql = DriverManager.getConnection(db.url(), db.user(), db.password())) {
          while (count(sql, "select count(*) from csl_notification where status = 'PENDING'") > 0) {
            assertThat((System.nanoTime() - drainStarted) / 1_000_000_000).as("outbox drained in 3 minutes").isLessThan(180);
            Thread.sleep(1000);
          }
          // figures from the database and the SMTP server
          long complaints = count(sql, "select count(*) from csl_complaint where description like '故障注入 %'");
          long distinctKeys = count(sql, "select count(distinct description) from csl_complaint where description like '故障注入 %'");
          long distinctNumbers = count(sql, "select count(distinct complaint_number) from csl_complaint");
          long allComplaints = count(sql, "select count(*) from csl_complaint");
          long orphans = count(sql, "select count(*) from csl_complaint c where not exists (select 1 from act_hi_procinst p "
              + "where p.business_key_ = c.complaint_number)");
          Set<String> inDatabase = new HashSet<>();
          try (Statement st = sql.createStatement();
              ResultSet rs = st.executeQuery("select description from csl_complaint where description like '故障注入 %'")) {
            while (rs.next()) {
              inDatabase.add(rs.getString(1).substring("故障注入 ".length()));
            }
          }
          long lost = answered.keySet().stream().filter(k -> !inDatabase.contains(k)).count();
          long storedButUnanswered = unanswered.stream().filter(inDatabase::contains).count();
          long sent = count(sql, "select count(*) from csl_notification where status = 'SENT'");
          long failed = count(sql, "select count(*) from csl_notification where status = 'FAILED'");
          long skipped = count(sql, "select count(*) from csl_notification where status = 'SKIPPED'");
          List<String> received = smtp.messageIds();
          Set<String> distinctReceived = new HashSet<>(received);
          Set<String> expectedIds = new HashSet<>();
          try (Statement st = sql.createStatement();
              ResultSet rs = st.executeQuery("select idempotency_key from csl_notification where status = 'SENT'")) {
            while (rs.next()) {
              expectedIds.add("<" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                  .digest(rs.getString(1).getBytes(StandardCharsets.UTF_8))) + "@customer-service-lifecycle>");
            }
          }
          long notReceived = expectedIds.stream().filter(id -> !distinctReceived.contains(id)).count();
          String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
          Answer numbers = call(two.port, "kefu1", "GET", "/api/reports/complaint-numbers?day=" + today, null, null);
          JsonNode unused = JSON.readTree(numbers.body()).path("unused");

          figures.put("registrations (logical, each with its own Idempotency-Key)", attempts.get());
          figures.put("answered 201 (after retries on the other node)", answered.size());
          figures.put("retries (no answer, or 409 while the first try ran)", retried.get());
          figures.put("never answered", unanswered.size());
          figures.put("complaints stored for them", complaints + " (distinct keys " + distinctKeys + ")");
          figures.put("lost (answered but not stored)", lost);
          figures.put("duplicate cases (one key stored twice)", complaints - distinctKeys);
          figures.put("stored but never answered", storedButUnanswered);
          figures.put("complaint numbers unique", distinctNumbers + " of " + allComplaints);
          figures.put("numbers taken but unused (listed by /api/reports/complaint-numbers)", unused.size());
          figures.put("orphans (complaint without its process)", orphans);
          figures.put("notifications sent / failed / skipped / pending", sent + " / " + failed + " / " + skipped + " / 0");
          figures.put("messages the SMTP server took (distinct Message-IDs)", received.size() + " (" + distinctReceived.size() + ")");
          figures.put("sent notifications the server never got", notReceived);
          figures.put("repeated deliveries (same Message-ID, after the kill between acceptance and record)",
              received.size() - distinctReceived.size());
          figures.put("outbox drained after the load in", (System.nanoTime() - drainStarted) / 1_000_000 + " ms");

          StringBuilder table = new StringBuilder("==== fault suite ====\n");
          figures.forEach((what, value) -> table.append(String.format("%-95s %s%n", what, value)));
          table.append("=====================\n");
          System.out.print(table);
          Files.writeString(Path.of("target/faults.txt"), table.toString());

          assertThat(unanswered).as("every registration answered in the end").isEmpty();
          assertThat(lost).isZero();
          assertThat(complaints).as("no duplicate case").isEqualTo(distinctKeys);
          assertThat(distinctNumbers).isEqualTo(allComplaints);
          assertThat(orphans).isZero();
          assertThat(failed).isZero();
          assertThat(notReceived).isZero();
          assertThat(distinctReceived).containsAll(expectedIds);
        }
      } finally {
        for (Node node : nodes) {
          if (node.process != null) {
            node.process.destroyForcibly();
          }
        }
      }
    }
  }

  private static long count(Connection sql, String query) throws Exception {
    try (Statement st = sql.createStatement(); ResultSet rs = st.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void sleepUntil(long t0, double seconds) throws InterruptedException {
    long wait = t0 + (long) (seconds * 1_000_000_000L) - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000);
    }
  }
}
