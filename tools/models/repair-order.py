# repair-order.bpmn (维修派工与审批, SPEC §4) — layout description for tools/bpmn_layout.py
APPROVE, CS, REPAIR, ENG, SETTLE, SUPERVISE = 0, 1, 2, 3, 4, 5

def form(ref):
    return {"camunda:formRef": ref, "camunda:formRefBinding": "deployment"}

def listener(bean, *events):
    return "\n".join(f'        <camunda:taskListener delegateExpression="${{{bean}}}" event="{e}" />' for e in events)

def inputs(**params):
    return "        <camunda:inputOutput>\n" + "\n".join(
        f'          <camunda:inputParameter name="{k}">{v}</camunda:inputParameter>' for k, v in params.items()) + \
        "\n        </camunda:inputOutput>"

def timer(id, name, attached, var, doc, offset=0):
    return dict(id=id, type="boundaryEvent", name=name, attachedTo=attached, cancel=False, offset=offset, doc=doc,
                body=f'      <bpmn:timerEventDefinition id="TimerDef_{id}">\n        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${{{var}}}</bpmn:timeDate>\n      </bpmn:timerEventDefinition>')

def user(id, name, col, lane, formref, group, due, doc, row=0, lst=None, ext_extra=None, events=("complete",)):
    ext = listener(lst, *events) if lst else ""
    if ext_extra:
        ext = ext_extra + ("\n" + ext if ext else "")
    d = dict(id=id, type="userTask", name=name, col=col, lane=lane, row=row,
             attrs={**form(formref), "camunda:candidateGroups": group, "camunda:dueDate": due}, doc=doc)
    if ext:
        d["ext"] = ext
    return d

def service(id, name, col, lane, bean, doc, row=0, ext=None):
    d = dict(id=id, type="serviceTask", name=name, col=col, lane=lane, row=row,
             attrs={"camunda:delegateExpression": "${" + bean + "}"}, doc=doc)
    if ext:
        d["ext"] = ext
    return d

def gw(id, col, lane, name=None, row=0, default=None):
    d = dict(id=id, type="exclusiveGateway", col=col, lane=lane, row=row)
    if name:
        d["name"] = name
    if default:
        d["default"] = default
    return d

nodes = [
    dict(id="Start_Repair", type="startEvent", name="收到维修类投诉", col=0, lane=CS,
         doc="R-REP-1: started by the after-sale process (call activity 维修派工) for a repair complaint; variables complaintId, complaintNumber, customerId."),
    service("Task_OpenOrder", "开立维修工单", 1, CS, "openRepairOrderDelegate",
            "R-REP-1, R-REP-2: the work order with its number WX-…; the joint site survey is due within 1 working day (surveyDeadline; edit the number here).",
            ext=inputs(surveyDeadline="${workingDays.after(now(), 1)}")),
    gw("Gateway_SurveyMerge", 2, CS),
    user("Task_SiteSurvey", "现场勘察会签", 3, CS, "repair-site-survey", "customer-service", "${surveyDue}",
         "客户服务部人员、工程技术服务部人员（或物业公司人员）、客户服务维修队长、施工单位在1个工作日内到现场勘察，填写《现场勘察会签表》，分析甄别维修工程任务的责任方；确定派工单类别（A类保修、B类保修期外公司承担）、单工种或多工种和预估费用。预估费用低于500元的工程，施工单位无须到场。（R-REP-1，R-REP-2，S4 3.4.5，3.5.1）",
         lst="siteSurveyListener",
         ext_extra=inputs(contractorOptionalBelow="500")),
    timer("Timer_SurveyDue", "1个工作日未勘察", "Task_SiteSurvey", "surveyDue", "R-REP-1: the survey is due within 1 working day; a miss is escalated."),
    gw("Gateway_Responsible", 4, CS, "责任方", default="Flow_CompanyResponsible"),
    service("Task_NotCompany", "非公司责任，告知客户", 5, CS, "closeRepairOrderDelegate",
            "R-REP-1: the survey found the customer responsible; the order is closed with the findings, which customer service explains to the customer.", row=1),
    dict(id="End_NotCompany", type="endEvent", name="非公司责任", col=6, lane=CS, row=1),
    dict(id="Task_ApprovalLevel", type="businessRuleTask", name="确定维修费用审批级别（决策表）", col=5, lane=APPROVE,
         attrs={"camunda:decisionRef": "repair-approval", "camunda:decisionRefBinding": "deployment",
                "camunda:mapDecisionResult": "singleResult", "camunda:resultVariable": "approvalRoute"},
         doc="R-REP-5 (S4 3.6.1): DMN repair-approval on the estimate: ≤ 1,000 客户服务部经理; > 1,000 and ≤ 10,000 副总工程师审核、副总经理批准; > 10,000 总经理."),
    gw("Gateway_NeedsReview", 6, APPROVE, "需副总工程师审核?", default="Flow_NoReview"),
    user("Task_ReviewCost", "审核维修费用", 7, APPROVE, "repair-cost-decision", "${approvalRoute.reviewerGroup}",
         "${workingDays.after(now(), 1)}",
         "分管工程质量的副总工程师审核1000元到1万元的单项维修款：查看勘察会签表和预估费用，同意后交副总经理批准；不同意则附理由退回重新勘察。（R-REP-5，S4 3.6.1）",
         row=1, lst="repairDecisionListener", events=("create", "complete")),
    gw("Gateway_Reviewed", 8, APPROVE, "审核通过?", row=1, default="Flow_ReviewPassed"),
    gw("Gateway_ApproveMerge", 9, APPROVE),
    user("Task_ApproveCost", "批准维修费用", 10, APPROVE, "repair-cost-decision", "${approvalRoute.approverGroup}",
         "${workingDays.after(now(), 1)}",
         "按决策表确定的级别批准单项维修款（客户服务部经理 ≤ 1000元；副总经理 1000元到1万元；总经理 > 1万元），批准后方可维修；不同意则附理由退回重新勘察。（R-REP-5，S4 3.6.1）",
         lst="repairDecisionListener", events=("create", "complete")),
    gw("Gateway_Approved", 11, APPROVE, "批准?", default="Flow_Approved"),
    service("Task_IssueWorkOrder", "开具工程派工单", 12, CS, "issueWorkOrderDelegate",
            "R-REP-2, R-REP-3: the approved work order goes to the repair team; the repair deadline counts working days from now: single-trade 3, multi-trade 7 (edit the numbers here).",
            ext=inputs(repairDays="${trades == 'MULTI' ? 7 : 3}")),
    gw("Gateway_RepairMerge", 13, REPAIR),
    user("Task_Repair", "按派工单维修", 14, REPAIR, "repair-work", "repair-team", "${repairDue}",
         "客户服务维修队根据《工程派工单》派工维修，在维修处理时限内完工并记录维修工人；特别复杂的维修需延长时限的，必须事先取得客户认可并记录；维修队无法处理的，说明原因，转工程技术服务部督促施工单位维修。（R-REP-2，R-REP-3，R-REP-4，S4 3.5.2，3.4.6）",
         lst="repairWorkListener", events=("create", "complete")),
    timer("Timer_RepairDue", "维修超期", "Task_Repair", "repairDue", "R-REP-3: single-trade 3, multi-trade 7 working days (or the extended date); a miss is escalated."),
    gw("Gateway_RepairOutcome", 15, REPAIR, "维修结果", default="Flow_RepairDone"),
    gw("Gateway_ContractorMerge", 16, ENG),
    user("Task_ContractorRepair", "督促施工单位维修", 17, ENG, "repair-work", "engineering", "${repairDue}",
         "维修队无法处理的维修任务，由工程技术服务部督促施工单位维修，维修期限同维修队（单工种3个、多工种7个工作日），延期须事先取得客户认可。（R-REP-4，S4 3.4.6）",
         lst="repairWorkListener", events=("create", "complete")),
    timer("Timer_ContractorDue", "施工单位维修超期", "Task_ContractorRepair", "repairDue", "R-REP-4: the contractor works under the same deadline; a miss is escalated."),
    gw("Gateway_ContractorOutcome", 18, ENG, "维修结果", default="Flow_ContractorDone"),
    gw("Gateway_DoneMerge", 19, CS),
    user("Task_CompletionCheck", "竣工检查与客户签认", 20, CS, "repair-completion-check", "customer-service",
         "${workingDays.after(now(), 1)}",
         "客户服务人员（或物业人员）与维修队长进行竣工检查，由客户签认，记录客户签署的维修意见；检查不合格的退回返工。检查合格即完工，回访期限从此时起算 callbackWorkingDays 个工作日。（R-REP-6，R-REP-7，S4 3.5.3）",
         lst="completionCheckListener", ext_extra=inputs(callbackWorkingDays="1")),
    gw("Gateway_CheckPassed", 21, CS, "检查合格?", default="Flow_CheckPassed"),
    user("Task_Callback", "维修回访与评价", 22, CS, "repair-callback", "customer-service", "${callbackDue}",
         "客户服务部资料员在完工后一个工作日内电话回访客户，了解满意程度；根据客户签署的维修意见和回访意见，对每名维修工人的维修质量和服务态度进行评价。（R-REP-7，R-REP-10，S4 3.5.4，3.5.10）",
         lst="repairCallbackListener"),
    timer("Timer_CallbackDue", "回访超期", "Task_Callback", "callbackDue", "R-REP-7: callback within 1 working day after completion; a miss is escalated."),
    gw("Gateway_AccountMerge", 23, REPAIR),
    user("Task_FinalAccount", "编制维修工程决算书", 24, REPAIR, "repair-final-account", "repair-lead",
         "${workingDays.after(now(), 3)}",
         "维修队队长编制《维修工程决算书》（人工、材料、实际费用），上报客户服务部审核；被退回的按审核意见修改。（R-REP-8，S4 3.5.5）",
         lst="finalAccountListener"),
    dict(id="Task_SettlementRoute", type="businessRuleTask", name="确定决算审核部门（决策表）", col=25, lane=SETTLE,
         attrs={"camunda:decisionRef": "settlement-review", "camunda:decisionRefBinding": "deployment",
                "camunda:mapDecisionResult": "singleEntry", "camunda:resultVariable": "reviewGroup"},
         doc="R-REP-8 (S4 3.5.6): DMN settlement-review on the final cost: < 20,000 客户服务部; ≥ 20,000 审计核算部."),
    gw("Gateway_ReviewMerge", 26, SETTLE),
    user("Task_ReviewAccount", "审核决算，编写维修工程结算书", 27, SETTLE, "repair-account-review", "${reviewGroup}",
         "${workingDays.after(now(), 3)}",
         "按决策表：2万元以下的维修费用由客户服务部审核，2万元及以上的交审计核算部审核；根据审核结果编写《维修工程结算书》（核定金额）；不同意的附意见退回维修队长修改决算。（R-REP-8，S4 3.5.6）",
         lst="repairDecisionListener", events=("create", "complete")),
    gw("Gateway_AccountReviewed", 28, SETTLE, "审核通过?", default="Flow_AccountPassed"),
    gw("Gateway_TypeA", 29, SETTLE, "A类派工单?", default="Flow_TypeB"),
    user("Task_ContractorConfirm", "通知施工单位确认结算", 30, SETTLE, "repair-contractor-confirm", "audit",
         "${workingDays.after(now(), 3)}",
         "A类《工程派工单》的审核结果由审计核算部通知施工单位予以确认，记录确认人和确认文件编号；施工单位有异议的，退回重新审核。（R-REP-9，S4 3.5.7）",
         row=1, lst="repairDecisionListener", events=("create", "complete")),
    gw("Gateway_ContractorConfirmed", 31, SETTLE, "施工单位确认?", row=1, default="Flow_ContractorConfirmed"),
    gw("Gateway_CertifyMerge", 32, SETTLE),
    user("Task_Certify", "认定维修工程结算书", 33, SETTLE, "repair-certify", "deputy-chief-engineer",
         "${workingDays.after(now(), 2)}",
         "负责质量的副总工程师认定施工单位确认后的A类和B类《维修工程结算书》，传递财务计统部；不认定的附意见退回重新审核。（R-REP-9，S4 3.5.8）",
         lst="repairDecisionListener", events=("create", "complete")),
    gw("Gateway_Certified", 34, SETTLE, "认定?", default="Flow_Certified"),
    user("Task_Pay", "拨付维修工程款（A类扣保证金）", 35, SETTLE, "repair-payment", "finance",
         "${workingDays.after(now(), 3)}",
         "财务计统部根据《维修工程结算书》拨付维修工程款，无须其余部门再行审核；A类维修工程费用从施工单位的工程质量保证金中扣除，保证金不足的须明确记录差额。（R-REP-9，S4 3.5.9）",
         lst="repairPaymentListener", events=("create", "complete")),
    service("Task_CloseOrder", "维修工单结案", 36, CS, "closeRepairOrderDelegate",
            "R-REP-9: the order is closed; its result (order number, satisfaction, settled cost) returns to the complaint."),
    dict(id="End_Closed", type="endEvent", name="维修工单已结案", col=37, lane=CS),
    # escalation of missed deadlines (like complaints, R-AS-6)
    gw("Gateway_OverdueMerge", 14, SUPERVISE),
    service("Task_RecordOverdue", "记录维修超期", 15, SUPERVISE, "repairOverdueDelegate",
            "R-REP-1, R-REP-3, R-REP-7: each missed milestone (survey, repair, callback) is recorded once; overdueHandlerGroup names who was late."),
    gw("Gateway_Overdue", 16, SUPERVISE, "有超期?", default="Flow_NoOverdue"),
    dict(id="Task_FindSupervisor", type="businessRuleTask", name="确定督办领导（决策表）", col=17, lane=SUPERVISE,
         attrs={"camunda:decisionRef": "complaint-escalation", "camunda:decisionRefBinding": "deployment",
                "camunda:mapDecisionResult": "singleEntry", "camunda:resultVariable": "supervisorGroup"},
         ext=inputs(handlerGroup="${overdueHandlerGroup}"),
         doc="R-REP-3 (escalates like complaints, R-AS-6): the same DMN complaint-escalation names the late party's manager (维修队 → 客户服务部经理, 工程技术服务部 → 工程技术服务部负责人)."),
    user("Task_SuperviseRepair", "维修超期督办", 18, SUPERVISE, "repair-supervision", "${supervisorGroup}",
         "${workingDays.after(now(), 1)}",
         "主管领导督办超期的维修工单：了解原因，督促立即完成；需要延期的必须事先取得客户认可。（R-REP-3，S4 3.4.5）"),
    dict(id="End_Supervised", type="endEvent", name="已督办", col=19, lane=SUPERVISE),
    dict(id="End_NoOverdue", type="endEvent", name="按期完成", col=17, lane=SUPERVISE, row=1),
]

X = lambda col: 40 + 30 + 30 + 60 + col * 150  # centre x of a column (bpmn_layout constants)

flows = [
    dict(id="Flow_Started", **{"from": "Start_Repair", "to": "Task_OpenOrder"}),
    dict(id="Flow_Opened", **{"from": "Task_OpenOrder", "to": "Gateway_SurveyMerge"}),
    dict(id="Flow_ToSurvey", **{"from": "Gateway_SurveyMerge", "to": "Task_SiteSurvey"}),
    dict(id="Flow_Surveyed", **{"from": "Task_SiteSurvey", "to": "Gateway_Responsible"}),
    dict(id="Flow_NotCompany", name="非公司责任", cond="${responsibleParty == 'CUSTOMER'}", **{"from": "Gateway_Responsible", "to": "Task_NotCompany"}),
    dict(id="Flow_NotCompanyClosed", **{"from": "Task_NotCompany", "to": "End_NotCompany"}),
    dict(id="Flow_CompanyResponsible", name="公司或施工单位", **{"from": "Gateway_Responsible", "to": "Task_ApprovalLevel"}),
    dict(id="Flow_LevelDecided", **{"from": "Task_ApprovalLevel", "to": "Gateway_NeedsReview"}),
    dict(id="Flow_NeedsReview", name="1000–10000元", cond="${approvalRoute.reviewerGroup != null}", **{"from": "Gateway_NeedsReview", "to": "Task_ReviewCost"}),
    dict(id="Flow_NoReview", **{"from": "Gateway_NeedsReview", "to": "Gateway_ApproveMerge"}),
    dict(id="Flow_Reviewed", **{"from": "Task_ReviewCost", "to": "Gateway_Reviewed"}),
    dict(id="Flow_ReviewPassed", name="同意", **{"from": "Gateway_Reviewed", "to": "Gateway_ApproveMerge"}),
    dict(id="Flow_ReviewRejected", name="退回重新勘察", cond="${costDecision == 'REJECT'}", **{"from": "Gateway_Reviewed", "to": "Gateway_SurveyMerge"}),
    dict(id="Flow_ToApprove", **{"from": "Gateway_ApproveMerge", "to": "Task_ApproveCost"}),
    dict(id="Flow_ApprovalDecided", **{"from": "Task_ApproveCost", "to": "Gateway_Approved"}),
    dict(id="Flow_Approved", name="批准", **{"from": "Gateway_Approved", "to": "Task_IssueWorkOrder"}),
    dict(id="Flow_ApprovalRejected", name="退回重新勘察", cond="${costDecision == 'REJECT'}", **{"from": "Gateway_Approved", "to": "Gateway_SurveyMerge"}),
    dict(id="Flow_WorkOrderIssued", **{"from": "Task_IssueWorkOrder", "to": "Gateway_RepairMerge"}),
    dict(id="Flow_ToRepair", **{"from": "Gateway_RepairMerge", "to": "Task_Repair"}),
    dict(id="Flow_RepairReported", **{"from": "Task_Repair", "to": "Gateway_RepairOutcome"}),
    dict(id="Flow_RepairDone", name="完工", **{"from": "Gateway_RepairOutcome", "to": "Gateway_DoneMerge"}),
    dict(id="Flow_RepairExtended", name="客户同意延期", cond="${repairOutcome == 'EXTEND'}", lift=30, **{"from": "Gateway_RepairOutcome", "to": "Gateway_RepairMerge"}),
    dict(id="Flow_ToContractor", name="维修队无法处理", cond="${repairOutcome == 'CANNOT'}", **{"from": "Gateway_RepairOutcome", "to": "Gateway_ContractorMerge"}),
    dict(id="Flow_ToContractorRepair", **{"from": "Gateway_ContractorMerge", "to": "Task_ContractorRepair"}),
    dict(id="Flow_ContractorReported", **{"from": "Task_ContractorRepair", "to": "Gateway_ContractorOutcome"}),
    dict(id="Flow_ContractorDone", name="完工", **{"from": "Gateway_ContractorOutcome", "to": "Gateway_DoneMerge"}),
    dict(id="Flow_ContractorExtended", name="客户同意延期", cond="${repairOutcome == 'EXTEND'}", lift=30, **{"from": "Gateway_ContractorOutcome", "to": "Gateway_ContractorMerge"}),
    dict(id="Flow_ToCheck", **{"from": "Gateway_DoneMerge", "to": "Task_CompletionCheck"}),
    dict(id="Flow_Checked", **{"from": "Task_CompletionCheck", "to": "Gateway_CheckPassed"}),
    dict(id="Flow_CheckPassed", name="合格，客户签认", **{"from": "Gateway_CheckPassed", "to": "Task_Callback"}),
    dict(id="Flow_Rework", name="不合格，返工", cond="${!checkPassed}",
         points=[(X(21), 465), (X(21), 600), (X(13), 600), (X(13), 735)],
         **{"from": "Gateway_CheckPassed", "to": "Gateway_RepairMerge"}),
    dict(id="Flow_CalledBack", **{"from": "Task_Callback", "to": "Gateway_AccountMerge"}),
    dict(id="Flow_ToFinalAccount", **{"from": "Gateway_AccountMerge", "to": "Task_FinalAccount"}),
    dict(id="Flow_AccountSubmitted", **{"from": "Task_FinalAccount", "to": "Task_SettlementRoute"}),
    dict(id="Flow_ReviewerDecided", **{"from": "Task_SettlementRoute", "to": "Gateway_ReviewMerge"}),
    dict(id="Flow_ToAccountReview", **{"from": "Gateway_ReviewMerge", "to": "Task_ReviewAccount"}),
    dict(id="Flow_AccountReviewed", **{"from": "Task_ReviewAccount", "to": "Gateway_AccountReviewed"}),
    dict(id="Flow_AccountPassed", name="结算书", **{"from": "Gateway_AccountReviewed", "to": "Gateway_TypeA"}),
    dict(id="Flow_AccountReturned", name="退回修改决算", cond="${accountDecision == 'REJECT'}", **{"from": "Gateway_AccountReviewed", "to": "Gateway_AccountMerge"}),
    dict(id="Flow_TypeA", name="A类", cond="${orderType == 'A'}", **{"from": "Gateway_TypeA", "to": "Task_ContractorConfirm"}),
    dict(id="Flow_TypeB", name="B类", **{"from": "Gateway_TypeA", "to": "Gateway_CertifyMerge"}),
    dict(id="Flow_ContractorAnswered", **{"from": "Task_ContractorConfirm", "to": "Gateway_ContractorConfirmed"}),
    dict(id="Flow_ContractorConfirmed", name="已确认", **{"from": "Gateway_ContractorConfirmed", "to": "Gateway_CertifyMerge"}),
    dict(id="Flow_ContractorDisputed", name="有异议，重新审核", cond="${accountDecision == 'REJECT'}", **{"from": "Gateway_ContractorConfirmed", "to": "Gateway_ReviewMerge"}),
    dict(id="Flow_ToCertify", **{"from": "Gateway_CertifyMerge", "to": "Task_Certify"}),
    dict(id="Flow_CertifyDecided", **{"from": "Task_Certify", "to": "Gateway_Certified"}),
    dict(id="Flow_Certified", name="认定", **{"from": "Gateway_Certified", "to": "Task_Pay"}),
    dict(id="Flow_NotCertified", name="退回重新审核", cond="${accountDecision == 'REJECT'}", lift=45, **{"from": "Gateway_Certified", "to": "Gateway_ReviewMerge"}),
    dict(id="Flow_Paid", **{"from": "Task_Pay", "to": "Task_CloseOrder"}),
    dict(id="Flow_Closed", **{"from": "Task_CloseOrder", "to": "End_Closed"}),
    dict(id="Flow_SurveyOverdue", **{"from": "Timer_SurveyDue", "to": "Gateway_OverdueMerge"}),
    dict(id="Flow_RepairOverdue", **{"from": "Timer_RepairDue", "to": "Gateway_OverdueMerge"}),
    dict(id="Flow_ContractorOverdue", **{"from": "Timer_ContractorDue", "to": "Gateway_OverdueMerge"}),
    dict(id="Flow_CallbackOverdue", **{"from": "Timer_CallbackDue", "to": "Gateway_OverdueMerge"}),
    dict(id="Flow_ToRecordOverdue", **{"from": "Gateway_OverdueMerge", "to": "Task_RecordOverdue"}),
    dict(id="Flow_OverdueRecorded", **{"from": "Task_RecordOverdue", "to": "Gateway_Overdue"}),
    dict(id="Flow_Overdue", name="是", cond="${escalated}", **{"from": "Gateway_Overdue", "to": "Task_FindSupervisor"}),
    dict(id="Flow_NoOverdue", name="否", **{"from": "Gateway_Overdue", "to": "End_NoOverdue"}),
    dict(id="Flow_SupervisorFound", **{"from": "Task_FindSupervisor", "to": "Task_SuperviseRepair"}),
    dict(id="Flow_Supervised", **{"from": "Task_SuperviseRepair", "to": "End_Supervised"}),
]

MODEL = dict(
    id="Definitions_repair_order",
    pools=[dict(id="Participant_RepairOrder", name="维修派工与审批", lanes=[
        dict(id="Lane_Approvers", name="客户服务部经理 / 副总工程师 / 副总经理 / 总经理", rows=2),
        dict(id="Lane_CustomerService", name="客户服务部", rows=2),
        dict(id="Lane_RepairTeam", name="客户服务维修队", rows=1),
        dict(id="Lane_Engineering", name="工程技术服务部（督促施工单位）", rows=1),
        dict(id="Lane_Settlement", name="审计核算部 / 副总工程师 / 财务计统部", rows=2),
        dict(id="Lane_Supervision", name="主管领导（超期督办）", rows=2),
    ], nodes=nodes, flows=flows,
        process=dict(id="repair-order", name="维修派工与审批", attrs={
            "camunda:historyTimeToLive": "3650", "camunda:versionTag": "0.1", "camunda:isStartableInTasklist": "false"},
            doc="SPEC §4 维修派工与审批 (S4 3.4.5–3.6): R-REP-1 … R-REP-10. Called by after-sale (维修派工) for repair complaints; business key = work order number."))],
)
