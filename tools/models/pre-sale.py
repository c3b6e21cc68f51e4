# pre-sale.bpmn (售前服务, SPEC §1) — layout description for tools/bpmn_layout.py
MGMT, ENG, MKT = 0, 1, 2

def task(id, name, col, lane, doc, kind="userTask", row=0, attrs=None, ext=None):
    return dict(id=id, type=kind, name=name, col=col, lane=lane, row=row, doc=doc, attrs=attrs or {}, ext=ext)

def form(ref):
    return {"camunda:formRef": ref, "camunda:formRefBinding": "deployment"}

def listener(bean, *events):
    return "\n".join(f'        <camunda:taskListener delegateExpression="${{{bean}}}" event="{e}" />' for e in events)

nodes = [
    dict(id="StartEvent_Register", type="startEvent", name="客户资料登记", col=0, lane=MKT,
         attrs=form("customer-registration"),
         doc="R-PRE-1: 营销内勤（咨询热线）或营销部（业务员、内勤、国贸开发人员）登记客户资料登记表. Other systems use POST /api/customers."),
    task("Task_RegisterArchive", "客户资料登记备案", 1, MKT,
         "R-PRE-1, R-PRE-2, R-ARC-1: stores the archive record (rejects missing name/contact, malformed phone, duplicates by name + phone); business key = customer id.",
         kind="serviceTask", attrs={"camunda:delegateExpression": "${registerCustomerDelegate}"}),
    task("Task_GradeCustomer", "客户资料审核分类（决策表）", 2, MGMT,
         "R-PRE-3, R-PRE-11: DMN customer-grading decides grade A/B/C and the key-customer flag (上年度销售收入 ≥ 500万元 or 战略客户).",
         kind="businessRuleTask", attrs={"camunda:decisionRef": "customer-grading", "camunda:decisionRefBinding": "deployment",
                                         "camunda:mapDecisionResult": "singleResult", "camunda:resultVariable": "gradingResult"}),
    task("Task_StoreGrade", "记录客户分级", 3, MGMT,
         "R-PRE-3: grade and key-customer flag stored on the archive with a grade-history entry.",
         kind="serviceTask", attrs={"camunda:delegateExpression": "${storeGradeDelegate}"}),
    task("Task_ReviewGrade", "审核客户分级", 4, MGMT,
         "营销副总、部门经理审核客户资料分类：确认或调整决策表给出的等级，须填写理由，记入分级历史。（R-PRE-4，S0 4.2.2.2）",
         attrs={**form("customer-grade-review"), "camunda:candidateGroups": "marketing-vp,marketing-manager",
                "camunda:dueDate": "${workingDays.after(now(), 1)}"},
         ext=listener("gradeReviewListener", "complete")),
    task("Task_ServiceSchedule", "编排客户服务安排表", 5, MGMT,
         "营销副总、部门经理根据客户资料编排客户服务安排表：计划服务内容并指定营销部跟进负责人，登记备案。（R-PRE-5，S0 4.2.3.1）",
         attrs={**form("customer-service-schedule"), "camunda:candidateGroups": "marketing-vp,marketing-manager",
                "camunda:dueDate": "${workingDays.after(now(), 1)}"},
         ext=listener("serviceScheduleListener", "complete")),
    task("Task_DecideCadence", "确定跟进频次（决策表）", 6, MKT,
         "R-PRE-6: DMN follow-up-cadence gives the interval (A P7D, B P15D, C P1M) and whether an on-site visit is appointed (A).",
         kind="businessRuleTask", attrs={"camunda:decisionRef": "follow-up-cadence", "camunda:decisionRefBinding": "deployment",
                                         "camunda:mapDecisionResult": "singleResult", "camunda:resultVariable": "cadence"}),
    task("Task_ApplyCadence", "记录跟进频次", 7, MKT, "R-PRE-6: interval stored on the archive; variables followUpInterval, onSiteVisit.",
         kind="serviceTask", attrs={"camunda:delegateExpression": "${applyCadenceDelegate}"}),
    dict(id="Gateway_OnSiteVisit", type="exclusiveGateway", name="需预约上门拜访?", col=8, lane=MKT, default="Flow_NoVisit",
         doc="R-PRE-6: A级客户 also get an on-site visit appointment (预约上门拜访)."),
    dict(id="Gateway_ForkVisit", type="parallelGateway", col=9, lane=MKT, row=1),
    task("Task_AppointVisit", "预约上门拜访", 10, MKT,
         "A级客户预约上门拜访：登记拜访时间和人员，记入客户跟进情况登记表。（R-PRE-6，S0 4.2.3.2）",
         row=1, attrs={**form("on-site-visit-appointment"), "camunda:assignee": "${owner}", "camunda:candidateGroups": "marketing",
                       "camunda:dueDate": "${workingDays.after(now(), 2)}"},
         ext=listener("visitAppointmentListener", "complete")),
    dict(id="End_VisitAppointed", type="endEvent", name="已预约上门拜访", col=11, lane=MKT, row=1),
    dict(id="Gateway_WaitMerge", type="exclusiveGateway", col=10, lane=MKT),
    dict(id="Gateway_WaitFollowUp", type="eventBasedGateway", name="等待跟进或签约", col=11, lane=MKT,
         doc="R-PRE-6, R-PRE-10: waits for the next follow-up date or for the contract signature (POST /api/customers/{id}/contracts)."),
    dict(id="Timer_FollowUpDue", type="intermediateCatchEvent", name="跟进到期", col=12, lane=MKT,
         doc="R-PRE-6: fires at the cadence's interval after now, moved to the next working day 09:00 if it lands on a non-working day — the follow-up task appears when due, not before.",
         body='      <bpmn:timerEventDefinition id="TimerDef_FollowUpDue">\n        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${workingDays.afterPeriod(now(), followUpInterval)}</bpmn:timeDate>\n      </bpmn:timerEventDefinition>'),
    dict(id="Message_ContractSigned", type="intermediateCatchEvent", name="签订正式合同", col=12, lane=MKT, row=3,
         doc="R-PRE-10: message ContractSigned, correlated to this customer's case when the contract is recorded.",
         body='      <bpmn:messageEventDefinition id="MessageDef_ContractSignedWait" messageRef="Message_ContractSigned_Def" />'),
    task("Task_FollowUp", "客户跟进", 13, MKT,
         "按期跟进客户并登记客户跟进情况登记表：日期、跟进方式（电话拜访/上门拜访/邮寄资料/投标文件制作/技术咨询）、跟进情况、下一步计划、合作意向变化；需要时请工程技术服务部提供技术咨询；签订正式合同或放弃跟进时在此登记。（R-PRE-7，R-PRE-8，R-PRE-10）",
         attrs={**form("customer-follow-up"), "camunda:assignee": "${owner}", "camunda:candidateGroups": "marketing",
                "camunda:dueDate": "${workingDays.after(now(), 1)}"},
         ext=listener("followUpListener", "create", "complete")),
    dict(id="Boundary_ContractSigned", type="boundaryEvent", name="签订正式合同", attachedTo="Task_FollowUp",
         doc="R-PRE-10: a contract recorded through the API while the follow-up task is open ends it.",
         body='      <bpmn:messageEventDefinition id="MessageDef_ContractSignedBoundary" messageRef="Message_ContractSigned_Def" />'),
    dict(id="Gateway_NeedsConsultation", type="exclusiveGateway", name="需要技术咨询?", col=14, lane=MKT, default="Flow_NoConsultation"),
    task("Task_TechnicalConsultation", "提供技术咨询", 15, ENG,
         "工程技术服务部提供技术咨询支持，登记咨询结果（记入客户跟进情况登记表）。（R-PRE-7，S0 4.2.3.5）",
         attrs={**form("technical-consultation"), "camunda:candidateGroups": "engineering",
                "camunda:dueDate": "${workingDays.after(now(), 2)}"},
         ext=listener("followUpListener", "complete")),
    dict(id="Gateway_ConsultationDone", type="exclusiveGateway", col=16, lane=MKT),
    dict(id="Gateway_CaseDecision", type="exclusiveGateway", name="跟进结论", col=17, lane=MKT, default="Flow_Continue",
         doc="R-PRE-9, R-PRE-10: continue following up, converted (formal contract signed) or dropped."),
    dict(id="Gateway_IntentionChanged", type="exclusiveGateway", name="合作意向变化?", col=18, lane=MKT, default="Flow_SameIntention",
         doc="R-PRE-8: a changed intention re-grades the customer; the cadence follows the new grade from the next follow-up on."),
    task("Task_Regrade", "重新分级（决策表）", 19, MKT, "R-PRE-8, R-PRE-3: DMN customer-grading with the new intention.", row=1,
         kind="businessRuleTask", attrs={"camunda:decisionRef": "customer-grading", "camunda:decisionRefBinding": "deployment",
                                         "camunda:mapDecisionResult": "singleResult", "camunda:resultVariable": "gradingResult"}),
    task("Task_StoreRegrade", "记录重新分级", 20, MKT, "R-PRE-8: the new grade with a grade-history entry (source FOLLOW_UP).", row=1,
         kind="serviceTask", attrs={"camunda:delegateExpression": "${storeGradeDelegate}"},
         ext='        <camunda:inputOutput>\n          <camunda:inputParameter name="gradeSource">FOLLOW_UP</camunda:inputParameter>\n        </camunda:inputOutput>'),
    task("Task_Drop", "放弃跟进结案", 18, MKT, "R-PRE-10: the case is closed as dropped with the reason on the archive.", row=2,
         kind="serviceTask", attrs={"camunda:delegateExpression": "${dropCustomerDelegate}"}),
    dict(id="End_Dropped", type="endEvent", name="放弃跟进", col=19, lane=MKT, row=2,
         body='      <bpmn:terminateEventDefinition id="TerminateDef_Dropped" />'),
    task("Task_Convert", "转为正式客户", 18, MKT,
         "R-PRE-10 (S0 4.2.3.8, 4.2.5): the archive becomes a formal customer and the in-sale case starts for the contract (start message ContractSigned).",
         row=3, kind="serviceTask", attrs={"camunda:delegateExpression": "${convertCustomerDelegate}"}),
    dict(id="End_Converted", type="endEvent", name="转入售中服务", col=19, lane=MKT, row=3,
         body='      <bpmn:terminateEventDefinition id="TerminateDef_Converted" />'),
]

nodes += [
    dict(id="Gateway_CadenceMerge", type="exclusiveGateway", col=6, lane=MKT),
    dict(id="Gateway_ConvertMerge", type="exclusiveGateway", col=18, lane=MKT, row=3),
]

flows = [
    dict(id="Flow_Registered", **{"from": "StartEvent_Register", "to": "Task_RegisterArchive"}),
    dict(id="Flow_ToGrading", **{"from": "Task_RegisterArchive", "to": "Task_GradeCustomer"}),
    dict(id="Flow_Graded", **{"from": "Task_GradeCustomer", "to": "Task_StoreGrade"}),
    dict(id="Flow_ToReview", **{"from": "Task_StoreGrade", "to": "Task_ReviewGrade"}),
    dict(id="Flow_Reviewed", **{"from": "Task_ReviewGrade", "to": "Task_ServiceSchedule"}),
    dict(id="Flow_Scheduled", **{"from": "Task_ServiceSchedule", "to": "Gateway_CadenceMerge"}),
    dict(id="Flow_ToCadence", **{"from": "Gateway_CadenceMerge", "to": "Task_DecideCadence"}),
    dict(id="Flow_CadenceDecided", **{"from": "Task_DecideCadence", "to": "Task_ApplyCadence"}),
    dict(id="Flow_ToVisitCheck", **{"from": "Task_ApplyCadence", "to": "Gateway_OnSiteVisit"}),
    dict(id="Flow_Visit", name="是（A级）", cond="${onSiteVisit}", **{"from": "Gateway_OnSiteVisit", "to": "Gateway_ForkVisit"}),
    dict(id="Flow_NoVisit", name="否", **{"from": "Gateway_OnSiteVisit", "to": "Gateway_WaitMerge"}),
    dict(id="Flow_ToAppointment", **{"from": "Gateway_ForkVisit", "to": "Task_AppointVisit"}),
    dict(id="Flow_AlsoWait", **{"from": "Gateway_ForkVisit", "to": "Gateway_WaitMerge"}),
    dict(id="Flow_Appointed", **{"from": "Task_AppointVisit", "to": "End_VisitAppointed"}),
    dict(id="Flow_Wait", **{"from": "Gateway_WaitMerge", "to": "Gateway_WaitFollowUp"}),
    dict(id="Flow_ToTimer", **{"from": "Gateway_WaitFollowUp", "to": "Timer_FollowUpDue"}),
    dict(id="Flow_ToContractMessage", **{"from": "Gateway_WaitFollowUp", "to": "Message_ContractSigned"}),
    dict(id="Flow_FollowUpDue", **{"from": "Timer_FollowUpDue", "to": "Task_FollowUp"}),
    dict(id="Flow_FollowedUp", **{"from": "Task_FollowUp", "to": "Gateway_NeedsConsultation"}),
    dict(id="Flow_Consultation", name="是", cond="${needsTechnicalConsultation}", **{"from": "Gateway_NeedsConsultation", "to": "Task_TechnicalConsultation"}),
    dict(id="Flow_NoConsultation", name="否", **{"from": "Gateway_NeedsConsultation", "to": "Gateway_ConsultationDone"}),
    dict(id="Flow_Consulted", **{"from": "Task_TechnicalConsultation", "to": "Gateway_ConsultationDone"}),
    dict(id="Flow_ToDecision", **{"from": "Gateway_ConsultationDone", "to": "Gateway_CaseDecision"}),
    dict(id="Flow_Continue", name="继续跟进", **{"from": "Gateway_CaseDecision", "to": "Gateway_IntentionChanged"}),
    dict(id="Flow_Dropped", name="放弃", cond="${caseDecision == 'DROPPED'}", **{"from": "Gateway_CaseDecision", "to": "Task_Drop"}),
    dict(id="Flow_Converted", name="已签约", cond="${caseDecision == 'CONVERTED'}", **{"from": "Gateway_CaseDecision", "to": "Gateway_ConvertMerge"}),
    dict(id="Flow_IntentionChanged", name="是", cond="${intentionChanged}", **{"from": "Gateway_IntentionChanged", "to": "Task_Regrade"}),
    dict(id="Flow_SameIntention", name="否", lift=20, **{"from": "Gateway_IntentionChanged", "to": "Gateway_WaitMerge"}),
    dict(id="Flow_Regraded", **{"from": "Task_Regrade", "to": "Task_StoreRegrade"}),
    dict(id="Flow_NewCadence", lift=35, **{"from": "Task_StoreRegrade", "to": "Gateway_CadenceMerge"}),
    dict(id="Flow_ToDropEnd", **{"from": "Task_Drop", "to": "End_Dropped"}),
    dict(id="Flow_SignedWhileWaiting", **{"from": "Message_ContractSigned", "to": "Gateway_ConvertMerge"}),
    dict(id="Flow_SignedDuringFollowUp", **{"from": "Boundary_ContractSigned", "to": "Gateway_ConvertMerge"}),
    dict(id="Flow_ToConvert", **{"from": "Gateway_ConvertMerge", "to": "Task_Convert"}),
    dict(id="Flow_ToInSale", **{"from": "Task_Convert", "to": "End_Converted"}),
]

memo_nodes = [
    dict(id="Timer_Monthly", type="startEvent", name="每月1–10日 09:00", col=0, lane=0,
         doc="R-PRE-9: checks on each of the first ten days of a month whether it is the first working day.",
         body='      <bpmn:timerEventDefinition id="TimerDef_Monthly">\n        <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">0 0 9 1-10 * ?</bpmn:timeCycle>\n      </bpmn:timerEventDefinition>'),
    dict(id="Gateway_FirstWorkingDay", type="exclusiveGateway", name="本月第一个工作日?", col=1, lane=0, default="Flow_NotFirst"),
    task("Task_CreateTransferMemo", "生成上月客户记录转接备忘", 2, 0,
         "R-PRE-9 (S0 4.2.3.8): per grade, the customers converted to formal customers, dropped, or carried over to next month's schedule; GET /api/reports/transfer-memo?month=YYYY-MM.",
         kind="serviceTask", attrs={"camunda:delegateExpression": "${createTransferMemoDelegate}"}),
    dict(id="End_MemoCreated", type="endEvent", name="备忘已生成", col=3, lane=0),
    dict(id="End_NotFirstWorkingDay", type="endEvent", name="非首个工作日", col=2, lane=0, row=1),
]
memo_flows = [
    dict(id="Flow_MemoCheck", **{"from": "Timer_Monthly", "to": "Gateway_FirstWorkingDay"}),
    dict(id="Flow_IsFirst", name="是", cond="${workingDays.isFirstWorkingDayOfMonth(now())}", **{"from": "Gateway_FirstWorkingDay", "to": "Task_CreateTransferMemo"}),
    dict(id="Flow_NotFirst", name="否", **{"from": "Gateway_FirstWorkingDay", "to": "End_NotFirstWorkingDay"}),
    dict(id="Flow_MemoDone", **{"from": "Task_CreateTransferMemo", "to": "End_MemoCreated"}),
]

for _n in nodes:
    if _n["id"] in ("Gateway_CadenceMerge",):
        continue
    if _n.get("col", 0) >= 6 and _n["type"] != "boundaryEvent":
        _n["col"] += 1
    if _n["id"] in ("Task_Convert", "End_Converted"):
        _n["col"] += 1
    if _n["id"] == "Gateway_ConvertMerge":
        pass

MODEL = dict(
    id="Definitions_pre_sale",
    messages=[("Message_ContractSigned_Def", "ContractSigned")],
    pools=[
        dict(id="Participant_PreSale", name="售前服务", lanes=[
            dict(id="Lane_MarketingManagement", name="营销副总 / 部门经理"),
            dict(id="Lane_Engineering", name="工程技术服务部"),
            dict(id="Lane_Marketing", name="营销部（含营销内勤）", rows=4),
        ], nodes=nodes, flows=flows,
             process=dict(id="pre-sale", name="售前服务", attrs={
                 "camunda:candidateStarterGroups": "marketing-office,marketing",
                 "camunda:historyTimeToLive": "3650", "camunda:versionTag": "1.0"},
                 doc="SPEC §1 售前服务 (S0 4.1–4.2): R-PRE-1 … R-PRE-11, R-ARC-1. Business key = customer id.")),
        dict(id="Participant_TransferMemo", name="每月客户记录转接备忘", lanes=[
            dict(id="Lane_MemoMarketing", name="营销部", rows=2),
        ], nodes=memo_nodes, flows=memo_flows,
             process=dict(id="pre-sale-monthly-memo", name="每月客户记录转接备忘", attrs={
                 "camunda:isStartableInTasklist": "false", "camunda:historyTimeToLive": "3650", "camunda:versionTag": "1.0"},
                 doc="R-PRE-9: on the first working day of each month, the previous month's transfer memo.")),
    ],
)
