package com.example.csl.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R-SEC-1, R-SEC-2, R-SEC-3: authentication of both APIs, per-group task visibility, read-only
 * auditors, password policy and login throttling — through the real engine, REST API and webapps.
 */
@CslSpringTest
class SecurityTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityBootstrap identityBootstrap;

  private String deploymentId;
  private ProcessInstance instance;
  private Task task;

  /** A customer-service task with a timer job, started by the candidate starter group. */
  @BeforeEach
  void deployFixture() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("security-fixture")
        .name("权限测试").camundaHistoryTimeToLive(1)
        .startEvent("Start").name("开始")
        .userTask("Task_CustomerService").name("客服任务").camundaCandidateGroups("customer-service")
        .boundaryEvent("Timer_Remind").name("提醒").timerWithDuration("P1D").cancelActivity(false)
        .endEvent("End_Remind").name("提醒结束")
        .moveToActivity("Task_CustomerService").endEvent("End").name("结束")
        .done();
    model.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById("security-fixture")
        .setCamundaCandidateStarterGroups("customer-service");
    deploymentId = repositoryService.createDeployment().addModelInstance("security-fixture.bpmn", model).deploy().getId();
    identityBootstrap.grantStarters();
    instance = runtimeService.startProcessInstanceByKey("security-fixture", Map.of("note", "原始"));
    task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  @AfterEach
  void removeFixture() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  @DisplayName("R-SEC-1 /engine-rest and /api answer 401 without or with wrong credentials")
  void authenticationRequired() {
    assertThat(Http.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
    // a wrong password locks the account for a few seconds (R-SEC-2), so use a user of this test only
    assertThat(Http.as(port, throwawayUser("wrongpw"), "wrong-password").get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(Http.anonymous(port).get("/api/calendar/due?from=2026-12-31T17:00:00%2B08:00&workingDays=1").status())
        .isEqualTo(401);
    assertThat(Http.as(port, "nobody", "Service#2026").get("/api/calendar/due").status()).isEqualTo(401);
    assertThat(Http.as(port, "zhangwei").get("/engine-rest/task").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-SEC-1 a marketing user neither sees nor can claim or complete a customer-service task; customer service can")
  void tasksOnlyForTheirGroups() {
    Http marketing = Http.as(port, "liuyang");
    assertThat(marketing.get("/engine-rest/task?processInstanceId=" + instance.getId()).json()).isEmpty();
    assertThat(marketing.get("/engine-rest/task/" + task.getId()).status()).isEqualTo(404);
    assertThat(marketing.post("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "liuyang")).status())
        .isEqualTo(403);
    assertThat(marketing.post("/engine-rest/task/" + task.getId() + "/complete", Map.of()).status()).isEqualTo(403);
    assertThat(marketing.get("/engine-rest/task/" + task.getId() + "/variables").status()).isIn(403, 404);

    Http customerService = Http.as(port, "zhangwei");
    assertThat(customerService.get("/engine-rest/task?processInstanceId=" + instance.getId()).json()).hasSize(1);
    assertThat(customerService.post("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "zhangwei")).status())
        .isEqualTo(204);
    assertThat(customerService.post("/engine-rest/task/" + task.getId() + "/complete", Map.of()).status()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  @DisplayName("R-SEC-1 starting a process is granted to the model's candidate starter groups only")
  void startPermissionFollowsTheModel() {
    assertThat(Http.as(port, "zhangwei").post("/engine-rest/process-definition/key/security-fixture/start", Map.of())
        .status()).isEqualTo(200);
    assertThat(Http.as(port, "liuyang").post("/engine-rest/process-definition/key/security-fixture/start", Map.of())
        .status()).isEqualTo(403);
    assertThat(Http.as(port, "fengyi").post("/engine-rest/process-definition/key/security-fixture/start", Map.of())
        .status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-SEC-1 auditors and process owners read instances, tasks and history but cannot cancel, modify, edit variables or retry")
  void auditorsReadButChangeNothing() {
    String id = instance.getId();
    String jobId = managementService.createJobQuery().processInstanceId(id).singleResult().getId();
    for (String reader : List.of("fengyi", "hanxue")) {
      Http http = Http.as(port, reader);
      assertThat(http.get("/engine-rest/process-instance/" + id).status()).as(reader).isEqualTo(200);
      assertThat(http.get("/engine-rest/history/process-instance?processInstanceId=" + id).json()).as(reader).hasSize(1);
      assertThat(http.get("/engine-rest/history/activity-instance?processInstanceId=" + id).json()).as(reader).isNotEmpty();
      assertThat(http.get("/engine-rest/history/variable-instance?processInstanceId=" + id).json()).as(reader).hasSize(1);
      assertThat(http.get("/engine-rest/task?processInstanceId=" + id).json()).as(reader).hasSize(1);

      assertThat(http.delete("/engine-rest/process-instance/" + id).status()).as(reader).isEqualTo(403);
      assertThat(http.put("/engine-rest/process-instance/" + id + "/variables/note", Map.of("value", "改", "type", "String"))
          .status()).as(reader).isEqualTo(403);
      assertThat(http.post("/engine-rest/process-instance/" + id + "/modification",
          Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "End")))).status())
          .as(reader).isEqualTo(403);
      assertThat(http.put("/engine-rest/process-instance/" + id + "/suspended", Map.of("suspended", true)).status())
          .as(reader).isEqualTo(403);
      assertThat(http.put("/engine-rest/job/" + jobId + "/retries", Map.of("retries", 3)).status()).as(reader).isEqualTo(403);
      assertThat(http.post("/engine-rest/task/" + task.getId() + "/complete", Map.of()).status()).as(reader).isEqualTo(403);
      assertThat(http.delete("/engine-rest/history/process-instance/" + id).status()).as(reader).isIn(403, 404);
    }
    assertThat(runtimeService.getVariable(id, "note")).isEqualTo("原始");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).active().count()).isEqualTo(1);
    // nobody of the business deploys directly (issue 15: model changes go through regulation-change)
    assertThat(authorizationService.isUserAuthorized("hanxue", List.of("process-owner"), Permissions.CREATE, Resources.DEPLOYMENT))
        .isFalse();
    assertThat(authorizationService.isUserAuthorized("fengyi", List.of("auditor"), Permissions.CREATE, Resources.DEPLOYMENT))
        .isFalse();
  }

  @Test
  @DisplayName("R-SEC-1 Cockpit opens for auditor and process-owner only, Tasklist for staff, Admin for administrators")
  void webApplicationAccess() throws Exception {
    assertThat(webLogin("fengyi", "cockpit")).isEqualTo(200);
    assertThat(webLogin("hanxue", "cockpit")).isEqualTo(200);
    assertThat(webLogin("zhangwei", "cockpit")).isEqualTo(403);
    assertThat(webLogin("gaojun", "cockpit")).isEqualTo(403);
    assertThat(webLogin("zhangwei", "tasklist")).isEqualTo(200);
    assertThat(webLogin("liuyang", "tasklist")).isEqualTo(200);
    assertThat(webLogin("fengyi", "tasklist")).isEqualTo(403);
    assertThat(webLogin("zhangwei", "admin")).isEqualTo(403);
    assertThat(webLogin("admin", "admin")).isEqualTo(200);
  }

  @Test
  @DisplayName("R-SEC-2 the password policy refuses trivial passwords, through the API and the REST API")
  void passwordPolicy() {
    User user = identityService.newUser("weakling");
    user.setFirstName("弱");
    user.setLastName("");
    user.setPassword("12345678");
    assertThatThrownBy(() -> identityService.saveUser(user)).isInstanceOf(ProcessEngineException.class);
    Http.Response response = Http.as(port, "admin").post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "weakling2", "firstName", "弱", "lastName", "x", "email", "w@example.com"),
        "credentials", Map.of("password", "password")));
    // Camunda's REST API reports the policy violation as a server error with the reason in the body
    assertThat(response.status()).isGreaterThanOrEqualTo(400);
    assertThat(response.body()).containsIgnoringCase("password").containsIgnoringCase("policy");
    assertThat(identityService.createUserQuery().userIdIn("weakling", "weakling2").count()).isZero();
  }

  @Test
  @DisplayName("R-SEC-2 400 wrong passwords from one client are throttled (429) while the user logs in from another; nobody is locked out")
  void loginThrottling() throws Exception {
    String user = throwawayUser("throttled");
    Http attacker = Http.as(port, user, "not-the-password");
    java.util.List<Integer> statuses = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      statuses.add(attacker.get("/engine-rest/task/count").status());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 400)).containsOnly(429);
    // the attacker's client may not even try the right password for a minute
    assertThat(Http.as(port, user).get("/engine-rest/task/count").status()).isEqualTo(429);
    // the real user, from their own client (another address), gets in at once — through both APIs
    assertThat(fromOtherClient("/engine-rest/task/count", user)).isEqualTo(200);
    assertThat(fromOtherClient("/api/calendar/due?from=2026-12-31T17:00:00%2B08:00&workingDays=1", user)).isEqualTo(200);
    assertThat(identityService.checkPassword(user, Http.DEMO_PASSWORD)).as("the account itself is not locked").isTrue();
  }

  @Test
  @DisplayName("R-SEC-2 the webapps' log-in form is throttled the same way")
  void webappLoginThrottled() throws Exception {
    String user = throwawayUser("formthrottled");
    java.net.CookieManager cookies = new java.net.CookieManager();
    java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    // the webapps' CSRF protection: the token comes with the page, as in the browser
    client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
        .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    java.util.List<Integer> statuses = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      statuses.add(client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
              + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=wrong")).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 8)).containsOnly(429);
  }

  /** A GET with the right password from the client address 127.0.0.2 (a second machine, as far as the server can tell). */
  private int fromOtherClient(String path, String user) throws Exception {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.bind(new java.net.InetSocketAddress("127.0.0.2", 0));
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5_000);
      String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  @Test
  @DisplayName("R-SEC-3 the groups of SPEC §0 exist; demo users exist only because the default profile asks for them")
  void groupsAndDemoUsers() {
    for (StaffGroup group : StaffGroup.values()) {
      assertThat(identityService.createGroupQuery().groupId(group.id()).count()).as(group.id()).isEqualTo(1);
    }
    assertThat(identityService.createUserQuery().memberOfGroup("auditor").list()).extracting(User::getId)
        .containsExactly("fengyi");
    assertThat(identityService.createUserQuery().userId("zhangwei").singleResult().getFirstName()).isEqualTo("张伟");
    // start-up is idempotent: running the bootstrap again changes nothing
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long memberships = identityService.createUserQuery().memberOfGroup("engineering").count();
    identityBootstrap.afterSingletonsInstantiated();
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createUserQuery().memberOfGroup("engineering").count()).isEqualTo(memberships);
  }

  /** A customer-service user that only this test logs in as (failed logins lock an account for a while). */
  private String throwawayUser(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("测试");
      user.setLastName("");
      user.setPassword(Http.DEMO_PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(id, "customer-service");
    }
    return id;
  }

  /** Logs in to a Camunda web application like the browser does (CSRF token, form post). */
  private int webLogin(String user, String app) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(Http.DEMO_PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("X-XSRF-TOKEN", token)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    return response.statusCode();
  }
}
