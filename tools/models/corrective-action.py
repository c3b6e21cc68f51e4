# corrective-action.bpmn (纠正和预防措施, SPEC §5 R-SAT-6) — for tools/bpmn_layout.py
DEPT, ISSUER = 0, 1

nodes = [
    dict(id="Start_Issued", type="startEvent", name="开具纠正和预防措施处理单", col=0, lane=ISSUER,
         attrs=form("capa-issue"),
         doc="R-SAT-6 (S3 3.3–3.4): issued by a survey answer (band D or a reason of dissatisfaction), the review meeting or a customer visit; customer service may also issue one by hand in Tasklist."),
    dict(id="Task_Issue", type="serviceTask", name="登记处理单", col=1, lane=ISSUER,
         attrs={"camunda:delegateExpression": "${issueCorrectiveActionDelegate}"},
         doc="R-SAT-6: the record of a hand-issued action (issued ones already have it); business key = CAPA-<id>."),
    dict(id="Gateway_ActionMerge", type="exclusiveGateway", col=2, lane=DEPT),
    dict(id="Task_RecordAction", type="userTask", name="责任部门采取纠正预防措施", col=3, lane=DEPT,
         attrs={**form("capa-action"), "camunda:candidateGroups": "${department}",
                "camunda:dueDate": "${workingDays.after(now(), 10)}"},
         ext='        <camunda:taskListener delegateExpression="${correctiveActionListener}" event="complete" />',
         doc="责任部门分析原因，采取纠正和预防措施并记录实施情况；被退回的按开具部门的意见补充。（R-SAT-6，S3 3.3）"),
    dict(id="Task_Verify", type="userTask", name="检查措施落实情况", col=4, lane=ISSUER,
         attrs={**form("capa-verify"), "camunda:candidateGroups": "${issuerGroup}",
                "camunda:dueDate": "${workingDays.after(now(), 5)}"},
         ext='        <camunda:taskListener delegateExpression="${correctiveActionListener}" event="complete" />',
         doc="开具部门检查纠正预防措施的落实：验证有效则关闭处理单，未落实的附意见退回责任部门。（R-SAT-6，S3 3.4）"),
    dict(id="Gateway_Verified", type="exclusiveGateway", name="措施有效?", col=5, lane=ISSUER, default="Flow_Accepted"),
    dict(id="End_Closed", type="endEvent", name="处理单关闭", col=6, lane=ISSUER),
]
flows = [
    dict(id="Flow_Issued", **{"from": "Start_Issued", "to": "Task_Issue"}),
    dict(id="Flow_ToDepartment", **{"from": "Task_Issue", "to": "Gateway_ActionMerge"}),
    dict(id="Flow_ToAction", **{"from": "Gateway_ActionMerge", "to": "Task_RecordAction"}),
    dict(id="Flow_ActionRecorded", **{"from": "Task_RecordAction", "to": "Task_Verify"}),
    dict(id="Flow_Verified", **{"from": "Task_Verify", "to": "Gateway_Verified"}),
    dict(id="Flow_Accepted", name="有效，关闭", **{"from": "Gateway_Verified", "to": "End_Closed"}),
    dict(id="Flow_SentBack", name="退回", cond="${capaDecision == 'SEND_BACK'}", **{"from": "Gateway_Verified", "to": "Gateway_ActionMerge"}),
]
MODEL = dict(
    id="Definitions_corrective_action",
    pools=[dict(id="Participant_CorrectiveAction", name="纠正和预防措施", lanes=[
        dict(id="Lane_Department", name="责任部门", rows=1),
        dict(id="Lane_Issuer", name="开具部门（检查落实）", rows=1),
    ], nodes=nodes, flows=flows,
        process=dict(id="corrective-action", name="纠正和预防措施", attrs={
            "camunda:candidateStarterGroups": "customer-service",
            "camunda:historyTimeToLive": "3650", "camunda:versionTag": "0.1"},
            doc="SPEC §5 R-SAT-6 纠正和预防措施处理单 (S3 3.3–3.4). Business key: CAPA-<id>."))],
)
