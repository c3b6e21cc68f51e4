package com.example.csl.repair;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 现场勘察会签表 (R-REP-1, R-REP-2): who attended, the findings, the responsible party, the order
 * type A/B, single or multiple trades and the estimate. Customer service, engineering (or the
 * property company) and the repair-team lead sign; the contractor may stay away only when the
 * estimate is below the model's input parameter {@code contractorOptionalBelow} (500 CNY, S4 3.4.5).
 * A type-A (warranty) order names the contractor whose quality deposit answers for it.
 */
@Component("siteSurveyListener")
public class SiteSurveyListener implements TaskListener {

  private final RepairOrderService orderService;
  private final ContractorRepository contractors;
  private final Actor actor;

  @org.springframework.beans.factory.annotation.Autowired
  private com.example.csl.complaint.ComplaintRepository complaints;
  @org.springframework.beans.factory.annotation.Autowired
  private com.example.csl.contract.ContractRepository contracts;
  @org.springframework.beans.factory.annotation.Autowired
  private com.example.csl.calendar.WorkingDayCalendar calendar;

  public SiteSurveyListener(RepairOrderService orderService, ContractorRepository contractors, Actor actor) {
    this.orderService = orderService;
    this.contractors = contractors;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    RepairOrder order = orderService.get(task);
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      proposeOrderType(task, order);
      return;
    }
    BigDecimal estimate = RepairOrderService.amount(task, "estimatedCost", "预估维修费用（元）", false);
    String party = Vars.text(task, "responsibleParty");
    if (!List.of("COMPANY", "CONTRACTOR", "CUSTOMER").contains(party)) {
      throw new BusinessRuleViolation("responsibleParty", "责任方取值无效: " + party);
    }
    String findings = Vars.text(task, "surveyFindings");
    List<String> attendees = new ArrayList<>();
    if (!Vars.bool(task, "attendedCustomerService")) {
      throw new BusinessRuleViolation("attendedCustomerService", "客户服务部人员须到场勘察");
    }
    attendees.add("客户服务部");
    if (!Vars.bool(task, "attendedEngineering")) {
      throw new BusinessRuleViolation("attendedEngineering", "工程技术服务部（或物业公司）人员须到场勘察");
    }
    attendees.add("工程技术服务部/物业公司");
    if (!Vars.bool(task, "attendedRepairLead")) {
      throw new BusinessRuleViolation("attendedRepairLead", "客户服务维修队长须到场勘察");
    }
    attendees.add("维修队长");
    boolean contractorAttended = Vars.bool(task, "attendedContractor");
    BigDecimal optionalBelow = Vars.decimal(task, "contractorOptionalBelow", "施工单位可不到场的预估费用上限");
    if (!contractorAttended && (optionalBelow == null || estimate.compareTo(optionalBelow) >= 0)) {
      throw new BusinessRuleViolation("attendedContractor",
          "预估费用" + optionalBelow + "元及以上的维修工程，施工单位须到场会签（" + optionalBelow + "元以下的工程施工单位无须到场）");
    }
    String contractorName = Vars.text(task, "contractorName");
    Contractor contractor = null;
    if (contractorAttended) {
      attendees.add("施工单位");
    }
    if (contractorName != null) {
      contractor = contractors.findByName(contractorName)
          .orElseThrow(() -> new BusinessRuleViolation("contractorName", "施工单位不在名录中: " + contractorName));
    }
    RepairOrder changed = order;
    changed.setEstimatedCost(estimate);
    changed.setResponsibleParty(party);
    changed.setSurveyFindings(findings);
    changed.setSurveyAttendees(String.join("、", attendees));
    changed.setContractorAttended(contractorAttended);
    changed.setSurveyedAt(ClockUtil.getCurrentTime().toInstant());
    changed.setSurveyedBy(actor.currentOr(task.getAssignee()));
    // R-REP-1 (issue 20.3): each party signs the survey record itself — the groups of the model's surveyConfirmerGroups,
    // and, when the contractor attended, customer service recording the contractor's signature (contractorRecordedBy)
    java.util.List<String> confirmers = new java.util.ArrayList<>(Vars.list(task, "surveyConfirmerGroups", "会签部门"));
    String recorder = Vars.parameter(task, "contractorRecordedBy");
    if (contractorAttended) {
      confirmers.add(recorder);
    }
    task.getExecution().setVariable("contractorRecorderGroup", contractorAttended ? recorder : null);
    task.getExecution().setVariable("surveyConfirmers", confirmers);
    task.getExecution().setVariable("surveyDisputed", false);
    if (party.equals("CUSTOMER")) {
      changed.setStatus(RepairStatus.NOT_COMPANY_RESPONSIBILITY);
      return;
    }
    String type = Vars.text(task, "orderType");
    if (!type.equals("A") && !type.equals("B")) {
      throw new BusinessRuleViolation("orderType", "派工单类别须为 A（保修）或 B（保修期外，公司承担）");
    }
    if ((type.equals("A") || party.equals("CONTRACTOR") || contractorAttended) && contractor == null) {
      throw new BusinessRuleViolation("contractorName",
          "A类（保修）派工单、施工单位责任或施工单位到场时须选择施工单位");
    }
    String trades = Vars.text(task, "trades");
    if (!trades.equals("SINGLE") && !trades.equals("MULTI")) {
      throw new BusinessRuleViolation("trades", "工种须为 SINGLE（单工种）或 MULTI（多工种）");
    }
    changed.setOrderType(type);
    changed.setTrades(trades);
    changed.setContractorId(contractor == null ? null : contractor.getId());
    changed.setStatus(RepairStatus.APPROVAL);
    // the decision table reads a number; forms show the amount being approved
    task.getExecution().setVariable("estimatedCost", estimate.doubleValue());
    task.getExecution().setVariable("surveySummary", String.format("勘察人员：%s；责任方：%s；%s类派工单，%s；预估费用 %s 元；%s",
        changed.getSurveyAttendees(), partyName(party), type, trades.equals("MULTI") ? "多工种" : "单工种",
        estimate.toPlainString(), findings));
  }

  static String partyName(String party) {
    return switch (party) {
      case "COMPANY" -> "公司（维修队承担）";
      case "CONTRACTOR" -> "施工单位（保修责任）";
      default -> "客户自身原因";
    };
  }

  /**
   * R-REP-2 (issue 20.3): the type the contract's warranty suggests — decision table repair-order-type on whether
   * today is within the warranty of the contract the complaint names — shown to the surveyor, who confirms.
   */
  private void proposeOrderType(DelegateTask task, RepairOrder order) {
    Boolean within = null;
    String until = "";
    if (order.getComplaintId() != null) {
      var contract = complaints.findById(order.getComplaintId()).map(c -> c.getContractId()).flatMap(contracts::findById)
          .orElse(null);
      if (contract != null && contract.getWarrantyUntil() != null) {
        within = !calendar.today().isAfter(contract.getWarrantyUntil());
        until = "（合同 " + contract.getContractNumber() + " 保修期至 " + contract.getWarrantyUntil() + "）";
      }
    }
    java.util.Map<String, Object> inputs = new java.util.HashMap<>();
    inputs.put("withinWarranty", within);
    String proposal = com.example.csl.common.CaseDecisions.decide(task, "repair-order-type", inputs, "proposal");
    task.setVariableLocal("warrantyProposal", proposal == null ? null : proposal + until);
  }
}
