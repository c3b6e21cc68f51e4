package com.example.csl.insale;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.StepParameter;
import com.example.csl.common.Vars;
import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Records what an in-sale task's form states on the contract or as a project document: the
 * scattered contract's support arrangement (R-IN-3, with a special arrangement needing approval,
 * R-IN-9), transport/installation and execution follow-up (R-IN-3), the bulk project's evaluation and
 * service plan (R-IN-5, R-IN-6), the customer's sign-off of the plan and the service results (R-IN-7),
 * and the closure report signed by the customer with its copy handed over (R-IN-8).
 *
 * <p>What a task records comes from its model, not its id: the Camunda property {@value #RECORD}
 * ({@code SUPPORT_ARRANGEMENT}, {@code TRANSPORT_INSTALLATION}, {@code EXECUTION_FOLLOW_UP}, {@code
 * EVALUATION}, {@code PLAN}, {@code CUSTOMER_SIGN_OFF}, {@code SERVICE_EXECUTION}, {@code
 * CLOSURE_REPORT}); a task without it fails when completed.
 */
@Component("inSaleRecordListener")
public class InSaleRecordListener implements TaskListener {

  /** The extension property naming what a task records. */
  static final String RECORD = "record";

  private final ContractRepository contracts;
  private final ProjectDocumentRepository documents;
  private final Actor actor;

  public InSaleRecordListener(ContractRepository contracts, ProjectDocumentRepository documents, Actor actor) {
    this.contracts = contracts;
    this.documents = documents;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String record = StepParameter.of(task, RECORD);
    Contract contract = contracts.findById(Vars.id(task, "contractId")).orElseThrow();
    String who = actor.currentOr(task.getAssignee());
    switch (record) {
      case "SUPPORT_ARRANGEMENT" -> {
        contract.setSupportArrangement(Vars.text(task, "supportArrangement"));
        String special = Vars.text(task, "specialArrangement");
        contract.setSpecialArrangement(special);
        task.setVariable("needsSpecialApproval", special != null);
      }
      case "TRANSPORT_INSTALLATION" ->
          contract.setInstallationRecord(Vars.text(task, "installationRecord"));
      case "EXECUTION_FOLLOW_UP" ->
          contract.setExecutionFollowUp(Vars.text(task, "executionFollowUp"));
      case "EVALUATION" -> underApproval(task, documents.save(new ProjectDocument(contract.getId(), "EVALUATION",
          Vars.text(task, "evaluation"), who, now())));
      case "PLAN" -> underApproval(task, documents.save(new ProjectDocument(contract.getId(), "PLAN",
          "人力组织：" + Vars.text(task, "planManpower")
              + "\n进度安排：" + Vars.text(task, "planSchedule")
              + "\n事务处理：" + Vars.text(task, "planIssueHandling")
              + "\n技术服务组成：" + Vars.text(task, "planTechComposition")
              + planSpecial(task, contract), who, now())));
      case "CUSTOMER_SIGN_OFF" -> {
        contract.setPlanSignedBy(Vars.text(task, "planSignedBy"));
        contract.setPlanSignedOn(requiredDate(task, "planSignedOn", "签字日期"));
        contract.setPlanSignReference(Vars.text(task, "planSignReference"));
      }
      case "SERVICE_EXECUTION" ->
          contract.setExecutionResult(Vars.text(task, "executionResult"));
      case "CLOSURE_REPORT" -> {
        contract.setClosureReport(Vars.text(task, "closureReport"));
        contract.setClosureSignedBy(Vars.text(task, "closureSignedBy"));
        contract.setClosureSignedOn(requiredDate(task, "closureSignedOn", "签字日期"));
        contract.setClosureReference(Vars.text(task, "closureReference"));
        if (!Vars.bool(task, "closureCopyToCustomer")) {
          throw new BusinessRuleViolation("closureCopyToCustomer", "结案报告一式两份，须确认一份已交客户留存");
        }
        contract.setClosureCopyToCustomer(true);
      }
      default -> throw StepParameter.unknown(task, RECORD, record);
    }
  }

  /**
   * R-IN-9 on the bulk path: a special transport or installation arrangement is part of the plan the general manager
   * approves (项目服务规划书批准), and is kept with the contract as on the scattered path.
   */
  private static String planSpecial(DelegateTask task, Contract contract) {
    String special = Vars.limited(task, "specialArrangement", "特殊运输或安装安排", 1000, false);
    contract.setSpecialArrangement(special);
    return special == null ? "" : "\n特殊运输或安装安排（须总经理批准）：" + special;
  }

  /** The approvers' forms show the text they approve (R-IN-5, R-IN-6). */
  private static void underApproval(DelegateTask task, ProjectDocument document) {
    task.getExecution().getProcessInstance().setVariable("documentUnderApproval", document.getContent());
  }

  private static LocalDate requiredDate(DelegateTask task, String name, String label) {
    LocalDate date = Vars.date(task, name, label);
    if (date == null) {
      throw new BusinessRuleViolation(name, "必填：" + label);
    }
    return date;
  }

  private static java.time.Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
