package com.example.csl.insale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.Intention;
import com.example.csl.support.AsUser;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** in-sale.bpmn end to end through the real engine and database (SPEC §2). */
@CslSpringTest
class InSaleProcessTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired ContractRepository contracts;
  @Autowired ProjectTeamRepository teams;
  @Autowired ProjectApprovalRepository approvals;
  @Autowired ProjectDocumentRepository documents;

  AsUser as;
  Customer customer;

  @BeforeEach
  void setUp() {
    as = new AsUser(identityService);
    Customer c = new Customer();
    c.setName("售中测试客户-" + UUID.randomUUID().toString().substring(0, 6));
    c.setContactPerson("吴总");
    c.setPhone("1590000" + String.format("%04d", (int) (Math.random() * 10000)));
    c.setIntention(Intention.STRONG);
    c.setChannel("API");
    c.setRegisteredAt(Instant.now());
    customer = customers.save(c);
  }

  ProcessInstance startManually(double amount, boolean designInstallation) {
    Map<String, Object> form = new HashMap<>(Map.of("customerId", customer.getId(),
        "contractNumber", "HT-" + UUID.randomUUID().toString().substring(0, 8), "contractAmount", amount,
        "involvesDesignInstallation", designInstallation, "contractType", "设备供货"));
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("in-sale").latestVersion()
        .singleResult().getId();
    return as.call("liuyang", () -> formService.submitStartForm(definitionId, form));
  }

  Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  void complete(String user, ProcessInstance instance, String key, Map<String, Object> vars) {
    Task task = task(instance, key);
    assertThat(task).as("task %s", key).isNotNull();
    as.run(user, () -> {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), user);
      }
      taskService.complete(task.getId(), vars);
    });
  }

  @Autowired com.example.csl.contract.ContractReviewRepository reviews;

  Contract contractOf(ProcessInstance instance) {
    return contracts.findById((Long) runtimeService.getVariable(instance.getId(), "contractId")).orElseThrow();
  }

  static final Map<String, String> REVIEWERS = Map.of("engineering", "zhouqiang", "marketing", "liuyang",
      "customer-service", "zhangwei", "eng-design", "zhengli", "eng-install", "wuming");

  void recordReview(ProcessInstance instance) {
    complete("liuyang", instance, "Task_ContractReview", Map.of("reviewStated", "交付期60天，含安装调试",
        "reviewImplied", "设备须适应高湿环境", "reviewLegal", "符合压力容器安全规范", "reviewCompany", "无", "reviewedOn", "2026-11-18"));
  }

  /** R-IN-2: the called 合同会审与签批 of the in-sale instance. */
  ProcessInstance council(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
  }

  /** Every department the model names reviews: PASS, unless it is the failing one. */
  void departmentsReview(ProcessInstance instance, String failingGroup) {
    ProcessInstance council = council(instance);
    for (org.camunda.bpm.engine.task.Task review : taskService.createTaskQuery().processInstanceId(council.getId())
        .taskDefinitionKey("Task_DepartmentReview").list()) {
      String group = taskService.getIdentityLinksForTask(review.getId()).get(0).getGroupId();
      boolean fails = group.equals(failingGroup);
      as.run(REVIEWERS.get(group), () -> {
        if (review.getAssignee() == null) {
          taskService.claim(review.getId(), REVIEWERS.get(group));
        }
        taskService.complete(review.getId(), fails
            ? Map.of("departmentReviewOutcome", "FAIL", "departmentReviewRemarks", "交付期60天无法满足，须改为90天")
            : Map.of("departmentReviewOutcome", "PASS"));
      });
    }
  }

  void councilDecides(ProcessInstance instance, String failingGroup, String signOff) {
    departmentsReview(instance, failingGroup);
    complete("gaojun", council(instance), "Task_ReviewSignOff", "RETURN".equals(signOff)
        ? Map.of("signOffDecision", "RETURN", "signOffRemarks", "按工程意见修改交付期") : Map.of("signOffDecision", "APPROVE"));
  }

  void reviewAndClassify(ProcessInstance instance, String contractClass) {
    recordReview(instance);
    councilDecides(instance, null, "APPROVE");
    complete("liuyang", instance, "Task_SignContract", Map.of("contractSignedOn", "2026-11-19", "signReference", "HT-存档-001",
        "warrantyUntil", "2028-11-19"));
    complete("zhouqiang", instance, "Task_ConfirmClass", Map.of("contractClass", contractClass));
  }

  /** 确认 (engineering-head) → 审核 (marketing-vp) → 批准 (general-manager), each its own task in the model. */
  void approveChain(ProcessInstance instance, String chain) {
    String[][] levels = {{"Confirm", "sunhao"}, {"Review", "zhaolei"}, {"Approve", "gaojun"}};
    for (String[] level : levels) {
      complete(level[1], instance, "Task_" + chain + level[0], Map.of("approvalDecision", "APPROVE"));
    }
  }

  Map<String, Object> team(String designer) {
    // the leader is an engineer, not the department head who confirms the team's evaluation and plan (four eyes)
    return Map.of("teamLeader", "zhouqiang", "teamDesigner", designer, "teamTechnician", "zhouqiang",
        "teamInstaller", "wuming", "teamAdminAffairs", "hexin");
  }

  @Test
  @DisplayName("R-IN-1 R-IN-2 R-IN-4 … R-IN-8 R-IN-10 a bulk contract: review, team, evaluation and plan chains with rejection loops, sign-off, closure, hand-over")
  void bulkProject() {
    ProcessInstance instance = startManually(1_200_000, true);
    Contract contract = contractOf(instance);
    assertThat(instance.getBusinessKey()).isEqualTo(contract.getContractNumber());
    reviewAndClassify(instance, "BULK");
    contract = contractOf(instance);
    assertThat(contract.getReviewStated()).isEqualTo("交付期60天，含安装调试");
    assertThat(contract.getReviewedBy()).isEqualTo("liuyang");
    assertThat(contract.getSuggestedClass()).isEqualTo("BULK");

    // R-IN-4: members must come from the right departments — the form offers each role's department members by name
    org.camunda.bpm.engine.task.Task formTeam = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_FormTeam").singleResult();
    String designers = taskService.getVariableLocal(formTeam.getId(), "teamDesignerOptions").toString();
    assertThat(designers).contains("{\"label\":\"郑丽（zhengli）\",\"value\":\"zhengli\"}").doesNotContain("liuyang");
    assertThat(taskService.getVariableLocal(formTeam.getId(), "teamLeaderOptions").toString()).contains("sunhao", "zhouqiang");
    assertThatThrownBy(() -> complete("sunhao", instance, "Task_FormTeam", team("liuyang"))).hasMessageContaining("工程设计部成员").hasMessageContaining("不是可选的取值");
    complete("sunhao", instance, "Task_FormTeam", team("zhengli"));
    ProjectTeam projectTeam = teams.findByContractId(contract.getId()).orElseThrow();
    assertThat(projectTeam.getTeamGroup()).isEqualTo("project-team-" + contract.getId());
    assertThat(identityService.createUserQuery().memberOfGroup(projectTeam.getTeamGroup()).list()).extracting(User::getId)
        .containsExactlyInAnyOrder("zhengli", "zhouqiang", "wuming", "hexin");
    Task evaluate = task(instance, "Task_Evaluate");
    assertThat(evaluate.getAssignee()).isEqualTo("zhouqiang");
    assertThat(taskService.getIdentityLinksForTask(evaluate.getId())).extracting("groupId").contains(projectTeam.getTeamGroup());

    // R-IN-5: engineering-head confirms, marketing-vp rejects -> the team is redesigned
    complete("zhouqiang", instance, "Task_Evaluate", Map.of("evaluation", "第一版评估"));
    assertThat(formService.getTaskFormVariables(task(instance, "Task_EvaluationConfirm").getId())
        .getValue("documentUnderApproval", String.class)).as("the approver sees what is approved").isEqualTo("第一版评估");
    Task confirm = task(instance, "Task_EvaluationConfirm");
    assertThat(taskService.getIdentityLinksForTask(confirm.getId())).extracting("groupId").containsExactly("engineering-head");
    complete("sunhao", instance, "Task_EvaluationConfirm", Map.of("approvalDecision", "APPROVE"));
    Task review = task(instance, "Task_EvaluationReview");
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting("groupId").containsExactly("marketing-vp");
    assertThat(taskService.getVariable(review.getId(), "approvalDecision")).as("the next role's decision is not pre-filled")
        .isEqualTo("PENDING");
    assertThatThrownBy(() -> complete("zhaolei", instance, "Task_EvaluationReview", Map.of("approvalDecision", "REJECT")))
        .hasMessageContaining("审批意见");
    complete("zhaolei", instance, "Task_EvaluationReview", Map.of("approvalDecision", "REJECT", "approvalReason", "安装人员不足"));
    assertThat(instance).isWaitingAt("Task_FormTeam");
    assertThat((String) runtimeService.getVariable(instance.getId(), "lastRejection")).contains("安装人员不足");
    complete("sunhao", instance, "Task_FormTeam", team("zhengli"));
    complete("zhouqiang", instance, "Task_Evaluate", Map.of("evaluation", "第二版评估：增派安装人员"));
    approveChain(instance, "Evaluation");

    // R-IN-6: the plan chain, rejected once by the head of engineering
    Map<String, Object> plan = Map.of("planManpower", "5人", "planSchedule", "12周", "planIssueHandling", "周例会",
        "planTechComposition", "设计+安装+调试");
    complete("zhouqiang", instance, "Task_ServicePlan", plan);
    complete("sunhao", instance, "Task_PlanConfirm", Map.of("approvalDecision", "REJECT", "approvalReason", "进度过紧"));
    assertThat(instance).isWaitingAt("Task_ServicePlan");
    // R-IN-9 on the bulk path: a special installation arrangement goes to the general manager with the plan
    Map<String, Object> special = new HashMap<>(plan);
    special.put("specialArrangement", "夜间吊装，需封闭道路");
    complete("zhouqiang", instance, "Task_ServicePlan", special);
    for (String[] level : new String[][] {{"Confirm", "sunhao"}, {"Review", "zhaolei"}}) {
      complete(level[1], instance, "Task_Plan" + level[0], Map.of("approvalDecision", "APPROVE"));
    }
    org.camunda.bpm.engine.task.Task gmApproval = task(instance, "Task_PlanApprove");
    assertThat(formService.getTaskFormVariables(gmApproval.getId()).getValue("specialArrangement", String.class))
        .isEqualTo("夜间吊装，需封闭道路");
    assertThat(formService.getTaskFormVariables(gmApproval.getId()).getValue("documentUnderApproval", String.class))
        .contains("特殊运输或安装安排（须总经理批准）：夜间吊装");
    complete("gaojun", instance, "Task_PlanApprove", Map.of("approvalDecision", "APPROVE"));
    assertThat(contractOf(instance).getSpecialArrangement()).isEqualTo("夜间吊装，需封闭道路");

    // R-IN-7, R-IN-8
    complete("zhouqiang", instance, "Task_CustomerSignOff", Map.of("planSignedBy", "吴总", "planSignedOn", "2026-11-21",
        "planSignReference", "GH-2026-001"));
    complete("zhengli", instance, "Task_ExecuteService", Map.of("executionResult", "按计划完成安装调试"));
    Map<String, Object> closure = new HashMap<>(Map.of("closureReport", "项目如期完成", "closureSignedBy", "吴总",
        "closureSignedOn", "2026-11-22", "closureReference", "JA-2026-001", "closureCopyToCustomer", false));
    assertThatThrownBy(() -> complete("zhouqiang", instance, "Task_ClosureReport", closure)).hasMessageContaining("客户留存");
    closure.put("closureCopyToCustomer", true);
    complete("zhouqiang", instance, "Task_ClosureReport", closure);

    assertThat(instance).isEnded().hasPassed("Task_HandOver");
    contract = contracts.findById(contract.getId()).orElseThrow();
    assertThat(contract.getStatus()).isEqualTo(Contract.Status.IN_AFTER_SALE);
    assertThat(contract.getPlanSignReference()).isEqualTo("GH-2026-001");
    assertThat(contract.getClosureReference()).isEqualTo("JA-2026-001");
    assertThat(approvals.findByContractIdOrderByIdAsc(contract.getId()))
        .extracting(a -> a.getStage() + ":" + a.getLevelGroup() + ":" + a.getDecision() + ":" + a.getApprover())
        .containsExactly(
            "EVALUATION:engineering-head:APPROVE:sunhao", "EVALUATION:marketing-vp:REJECT:zhaolei",
            "EVALUATION:engineering-head:APPROVE:sunhao", "EVALUATION:marketing-vp:APPROVE:zhaolei",
            "EVALUATION:general-manager:APPROVE:gaojun",
            "PLAN:engineering-head:REJECT:sunhao",
            "PLAN:engineering-head:APPROVE:sunhao", "PLAN:marketing-vp:APPROVE:zhaolei", "PLAN:general-manager:APPROVE:gaojun");
    assertThat(documents.findByContractIdOrderByIdAsc(contract.getId())).extracting(ProjectDocument::getKind)
        .containsExactly("EVALUATION", "EVALUATION", "PLAN", "PLAN");

    // R-IN-10, R-AS-4: a complaint of this customer now goes to the project team
    Http.Response complaint = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customer.getId(),
        "contractId", contract.getId(), "channel", "HOTLINE", "category", "TECHNICAL", "description", "调试后仍有故障"));
    assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
    ProcessInstance afterSale = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(complaint.json().get("number").asText()).singleResult();
    Task validity = taskService.createTaskQuery().processInstanceId(afterSale.getId()).singleResult();
    as.run("zhangwei", () -> {
      taskService.claim(validity.getId(), "zhangwei");
      taskService.complete(validity.getId(), Map.of("validity", "FOUNDED"));
    });
    Task reply = taskService.createTaskQuery().processInstanceId(afterSale.getId()).taskDefinitionKey("Task_Reply").singleResult();
    assertThat(taskService.getIdentityLinksForTask(reply.getId())).extracting("groupId").containsExactly(projectTeam.getTeamGroup());
    assertThat(runtimeService.getVariable(afterSale.getId(), "managerGroup")).isEqualTo("engineering-head");
    assertThat(Http.as(port, "zhengli").get("/engine-rest/task?processInstanceId=" + afterSale.getId()).json()).hasSize(1);
  }

  @Test
  @DisplayName("R-IN-3 R-IN-9 R-IN-10 a scattered contract: support arranged, special arrangement rejected then approved by the general manager, installation and follow-up in parallel")
  void scatteredContract() {
    ProcessInstance instance = startManually(80_000, true);
    reviewAndClassify(instance, "SCATTERED");
    complete("zhouqiang", instance, "Task_ArrangeSupport", Map.of("supportArrangement", "电话技术支持，物流配送，安装一天",
        "specialArrangement", "夜间吊装"));
    Task special = task(instance, "Task_ApproveSpecial");
    assertThat(taskService.getIdentityLinksForTask(special.getId())).extracting("groupId").containsExactly("general-manager");
    complete("gaojun", instance, "Task_ApproveSpecial", Map.of("approvalDecision", "REJECT", "approvalReason", "夜间吊装有安全风险"));
    assertThat(instance).isWaitingAt("Task_ArrangeSupport");
    complete("zhouqiang", instance, "Task_ArrangeSupport", Map.of("supportArrangement", "电话技术支持，物流配送，白天吊装",
        "specialArrangement", "周末吊装"));
    complete("gaojun", instance, "Task_ApproveSpecial", Map.of("approvalDecision", "APPROVE"));
    assertThat(instance).isWaitingAt("Task_TransportInstall", "Task_ExecutionFollowUp");
    Contract contract = contractOf(instance);
    Http.Response early = Http.as(port, "zhangwei").post("/api/complaints", Map.of("customerId", customer.getId(),
        "contractId", contract.getId(), "channel", "HOTLINE", "category", "INSTALLATION", "description", "安装未完成"));
    // issue 20: a complaint may name a contract still in in-sale; a scattered one has no team, so it goes by its
    // category (complaint-routing.dmn)
    assertThat(early.status()).as(early.body()).isEqualTo(201);
    complete("wuming", instance, "Task_TransportInstall", Map.of("installationRecord", "已送达并安装"));
    complete("liuyang", instance, "Task_ExecutionFollowUp", Map.of("executionFollowUp", "客户确认收货"));
    assertThat(instance).isEnded();
    contract = contracts.findById(contract.getId()).orElseThrow();
    assertThat(contract.getStatus()).isEqualTo(Contract.Status.IN_AFTER_SALE);
    assertThat(contract.getSpecialArrangement()).isEqualTo("周末吊装");
    assertThat(approvals.findByContractIdOrderByIdAsc(contract.getId())).extracting(ProjectApproval::getDecision)
        .containsExactly("REJECT", "APPROVE");
  }

  @Test
  @DisplayName("R-IN-2 the contract review needs every requirement recorded; a bad contract in the start form is refused")
  void reviewAndStartFormChecks() {
    ProcessInstance instance = startManually(10_000, false);
    assertThatThrownBy(() -> complete("liuyang", instance, "Task_ContractReview", Map.of("reviewStated", "有")))
        .hasMessageContaining("必填");
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("in-sale").latestVersion()
        .singleResult().getId();
    long before = contracts.count();
    assertThatThrownBy(() -> as.call("liuyang", () -> formService.submitStartForm(definitionId, Map.of(
        "customerId", customer.getId(), "contractNumber", "坏 编号", "contractAmount", -5))))
        .hasMessageContaining("合同");
    assertThat(contracts.count()).isEqualTo(before);
    assertThatThrownBy(() -> as.call("zhangwei", () -> formService.submitStartForm(definitionId, Map.of(
        "customerId", customer.getId(), "contractNumber", "HT-X", "contractAmount", 5))))
        .as("only marketing starts in-sale").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
  }

  @Test
  @DisplayName("R-IN-5 R-SEC-1 the general manager's rejection also loops back with its reason; a marketing-vp user cannot act as general manager")
  void generalManagerRejectsAndOnlyTheRightGroupApproves() {
    ProcessInstance instance = startManually(2_000_000, false);
    reviewAndClassify(instance, "BULK");
    complete("sunhao", instance, "Task_FormTeam", team("zhengli"));
    complete("zhouqiang", instance, "Task_Evaluate", Map.of("evaluation", "评估"));
    complete("sunhao", instance, "Task_EvaluationConfirm", Map.of("approvalDecision", "APPROVE"));
    complete("zhaolei", instance, "Task_EvaluationReview", Map.of("approvalDecision", "APPROVE"));
    Task gmLevel = task(instance, "Task_EvaluationApprove");
    assertThat(taskService.getIdentityLinksForTask(gmLevel.getId())).extracting("groupId").containsExactly("general-manager");
    assertThatThrownBy(() -> as.run("zhaolei", () -> taskService.claim(gmLevel.getId(), "zhaolei")))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    assertThatThrownBy(() -> as.run("zhaolei", () -> taskService.complete(gmLevel.getId(), Map.of("approvalDecision", "APPROVE"))))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    complete("gaojun", instance, "Task_EvaluationApprove", Map.of("approvalDecision", "REJECT", "approvalReason", "成本过高"));
    assertThat(instance).isWaitingAt("Task_FormTeam");
    assertThat((String) runtimeService.getVariable(instance.getId(), "lastRejection")).isEqualTo("general-manager：成本过高");
    assertThat(approvals.findByContractIdOrderByIdAsc(contractOf(instance).getId())).last()
        .extracting(ProjectApproval::getReason).isEqualTo("成本过高");
  }

  @Test
  @DisplayName("R-IN-2 review before signing: the departments of contract-reviewers.dmn review in parallel; one fails, the GM cannot approve and returns it; the second round passes and only then marketing signs")
  void reviewBeforeSigning() {
    ProcessInstance instance = startManually(900_000, true);
    Contract draft = contractOf(instance);
    assertThat(draft.getStatus()).isEqualTo(Contract.Status.IN_REVIEW);
    assertThat(draft.getSignedDate()).isNull();
    recordReview(instance);
    ProcessInstance council = council(instance);
    assertThat(council.getBusinessKey()).isEqualTo(draft.getContractNumber());
    List<String> groups = taskService.createTaskQuery().processInstanceId(council.getId()).taskDefinitionKey("Task_DepartmentReview")
        .list().stream().map(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId()).toList();
    assertThat(groups).containsExactlyInAnyOrder("engineering", "marketing", "customer-service", "eng-design", "eng-install");
    // a failing review needs its remarks; each department's task starts empty
    org.camunda.bpm.engine.task.Task engineering = taskService.createTaskQuery().processInstanceId(council.getId())
        .taskDefinitionKey("Task_DepartmentReview").taskCandidateGroup("engineering").singleResult();
    assertThatThrownBy(() -> as.run("zhouqiang", () -> {
      taskService.claim(engineering.getId(), "zhouqiang");
      taskService.complete(engineering.getId(), Map.of("departmentReviewOutcome", "FAIL"));
    })).hasMessageContaining("评审意见");
    as.run("zhouqiang", () -> taskService.complete(engineering.getId(), Map.of("departmentReviewOutcome", "FAIL",
        "departmentReviewRemarks", "交付期60天无法满足，须改为90天")));
    org.camunda.bpm.engine.task.Task marketingReview = taskService.createTaskQuery().processInstanceId(council.getId())
        .taskDefinitionKey("Task_DepartmentReview").taskCandidateGroup("marketing").singleResult();
    var marketingForm = formService.getTaskFormVariables(marketingReview.getId());
    assertThat(marketingForm.getValue("reviewGroupName", String.class)).isEqualTo("营销部");
    assertThat(marketingForm.getValue("departmentReviewOutcome", String.class)).isNull();
    assertThat(marketingForm.getValue("departmentReviewRemarks", String.class)).isNull();
    departmentsReview(instance, "engineering");
    // (helper walk) each department's task names its department and starts empty — no answer leaks between them
    org.camunda.bpm.engine.task.Task signOff = taskService.createTaskQuery().processInstanceId(council.getId())
        .taskDefinitionKey("Task_ReviewSignOff").singleResult();
    assertThat(taskService.getIdentityLinksForTask(signOff.getId())).extracting("groupId").containsExactly("general-manager");
    assertThat(formService.getTaskFormVariables(signOff.getId()).getValue("departmentReviews", String.class))
        .contains("工程技术服务部：不通过——交付期60天无法满足").contains("客户服务部：通过");
    assertThatThrownBy(() -> complete("gaojun", council, "Task_ReviewSignOff", Map.of("signOffDecision", "APPROVE")))
        .hasMessageContaining("有部门评审不通过").hasMessageContaining("工程技术服务部");
    complete("gaojun", council, "Task_ReviewSignOff", Map.of("signOffDecision", "RETURN", "signOffRemarks", "交付期改为90天后再审"));
    // back to marketing, with the objections; nothing signed
    assertThat(instance).isWaitingAt("Task_ContractReview");
    assertThat(formService.getTaskFormVariables(task(instance, "Task_ContractReview").getId()).getValue("reviewReturnReason", String.class))
        .contains("交付期60天无法满足").contains("总经理：交付期改为90天后再审");
    assertThat(contractOf(instance).getSignedDate()).isNull();
    // the second round passes; only then the signing
    recordReview(instance);
    councilDecides(instance, null, "APPROVE");
    assertThat(instance).isWaitingAt("Task_SignContract");
    assertThatThrownBy(() -> complete("liuyang", instance, "Task_SignContract", Map.of("contractSignedOn", "2099-01-01",
        "signReference", "HT-存档-002", "warrantyUntil", "2100-01-01"))).hasMessageContaining("不能晚于今天");
    assertThatThrownBy(() -> complete("liuyang", instance, "Task_SignContract", Map.of("contractSignedOn", "2026-11-19",
        "signReference", "HT-存档-002", "warrantyUntil", "2026-01-01"))).hasMessageContaining("保修期不能早于签订日期");
    complete("liuyang", instance, "Task_SignContract", Map.of("contractSignedOn", "2026-11-19", "signReference", "HT-存档-002",
        "warrantyUntil", "2028-11-19"));
    Contract signed = contractOf(instance);
    assertThat(signed.getStatus()).isEqualTo(Contract.Status.IN_SALE);
    assertThat(signed.getSignedDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 19));
    assertThat(signed.getSignReference()).isEqualTo("HT-存档-002");
    assertThat(signed.getWarrantyUntil()).isEqualTo(java.time.LocalDate.of(2028, 11, 19));
    assertThat(instance).isWaitingAt("Task_ConfirmClass");
    assertThat(reviews.findByContractIdOrderByIdAsc(signed.getId())).extracting(r -> r.getReviewRound() + r.getKind() + r.getOutcome())
        .contains("1DEPARTMENTFAIL", "1SIGN_OFFRETURN", "2SIGN_OFFAPPROVE");
  }
}
