# in-sale.bpmn (售中服务, SPEC §2) — layout description for tools/bpmn_layout.py
MKT, ENG, TEAM, APPROVE = 0, 1, 2, 3

def form(ref):
    return {"camunda:formRef": ref, "camunda:formRefBinding": "deployment"}

def listener(bean, *events):
    return "\n".join(f'        <camunda:taskListener delegateExpression="${{{bean}}}" event="{e}" />' for e in events)

CHAIN = '''        <camunda:inputOutput>
          <camunda:outputParameter name="approvalLevels">
            <camunda:list>
              <camunda:value>engineering-head</camunda:value>
              <camunda:value>marketing-vp</camunda:value>
              <camunda:value>general-manager</camunda:value>
            </camunda:list>
          </camunda:outputParameter>
          <camunda:outputParameter name="approvalDecision">PENDING</camunda:outputParameter>
        </camunda:inputOutput>'''

def chain_task(id, name, col, doc):
    return dict(id=id, type="userTask", name=name, col=col, lane=APPROVE, doc=doc,
                attrs={**form("project-approval"), "camunda:candidateGroups": "${approverGroup}",
                       "camunda:dueDate": "${workingDays.after(now(), 2)}"},
                ext=listener("approvalListener", "complete"),
                body='      <bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${approvalLevels}" camunda:elementVariable="approverGroup">\n'
                     '        <bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${approvalDecision == \'REJECT\'}</bpmn:completionCondition>\n'
                     '      </bpmn:multiInstanceLoopCharacteristics>')

def team_task(id, name, col, form_ref, doc, extra=None):
    return dict(id=id, type="userTask", name=name, col=col, lane=TEAM, doc=doc,
                attrs={**form(form_ref), "camunda:assignee": "${teamLeader}", "camunda:candidateGroups": "${teamGroup}",
                       "camunda:dueDate": "${workingDays.after(now(), 5)}"},
                ext=(extra + "\n" if extra else "") + listener("inSaleRecordListener", "complete"))

nodes = [
    dict(id="StartEvent_ContractSigned", type="startEvent", name="签订正式合同（售前转入）", col=0, lane=MKT,
         doc="R-PRE-10, R-IN-1: started by the pre-sale conversion with message ContractSigned.",
         body='      <bpmn:messageEventDefinition id="MessageDef_InSaleStart" messageRef="Message_ContractSigned_Start" />'),
    dict(id="StartEvent_Manual", type="startEvent", name="合同登记（已有客户）", col=0, lane=MKT, row=1,
         attrs=form("contract-registration"),
         doc="R-IN-1: 营销部 enters a formal contract of an existing customer in Tasklist."),
    dict(id="Gateway_Started", type="exclusiveGateway", col=1, lane=MKT),
    dict(id="Task_LoadContract", type="serviceTask", name="合同登记备案", col=2, lane=MKT,
         attrs={"camunda:delegateExpression": "${loadContractDelegate}"},
         doc="R-IN-1: stores a contract entered in Tasklist, or reads the one pre-sale created; business key = contract number."),
    dict(id="Task_ContractReview", type="userTask", name="合同评审记录", col=3, lane=MKT,
         attrs={**form("contract-review"), "camunda:candidateGroups": "marketing", "camunda:dueDate": "${workingDays.after(now(), 2)}"},
         ext=listener("contractReviewListener", "complete"),
         doc="营销部记录合同评审结果：顾客明示的要求、未明示但必要的要求、法律法规要求、公司附加要求，评审人与日期。（R-IN-2，S4 5.1）"),
    dict(id="Task_SuggestClass", type="businessRuleTask", name="合约分类建议（决策表）", col=4, lane=ENG,
         attrs={"camunda:decisionRef": "contract-classification", "camunda:decisionRefBinding": "deployment",
                "camunda:mapDecisionResult": "singleEntry", "camunda:resultVariable": "suggestedClass"},
         doc="R-IN-1: DMN contract-classification suggests BULK (大宗客户项目合作合约) or SCATTERED (零散合作合约)."),
    dict(id="Task_ConfirmClass", type="userTask", name="合约分类确认", col=5, lane=ENG,
         attrs={**form("contract-classification-confirm"), "camunda:candidateGroups": "engineering",
                "camunda:dueDate": "${workingDays.after(now(), 1)}"},
         ext=listener("contractClassListener", "complete"),
         doc="工程技术服务部根据客户合作合约确认合约分类（大宗客户项目合作合约/零散合作合约），与决策表建议不同时须填写理由。（R-IN-1，S0 4.4.1.1）"),
    dict(id="Gateway_Class", type="exclusiveGateway", name="合约类别", col=6, lane=ENG, default="Flow_Scattered"),
    # scattered
    dict(id="Task_ArrangeSupport", type="userTask", name="安排技术服务支持", col=7, lane=ENG, row=1,
         attrs={**form("scattered-arrangement"), "camunda:candidateGroups": "engineering", "camunda:dueDate": "${workingDays.after(now(), 2)}"},
         ext=listener("inSaleRecordListener", "complete"),
         doc="工程技术服务部安排零散合约的技术服务支持，按合约规定安排运输和设备安装；特殊情况须经总经理批准。（R-IN-3，R-IN-9，S0 4.4.1.2，4.4.2.6，4.4.7）"),
    dict(id="Gateway_Special", type="exclusiveGateway", name="特殊安排?", col=8, lane=ENG, row=1, default="Flow_NoSpecial"),
    dict(id="Task_ApproveSpecial", type="userTask", name="批准特殊运输或安装安排", col=9, lane=APPROVE, row=1,
         attrs={**form("project-approval"), "camunda:candidateGroups": "general-manager", "camunda:dueDate": "${workingDays.after(now(), 2)}"},
         ext=listener("approvalListener", "complete"),
         doc="总经理批准特殊的运输或设备安装安排；不同意则退回重新安排。（R-IN-9，S0 4.4.2.6）"),
    dict(id="Gateway_SpecialApproved", type="exclusiveGateway", name="批准?", col=10, lane=APPROVE, row=1, default="Flow_SpecialApproved"),
    dict(id="Gateway_SpecialDone", type="exclusiveGateway", col=11, lane=ENG, row=1),
    dict(id="Gateway_ForkScattered", type="parallelGateway", col=12, lane=ENG, row=1),
    dict(id="Task_TransportInstall", type="userTask", name="运输与设备安装", col=13, lane=ENG, row=1,
         attrs={**form("transport-installation"), "camunda:candidateGroups": "eng-install", "camunda:dueDate": "${workingDays.after(now(), 5)}"},
         ext=listener("inSaleRecordListener", "complete"),
         doc="设备安装部按合约规定的方式完成运输和设备安装，登记完成情况。（R-IN-3，S0 4.4.7.1）"),
    dict(id="Task_ExecutionFollowUp", type="userTask", name="合约执行跟进", col=13, lane=MKT, row=1,
         attrs={**form("execution-follow-up"), "camunda:candidateGroups": "marketing", "camunda:dueDate": "${workingDays.after(now(), 5)}"},
         ext=listener("inSaleRecordListener", "complete"),
         doc="营销部负责相关事务的咨询和支持，以及合约执行的跟进。（R-IN-3，S0 4.4.7.1）"),
    dict(id="Gateway_JoinScattered", type="parallelGateway", col=14, lane=ENG, row=1),
    # bulk
    dict(id="Task_FormTeam", type="userTask", name="成立项目服务小组", col=7, lane=TEAM,
         attrs={**form("project-team"), "camunda:candidateGroups": "engineering-head", "camunda:dueDate": "${workingDays.after(now(), 2)}"},
         ext=listener("projectTeamListener", "complete"),
         doc="工程技术服务部负责人成立项目服务小组：组长由其担任或指定专人担任，成员来自工程设计部、工程技术部、设备安装部和行政事务部；评估未通过时重新设计安排。（R-IN-4，R-IN-5，S0 4.4.2）"),
    team_task("Task_Evaluate", "项目服务评估", 8, "project-evaluation",
              "项目服务小组组长提出项目服务评估，交工程技术服务部负责人确认、营销副总审核、总经理批准。（R-IN-5，S0 4.4.3）", CHAIN),
    chain_task("Task_EvaluationApproval", "项目服务评估审批（确认→审核→批准）", 9,
               "工程技术服务部负责人确认、营销副总审核、总经理/助理批准，依次进行；任一级不同意须写明理由，小组重新设计安排后再次评估。（R-IN-5，S0 4.4.3）"),
    dict(id="Gateway_EvaluationApproved", type="exclusiveGateway", name="评估通过?", col=10, lane=APPROVE, default="Flow_EvaluationPassed"),
    team_task("Task_ServicePlan", "编制项目服务规划书", 11, "project-plan",
              "项目服务小组出具项目服务规划书：项目人力组织安排、进度安排、事务如何解决、技术服务组成；同样经三级确认、审核、批准。（R-IN-6，S0 4.4.4）", CHAIN),
    chain_task("Task_PlanApproval", "项目服务规划书审批（确认→审核→批准）", 12,
               "工程技术服务部负责人确认、营销副总审核、总经理/助理批准项目服务规划书；不同意须写明理由，退回修改后再次审批。（R-IN-6，S0 4.4.4.2）"),
    dict(id="Gateway_PlanApproved", type="exclusiveGateway", name="规划书通过?", col=13, lane=APPROVE, default="Flow_PlanPassed"),
    team_task("Task_CustomerSignOff", "客户签字确认规划书", 14, "plan-sign-off",
              "项目服务规划书经客户签字确认：登记签字人、日期和签字文件编号。（R-IN-7，S0 4.4.5）"),
    team_task("Task_ExecuteService", "项目服务执行与跟进", 15, "project-execution",
              "项目服务小组安排项目服务执行，并跟进服务结果。（R-IN-7，S0 4.4.5）"),
    team_task("Task_ClosureReport", "项目结案报告", 16, "closure-report",
              "项目执行完成后出具项目结案报告，经客户签字确认，一式两份：一份交客户留存，一份公司内部存档。（R-IN-8，S0 4.4.6）"),
    dict(id="Gateway_HandOver", type="exclusiveGateway", col=17, lane=MKT),
    dict(id="Task_HandOver", type="serviceTask", name="转入售后服务", col=18, lane=MKT,
         attrs={"camunda:delegateExpression": "${handOverDelegate}"},
         doc="R-IN-10 (S0 4.4.8): the contract enters after-sale service; complaints and surveys now apply to it."),
    dict(id="End_AfterSale", type="endEvent", name="售中服务完成", col=19, lane=MKT),
]

flows = [
    dict(id="Flow_FromPreSale", **{"from": "StartEvent_ContractSigned", "to": "Gateway_Started"}),
    dict(id="Flow_FromTasklist", **{"from": "StartEvent_Manual", "to": "Gateway_Started"}),
    dict(id="Flow_ToLoad", **{"from": "Gateway_Started", "to": "Task_LoadContract"}),
    dict(id="Flow_ToReview", **{"from": "Task_LoadContract", "to": "Task_ContractReview"}),
    dict(id="Flow_ToSuggest", **{"from": "Task_ContractReview", "to": "Task_SuggestClass"}),
    dict(id="Flow_ToConfirm", **{"from": "Task_SuggestClass", "to": "Task_ConfirmClass"}),
    dict(id="Flow_Classified", **{"from": "Task_ConfirmClass", "to": "Gateway_Class"}),
    dict(id="Flow_Bulk", name="大宗", cond="${contractClass == 'BULK'}", **{"from": "Gateway_Class", "to": "Task_FormTeam"}),
    dict(id="Flow_Scattered", name="零散", **{"from": "Gateway_Class", "to": "Task_ArrangeSupport"}),
    dict(id="Flow_Arranged", **{"from": "Task_ArrangeSupport", "to": "Gateway_Special"}),
    dict(id="Flow_Special", name="是", cond="${needsSpecialApproval}", **{"from": "Gateway_Special", "to": "Task_ApproveSpecial"}),
    dict(id="Flow_NoSpecial", name="否", **{"from": "Gateway_Special", "to": "Gateway_SpecialDone"}),
    dict(id="Flow_SpecialDecided", **{"from": "Task_ApproveSpecial", "to": "Gateway_SpecialApproved"}),
    dict(id="Flow_SpecialApproved", name="批准", **{"from": "Gateway_SpecialApproved", "to": "Gateway_SpecialDone"}),
    dict(id="Flow_SpecialRejected", name="不批准，重新安排", cond="${approvalDecision == 'REJECT'}", lift=20,
         **{"from": "Gateway_SpecialApproved", "to": "Task_ArrangeSupport"}),
    dict(id="Flow_ToFork", **{"from": "Gateway_SpecialDone", "to": "Gateway_ForkScattered"}),
    dict(id="Flow_ToInstall", **{"from": "Gateway_ForkScattered", "to": "Task_TransportInstall"}),
    dict(id="Flow_ToFollowUp", **{"from": "Gateway_ForkScattered", "to": "Task_ExecutionFollowUp"}),
    dict(id="Flow_Installed", **{"from": "Task_TransportInstall", "to": "Gateway_JoinScattered"}),
    dict(id="Flow_FollowedUp", **{"from": "Task_ExecutionFollowUp", "to": "Gateway_JoinScattered"}),
    dict(id="Flow_ScatteredDone", **{"from": "Gateway_JoinScattered", "to": "Gateway_HandOver"}),
    dict(id="Flow_TeamFormed", **{"from": "Task_FormTeam", "to": "Task_Evaluate"}),
    dict(id="Flow_ToEvaluationApproval", **{"from": "Task_Evaluate", "to": "Task_EvaluationApproval"}),
    dict(id="Flow_EvaluationDecided", **{"from": "Task_EvaluationApproval", "to": "Gateway_EvaluationApproved"}),
    dict(id="Flow_EvaluationPassed", name="通过", **{"from": "Gateway_EvaluationApproved", "to": "Task_ServicePlan"}),
    dict(id="Flow_EvaluationRejected", name="未通过，重新设计安排", cond="${approvalDecision == 'REJECT'}", lift=30,
         **{"from": "Gateway_EvaluationApproved", "to": "Task_FormTeam"}),
    dict(id="Flow_ToPlanApproval", **{"from": "Task_ServicePlan", "to": "Task_PlanApproval"}),
    dict(id="Flow_PlanDecided", **{"from": "Task_PlanApproval", "to": "Gateway_PlanApproved"}),
    dict(id="Flow_PlanPassed", name="通过", **{"from": "Gateway_PlanApproved", "to": "Task_CustomerSignOff"}),
    dict(id="Flow_PlanRejected", name="未通过，修改", cond="${approvalDecision == 'REJECT'}", lift=20,
         **{"from": "Gateway_PlanApproved", "to": "Task_ServicePlan"}),
    dict(id="Flow_Signed", **{"from": "Task_CustomerSignOff", "to": "Task_ExecuteService"}),
    dict(id="Flow_Executed", **{"from": "Task_ExecuteService", "to": "Task_ClosureReport"}),
    dict(id="Flow_Closed", **{"from": "Task_ClosureReport", "to": "Gateway_HandOver"}),
    dict(id="Flow_ToHandOver", **{"from": "Gateway_HandOver", "to": "Task_HandOver"}),
    dict(id="Flow_HandedOver", **{"from": "Task_HandOver", "to": "End_AfterSale"}),
]

nodes += [
    dict(id="Gateway_ArrangeMerge", type="exclusiveGateway", col=7, lane=ENG, row=1),
    dict(id="Gateway_TeamMerge", type="exclusiveGateway", col=7, lane=TEAM),
    dict(id="Gateway_PlanMerge", type="exclusiveGateway", col=12, lane=TEAM),
]
_merges = ("Gateway_ArrangeMerge", "Gateway_TeamMerge", "Gateway_PlanMerge")
for _n in nodes:
    if _n["id"] not in _merges and _n.get("col", 0) >= 7:
        _n["col"] += 1
    if _n["id"] not in _merges and _n.get("col", 0) >= 12:
        _n["col"] += 1
for _f in flows:
    if _f["to"] == "Task_ArrangeSupport":
        _f["to"] = "Gateway_ArrangeMerge"
    if _f["to"] == "Task_FormTeam":
        _f["to"] = "Gateway_TeamMerge"
    if _f["to"] == "Task_ServicePlan":
        _f["to"] = "Gateway_PlanMerge"
flows += [
    dict(id="Flow_ToArrange", **{"from": "Gateway_ArrangeMerge", "to": "Task_ArrangeSupport"}),
    dict(id="Flow_ToFormTeam", **{"from": "Gateway_TeamMerge", "to": "Task_FormTeam"}),
    dict(id="Flow_ToPlan", **{"from": "Gateway_PlanMerge", "to": "Task_ServicePlan"}),
]

MODEL = dict(
    id="Definitions_in_sale",
    messages=[("Message_ContractSigned_Start", "ContractSigned")],
    pools=[dict(id="Participant_InSale", name="售中服务", lanes=[
        dict(id="Lane_Marketing", name="营销部", rows=2),
        dict(id="Lane_Engineering", name="工程技术服务部", rows=2),
        dict(id="Lane_ProjectTeam", name="项目服务小组"),
        dict(id="Lane_Approvers", name="工程技术服务部负责人 / 营销副总 / 总经理", rows=2),
    ], nodes=nodes, flows=flows,
        process=dict(id="in-sale", name="售中服务", attrs={"camunda:candidateStarterGroups": "marketing",
                                                            "camunda:historyTimeToLive": "3650", "camunda:versionTag": "1.0"},
                     doc="SPEC §2 售中服务 (S0 4.3–4.4, S4 5.1): R-IN-1 … R-IN-10. Business key = contract number."))],
)
