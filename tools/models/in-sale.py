# in-sale.bpmn (售中服务, SPEC §2) — first slice: start from pre-sale conversion, classification (R-IN-1).
# The bulk and scattered paths (R-IN-3 … R-IN-10) are still to be modelled (in-sale issue).
ENG = 0
nodes = [
    dict(id="StartEvent_ContractSigned", type="startEvent", name="签订正式合同（售前转入）", col=0, lane=ENG,
         doc="R-PRE-10, R-IN-1: started by the pre-sale conversion with message ContractSigned (business key = contract number).",
         body='      <bpmn:messageEventDefinition id="MessageDef_InSaleStart" messageRef="Message_ContractSigned_Start" />'),
    dict(id="Task_LoadContract", type="serviceTask", name="读取合约", col=1, lane=ENG,
         doc="R-IN-1: the contract's amount and scope become the classification's inputs.",
         attrs={"camunda:delegateExpression": "${loadContractDelegate}"}),
    dict(id="Task_SuggestClass", type="businessRuleTask", name="合约分类建议（决策表）", col=2, lane=ENG,
         doc="R-IN-1: DMN contract-classification suggests BULK (大宗客户项目合作合约) or SCATTERED (零散合作合约).",
         attrs={"camunda:decisionRef": "contract-classification", "camunda:decisionRefBinding": "deployment",
                "camunda:mapDecisionResult": "singleEntry", "camunda:resultVariable": "suggestedClass"}),
    dict(id="Task_ConfirmClass", type="userTask", name="合约分类确认", col=3, lane=ENG,
         doc="工程技术服务部根据客户合作合约确认合约分类（大宗客户项目合作合约/零散合作合约），与决策表建议不同时须填写理由。（R-IN-1，S0 4.4.1.1）",
         attrs={"camunda:formRef": "contract-classification-confirm", "camunda:formRefBinding": "deployment",
                "camunda:candidateGroups": "engineering", "camunda:dueDate": "${workingDays.after(now(), 1)}"},
         ext='        <camunda:taskListener delegateExpression="${contractClassListener}" event="complete" />'),
    dict(id="End_Classified", type="endEvent", name="合约分类完成", col=4, lane=ENG,
         doc="The bulk (R-IN-4 … R-IN-8) and scattered (R-IN-3) service paths and the hand-over (R-IN-10) continue here once modelled."),
]
flows = [
    dict(id="Flow_ToLoad", **{"from": "StartEvent_ContractSigned", "to": "Task_LoadContract"}),
    dict(id="Flow_ToSuggest", **{"from": "Task_LoadContract", "to": "Task_SuggestClass"}),
    dict(id="Flow_ToConfirm", **{"from": "Task_SuggestClass", "to": "Task_ConfirmClass"}),
    dict(id="Flow_Classified", **{"from": "Task_ConfirmClass", "to": "End_Classified"}),
]
MODEL = dict(
    id="Definitions_in_sale",
    messages=[("Message_ContractSigned_Start", "ContractSigned")],
    pools=[dict(id="Participant_InSale", name="售中服务", lanes=[dict(id="Lane_Engineering", name="工程技术服务部")],
                nodes=nodes, flows=flows,
                process=dict(id="in-sale", name="售中服务", attrs={"camunda:historyTimeToLive": "3650", "camunda:versionTag": "0.1",
                                                                   "camunda:isStartableInTasklist": "false"},
                             doc="SPEC §2 售中服务 (S0 4.3–4.4). First slice: R-IN-1. Business key = contract number."))],
)
