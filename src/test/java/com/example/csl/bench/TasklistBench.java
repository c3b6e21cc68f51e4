package com.example.csl.bench;

import com.example.csl.support.Http;
import com.example.csl.support.TestPostgres;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The benchmark of issue 16 (not part of mvn verify; run {@code bench/run}): the application on a
 * real PostgreSQL, Tasklist's filter count and list as 张伟 (customer-service, the busy group) at
 * growing numbers of open tasks, and complaint registration through /api at 1/4/16 clients.
 * Prints one table. Sizes: {@code -Dbench.tasks=10000,50000,100000}; registration seconds per
 * level: {@code -Dbench.seconds=10}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "csl.notification.scheduling-enabled=false", "spring.jpa.properties.hibernate.generate_statistics=true",
    "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN"})
@ActiveProfiles("test")
class TasklistBench {

  /** A recording SMTP server, so the outbox's drain rate is measured against a real SMTP conversation. */
  static final com.example.csl.support.SlowSmtp SMTP;

  static {
    try {
      SMTP = new com.example.csl.support.SlowSmtp(java.time.Duration.ZERO);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", SMTP::port);
    String url = System.getProperty("bench.db.url");
    if (url != null && !url.isBlank()) {
      registry.add("spring.datasource.url", () -> url);
      registry.add("spring.datasource.username", () -> System.getProperty("bench.db.user", "postgres"));
      registry.add("spring.datasource.password", () -> System.getProperty("bench.db.password", ""));
    } else {
      TestPostgres.register(registry, "csl_bench");
    }
  }

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired JdbcTemplate jdbc;
  @Autowired com.example.csl.notification.NotificationSender sender;

  final List<String> table = new ArrayList<>();

  @Test
  void run() throws Exception {
    int[] sizes = Arrays.stream(System.getProperty("bench.tasks", "5000,10000").split(",")).filter(x -> !x.isBlank())
        .mapToInt(Integer::parseInt).toArray();
    int seconds = Integer.parseInt(System.getProperty("bench.seconds", "10"));
    table.add(String.format("machine: %d cores, Java %s; PostgreSQL %s (embedded unless -Dbench.db.url)", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), jdbc.queryForObject("show server_version", String.class)));
    table.add(String.format("JVM up to the first request: %.1f s; RSS %d MB", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
        rssMb()));
    registration(seconds);
    if (!Boolean.getBoolean("bench.skipLifecycle")) {
      lifecycle(seconds);
    }
    outbox();
    BpmnModelInstance model = Bpmn.createExecutableProcess("bench-open-task").camundaHistoryTimeToLive(3650)
        .startEvent().userTask("Task_Open").name("基准待办").camundaCandidateGroups("customer-service").endEvent().done();
    repositoryService.createDeployment().addModelInstance("bench-open-task.bpmn", model).deploy();
    for (String statement : System.getProperty("bench.sql", "").split(";")) {
      if (!statement.isBlank()) {
        jdbc.execute(statement);
      }
    }
    for (int size : sizes) {
      topUp(size);
      jdbc.execute("ANALYZE");
      tasklist(size);
      if (Boolean.getBoolean("bench.explain")) {
        explain();
      }
    }
    table.add("RSS at the end: " + rssMb() + " MB");
    System.out.println("\n==== benchmark ====\n" + String.join("\n", table) + "\n===================\n");
  }

  private void topUp(int size) throws Exception {
    long open = taskService.createTaskQuery().taskCandidateGroup("customer-service").count();
    long missing = size - open;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicLong left = new AtomicLong(missing);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      work.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          runtimeService.startProcessInstanceByKey("bench-open-task");
        }
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
  }

  private void tasklist(int size) {
    Http http = Http.as(port, "zhangwei");
    List<Filter> filters = filterService.createFilterQuery().list();
    long authRows = jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class);
    for (Filter filter : filters) {
      if (!List.of("我的任务", "部门待办", "即将超期").contains(filter.getName())) {
        continue;
      }
      // is this filter visible to zhangwei? (one filter per group name is shared; only the staff ones)
      List<Long> count = new ArrayList<>();
      List<Long> list = new ArrayList<>();
      String result = "";
      // 21 calls: past pgjdbc's prepare threshold (5) and PostgreSQL's switch to a generic plan (5 more)
      for (int i = 0; i < 21; i++) {
        long start = System.nanoTime();
        Http.Response c = http.get("/engine-rest/filter/" + filter.getId() + "/count");
        count.add((System.nanoTime() - start) / 1_000_000);
        result = c.body();
        start = System.nanoTime();
        http.post("/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15", Map.of());
        list.add((System.nanoTime() - start) / 1_000_000);
      }
      table.add(String.format(Locale.ROOT, "tasklist %-6s open=%6d auth rows=%6d  count p50 %5d ms p95 %5d ms  list p50 %5d ms p95 %5d ms  (%s)",
          filter.getName(), size, authRows, pct(count, 50), pct(count, 95), pct(list, 50), pct(list, 95), result));
    }
  }

  /** The plan of 部门待办's count, as the engine sends it (for finding out why it grows). */
  private void explain() {
    String sql = "EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ "
        + "left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 "
        + "AND ( A.USER_ID_ in ( 'zhangwei', '*') OR A.GROUP_ID_ IN ( 'customer-service' ) ) AND ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 "
        + "OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) ) ) AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' )) WHERE ( 1 = 1 "
        + "and RES.ASSIGNEE_ IS NULL and ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( 'customer-service' ) ) ) ) "
        + "and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) and (RES.TENANT_ID_ is null ) ) countDistinct";
    System.out.println("==== plan ====\n" + String.join("\n", jdbc.queryForList(sql, String.class)));
  }

  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;
  @Autowired jakarta.persistence.EntityManagerFactory entityManagerFactory;

  /** Statements the JVM prepares: the engine's (MyBatis) and the application's (Hibernate). */
  static final java.util.concurrent.atomic.AtomicLong ENGINE_STATEMENTS = new java.util.concurrent.atomic.AtomicLong();
  /** -Dbench.statements=true: the engine's statements by id, to find what a lifecycle sends. */
  static final Map<String, Long> BY_STATEMENT = new java.util.concurrent.ConcurrentHashMap<>();

  @org.apache.ibatis.plugin.Intercepts(@org.apache.ibatis.plugin.Signature(type = org.apache.ibatis.executor.statement.StatementHandler.class,
      method = "prepare", args = {java.sql.Connection.class, Integer.class}))
  static final class StatementCounter implements org.apache.ibatis.plugin.Interceptor {
    @Override
    public Object intercept(org.apache.ibatis.plugin.Invocation invocation) throws Throwable {
      ENGINE_STATEMENTS.incrementAndGet();
      if (Boolean.getBoolean("bench.statements")) {
        Object target = invocation.getTarget();
        while (java.lang.reflect.Proxy.isProxyClass(target.getClass())) { // another interceptor's plugin around it
          target = org.apache.ibatis.reflection.SystemMetaObject.forObject(java.lang.reflect.Proxy.getInvocationHandler(target)).getValue("target");
        }
        org.apache.ibatis.reflection.MetaObject handler = org.apache.ibatis.reflection.SystemMetaObject.forObject(target);
        if (handler.hasGetter("delegate.mappedStatement")) {
          String id = ((org.apache.ibatis.mapping.MappedStatement) handler.getValue("delegate.mappedStatement")).getId();
          BY_STATEMENT.merge(id.substring(id.lastIndexOf('.', id.lastIndexOf('.') - 1) + 1), 1L, Long::sum);
        }
      }
      return invocation.proceed();
    }
  }

  private long statements() {
    return ENGINE_STATEMENTS.get() + entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics()
        .getPrepareStatementCount();
  }

  /** One complaint's life through the API and the engine REST API, as the staff's Tasklist does it. */
  private void oneLifecycle(long customerId) {
    Http zhangwei = Http.as(port, "zhangwei");
    Http zhouqiang = Http.as(port, "zhouqiang");
    Http.Response registered = zhangwei.post("/api/complaints", Map.of("customerId", customerId, "channel", "HOTLINE",
        "category", "TECHNICAL", "description", "基准测试投诉（全流程）"));
    if (registered.status() != 201) {
      throw new IllegalStateException(registered.body());
    }
    String instance = registered.json().get("processInstanceId").asText();
    step(zhangwei, "zhangwei", instance, "Task_CheckValidity", Map.of("validity", "FOUNDED"));
    step(zhouqiang, "zhouqiang", instance, "Task_Reply", Map.of("investigation", "传感器故障", "replyToCustomer", "更换传感器"));
    step(zhouqiang, "zhouqiang", instance, "Task_RecordHandling", Map.of("handlingResult", "已更换传感器，运行正常"));
    step(zhangwei, "zhangwei", instance, "Task_Confirm", Map.of("confirmation", "SATISFIED", "confirmationMethod", "SIGNATURE",
        "confirmationReference", "签字单 BENCH"));
    step(zhangwei, "zhangwei", instance, "Task_Callback", Map.of("callbackOpinion", "客户满意"));
    // issue 20 (R-AS-13): the manager's closure before the archive
    step(Http.as(port, "lina"), "lina", instance, "Task_Closure", Map.of("responsiblePerson", "无", "penaltyLevel", "NONE"));
  }

  private static void step(Http http, String user, String instance, String key, Map<String, Object> values) {
    com.fasterxml.jackson.databind.JsonNode tasks = http.get("/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=" + key).json();
    if (tasks.size() != 1) {
      throw new IllegalStateException(key + ": " + tasks);
    }
    String id = tasks.get(0).get("id").asText();
    Http.Response claimed = http.post("/engine-rest/task/" + id + "/claim", Map.of("userId", user));
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    Http.Response done = http.post("/engine-rest/task/" + id + "/submit-form", Map.of("variables", variables));
    if (claimed.status() >= 300 || done.status() >= 300) {
      throw new IllegalStateException(key + ": " + claimed.status() + " " + done.status() + " " + done.body());
    }
  }

  private void lifecycle(int seconds) throws Exception {
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getSqlSessionFactory().getConfiguration().addInterceptor(new StatementCounter());
    long customerId = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "全流程基准客户",
        "contactPerson", "钱女士", "phone", "13600009998", "intention", "MODERATE")).json().path("id").asLong();
    oneLifecycle(customerId); // the engine REST's first calls
    for (int clients : new int[] {1, 4, 16}) {
      java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
      AtomicLong errors = new AtomicLong();
      Thread.sleep(1000);
      Map<String, Long> before = writes();
      long[] cpu = cpuMillis();
      long statementsBefore = statements();
      BY_STATEMENT.clear();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      jdk.jfr.Recording recording = null;
      if (clients == 4 && "lifecycle".equals(System.getProperty("bench.jfr.phase"))) {
        recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("default"));
        recording.start();
      }
      for (int c = 0; c < clients; c++) {
        pool.submit(() -> {
          while (System.nanoTime() < end) {
            try {
              oneLifecycle(customerId);
              done.incrementAndGet();
            } catch (RuntimeException e) {
              if (errors.incrementAndGet() == 1) {
                System.out.println("lifecycle error: " + e.getMessage());
              }
            }
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
      if (recording != null) {
        recording.stop();
        recording.dump(java.nio.file.Path.of(System.getProperty("bench.jfr")));
      }
      long[] cpuAfter = cpuMillis();
      long statementsAfter = statements();
      Thread.sleep(1500);
      Map<String, Long> after = writes();
      long n = Math.max(1, done.get());
      long rows = 0;
      for (Map.Entry<String, Long> e : after.entrySet()) {
        if (!e.getKey().startsWith("(")) {
          rows += Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
        }
      }
      List<String> reads = new ArrayList<>();
      after.entrySet().stream().filter(e -> e.getKey().startsWith("(seq read) ") || e.getKey().startsWith("(index fetch) "))
          .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
          .filter(e -> e.getValue() > 0).sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(6)
          .forEach(e -> reads.add(String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue() / (double) Math.max(1, done.get()))));
      table.add("  rows read per lifecycle, most first: " + String.join(", ", reads));
      if (Boolean.getBoolean("bench.statements")) {
        long lifecycles = Math.max(1, done.get());
        List<String> top = new ArrayList<>();
        BY_STATEMENT.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(25)
            .forEach(e -> top.add(String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / (double) lifecycles)));
        table.add("  engine statements per lifecycle: " + String.join(", ", top));
        BY_STATEMENT.clear();
      }
      table.add(String.format(Locale.ROOT, "lifecycle clients=%2d  %5.1f per s  errors %d  per lifecycle: %.0f statements prepared "
          + "by the JVM, %.0f rows written, %.1f transactions, CPU JVM %.0f ms + PostgreSQL %.0f ms",
          clients, done.get() / (double) seconds, errors.get(), (statementsAfter - statementsBefore) / (double) n, rows / (double) n,
          (after.get("(transactions)") - before.get("(transactions)")) / (double) n,
          (cpuAfter[0] - cpu[0]) / (double) n, (cpuAfter[1] - cpu[1]) / (double) n));
    }
  }

  /** Drains the mail the registrations produced (the sender was off meanwhile) and compares the rates. */
  private void outbox() {
    long pending = jdbc.queryForObject("select count(*) from csl_notification where status = 'PENDING'", Long.class);
    long start = System.nanoTime();
    long sent = 0;
    int delivered;
    while ((delivered = sender.sendDue()) > 0) {
      sent += delivered;
    }
    double secondsTaken = (System.nanoTime() - start) / 1e9;
    table.add(String.format(Locale.ROOT, "outbox: %d pending after the registrations (%.1f per s produced); one sender delivered %d in "
        + "%.1f s = %.0f per s (%.1f× the production rate); the SMTP server took %d messages",
        pending, pending / registrationSeconds, sent, secondsTaken, sent / secondsTaken, sent / secondsTaken / (pending / registrationSeconds),
        SMTP.messageIds().size()));
  }

  private double registrationSeconds = 1;

  /** Rows written per table and transactions, from PostgreSQL's statistics (what one registration costs). */
  private Map<String, Long> writes() {
    jdbc.execute("select pg_stat_clear_snapshot()");
    Map<String, Long> counts = new java.util.TreeMap<>();
    jdbc.query("select relname, n_tup_ins + n_tup_upd + n_tup_del, seq_tup_read, idx_tup_fetch from pg_stat_user_tables", rs -> {
      counts.put(rs.getString(1), rs.getLong(2));
      counts.put("(seq read) " + rs.getString(1), rs.getLong(3));
      counts.put("(index fetch) " + rs.getString(1), rs.getLong(4));
    });
    counts.put("(transactions)", jdbc.queryForObject(
        "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()", Long.class));
    return counts;
  }

  private void writesPerRegistration(Map<String, Long> before, Map<String, Long> after, long registrations) {
    List<String> rows = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, Long> e : after.entrySet()) {
      long delta = e.getValue() - before.getOrDefault(e.getKey(), 0L);
      if (delta > 0 && !e.getKey().startsWith("(")) {
        rows.add(String.format(Locale.ROOT, "%s %.1f", e.getKey(), delta / (double) registrations));
        total += delta;
      }
    }
    table.add(String.format(Locale.ROOT, "registration writes: %.1f rows and %.1f transactions per registration (all clients; "
        + "transactions include the benchmark's own reads)", total / (double) registrations,
        (after.get("(transactions)") - before.get("(transactions)")) / (double) registrations));
    table.add("  rows per registration by table: " + String.join(", ", rows));
  }

  private void registration(int seconds) throws Exception {
    Http.Response customer = Http.as(port, "wangfang").post("/api/customers", Map.of("name", "基准测试客户",
        "contactPerson", "钱女士", "phone", "13600009999", "intention", "MODERATE"));
    long customerId = customer.json().path("id").asLong();
    // stats are sent by the backends at transaction end; wait for them before and after
    Thread.sleep(1000);
    Map<String, Long> before = writes();
    long[] cpuBefore = cpuMillis();
    long registeredBefore = jdbc.queryForObject("select count(*) from csl_complaint", Long.class);
    registrationSeconds = 3.0 * seconds;
    for (int clients : new int[] {1, 4, 16}) {
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      AtomicLong errors = new AtomicLong();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long[] levelCpu = cpuMillis();
      long levelStart = jdbc.queryForObject("select count(*) from csl_complaint", Long.class);
      // -Dbench.jfr=target/bench.jfr: a CPU profile (Java Flight Recorder) of the 16-client level
      jdk.jfr.Recording recording = null;
      if (clients == 16 && System.getProperty("bench.jfr") != null && !"lifecycle".equals(System.getProperty("bench.jfr.phase"))) {
        recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration(System.getProperty("bench.jfr.settings", "default")));
        recording.start();
      }
      for (int c = 0; c < clients; c++) {
        pool.submit(() -> {
          Http http = Http.as(port, "zhangwei");
          while (System.nanoTime() < end) {
            long start = System.nanoTime();
            Http.Response r = http.post("/api/complaints", Map.of("customerId", customerId, "channel", "HOTLINE",
                "category", "TECHNICAL", "description", "基准测试投诉"));
            latencies.add((System.nanoTime() - start) / 1_000_000);
            if (r.status() != 201) {
              errors.incrementAndGet();
            }
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
      if (recording != null) {
        recording.stop();
        recording.dump(java.nio.file.Path.of(System.getProperty("bench.jfr")));
      }
      long[] levelCpuAfter = cpuMillis();
      long levelCount = Math.max(1, jdbc.queryForObject("select count(*) from csl_complaint", Long.class) - levelStart);
      table.add(String.format(Locale.ROOT, "registration clients=%2d  %6.1f per s  p50 %4d ms p95 %4d ms p99 %4d ms  errors %d  "
          + "CPU per registration: JVM %.1f ms, PostgreSQL %.1f ms",
          clients, latencies.size() / (double) seconds, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), errors.get(),
          (levelCpuAfter[0] - levelCpu[0]) / (double) levelCount, (levelCpuAfter[1] - levelCpu[1]) / (double) levelCount));
    }
    long[] cpuAfter = cpuMillis();
    Thread.sleep(1500);
    long registered = jdbc.queryForObject("select count(*) from csl_complaint", Long.class) - registeredBefore;
    writesPerRegistration(before, writes(), registered);
    table.add(String.format(Locale.ROOT, "registration CPU: JVM %.1f ms (the benchmark's HTTP clients included), PostgreSQL %.1f ms "
        + "per registration", (cpuAfter[0] - cpuBefore[0]) / (double) registered, (cpuAfter[1] - cpuBefore[1]) / (double) registered));
    List<String> numbers = jdbc.queryForList("select complaint_number from csl_complaint order by complaint_number", String.class);
    table.add("registration: " + numbers.size() + " complaints, " + numbers.stream().distinct().count() + " distinct numbers");
  }

  /** CPU time of this JVM and of this user's PostgreSQL processes on the machine, in ms. */
  static long[] cpuMillis() {
    long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
    long postgres = 0;
    String uid = null;
    try {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
        if (line.startsWith("Uid:")) {
          uid = line.split("\\s+")[1];
        }
      }
      try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
        for (java.nio.file.Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
          try {
            String stat = java.nio.file.Files.readString(dir.resolve("stat"));
            if (!stat.contains("(postgres)")) {
              continue;
            }
            String me = uid;
            boolean mine = java.nio.file.Files.readAllLines(dir.resolve("status")).stream()
                .anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[1].equals(me));
            if (!mine) {
              continue;
            }
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            postgres += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime + stime, 100 ticks per second
          } catch (java.io.IOException | RuntimeException gone) {
            // the process ended meanwhile
          }
        }
      }
    } catch (java.io.IOException e) {
      return new long[] {jvm, -1};
    }
    return new long[] {jvm, postgres};
  }

  static long rssMb() {
    try {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (java.io.IOException e) {
      return -1;
    }
    return -1;
  }

  static long pct(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
