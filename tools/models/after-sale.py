# after-sale.bpmn (售后投诉, SPEC §3) — layout description for tools/bpmn_layout.py
CS, HANDLER, MGMT = 0, 1, 2

def form(ref):
    return {"camunda:formRef": ref, "camunda:formRefBinding": "deployment"}

def listener(bean, *events):
    return "\n".join(f'        <camunda:taskListener delegateExpression="${{{bean}}}" event="{e}" />' for e in events)

def timer(id, name, var, offset, doc):
    return dict(id=id, type="boundaryEvent", name=name, attachedTo="SubProcess_Handling", cancel=False, offset=offset, doc=doc,
                body=f'      <bpmn:timerEventDefinition id="TimerDef_{id}">\n        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${{{var}}}</bpmn:timeDate>\n      </bpmn:timerEventDefinition>')

DEADLINES = '''        <camunda:inputOutput>
          <camunda:inputParameter name="firstResponseDue">${workingDays.plusHours(registeredAt, 24)}</camunda:inputParameter>
          <camunda:inputParameter name="investigationDue">${workingDays.after(registeredAt, 1)}</camunda:inputParameter>
          <camunda:inputParameter name="replyDue">${workingDays.after(registeredAt, 2)}</camunda:inputParameter>
          <camunda:inputParameter name="feedbackDue">${workingDays.after(registeredAt, 3)}</camunda:inputParameter>
          <camunda:inputParameter name="resolutionDue">${workingDays.after(registeredAt, 5)}</camunda:inputParameter>
        </camunda:inputOutput>'''

nodes = [
    dict(id="StartEvent_Register", type="startEvent", name="客户投诉登记", col=0, lane=CS, attrs=form("complaint-registration"),
         doc="R-AS-1, R-AS-2: 客户服务部（或营销内勤）登记热线、邮件、来访、来信或各部门转来的投诉. Other systems use POST /api/complaints."),
    dict(id="Task_RegisterComplaint", type="serviceTask", name="客户投诉登记备案（统一编号）", col=1, lane=CS,
         attrs={"camunda:delegateExpression": "${registerComplaintDelegate}"},
         doc="R-AS-1: the complaint file with its number TS-YYYYMMDD-NNNN; business key = complaint number."),
    dict(id="Task_SetDeadlines", type="serviceTask", name="确定处理时限（工作日）", col=2, lane=CS,
         attrs={"camunda:delegateExpression": "${complaintDeadlinesDelegate}"}, ext=DEADLINES,
         doc="R-AS-5, R-CAL-1: first response 24 h (S4 二.1); investigation within 1 working day and a satisfactory reply within 2 (S1 篇十一 五); department feedback within 3 (S4 3.4.2.2); resolution within a week = 5 working days (S4 3.4.5). Edit the numbers here."),
    dict(id="Task_SendAcknowledgement", type="serviceTask", name="发送投诉受理回执", col=3, lane=CS,
         attrs={"camunda:delegateExpression": "${complaintAcknowledgementDelegate}"},
         doc="R-NOT-1, R-AS-5: the customer's acknowledgement with the complaint number and the reply deadline (e-mail outbox)."),
    dict(id="Task_CheckValidity", type="userTask", name="投诉受理审核", col=3, lane=CS,
         attrs={**form("complaint-validity"), "camunda:candidateGroups": "customer-service", "camunda:dueDate": "${firstResponseDue}"},
         ext=listener("complaintValidityListener", "complete"),
         doc="客户服务部了解投诉的主要资料，判断投诉理由是否充分、要求是否合理；不成立的用婉转的方式答复客户并记录理由；服务质量类投诉指定相关服务环节的责任部门；可标记为重大投诉。（R-AS-3，R-AS-7，S1 篇十一 四(一)）"),
    dict(id="Timer_FirstResponse", type="boundaryEvent", name="24小时未首次响应", attachedTo="Task_CheckValidity", cancel=False,
         doc="R-AS-5, R-AS-6: first response within 24 hours.",
         body='      <bpmn:timerEventDefinition id="TimerDef_FirstResponse">\n        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${firstResponseDue}</bpmn:timeDate>\n      </bpmn:timerEventDefinition>'),
    dict(id="Gateway_Founded", type="exclusiveGateway", name="投诉成立?", col=4, lane=CS, default="Flow_Founded"),
    dict(id="Task_CloseUnfounded", type="serviceTask", name="投诉不成立结案", col=5, lane=CS, row=1,
         attrs={"camunda:delegateExpression": "${closeUnfoundedComplaintDelegate}"},
         doc="R-AS-3: closed with the reason and the reply given to the customer."),
    dict(id="End_Unfounded", type="endEvent", name="投诉不成立", col=6, lane=CS, row=1),
    dict(id="Task_Route", type="businessRuleTask", name="投诉分类派单（决策表）", col=5, lane=CS,
         attrs={"camunda:decisionRef": "complaint-routing", "camunda:decisionRefBinding": "deployment",
                "camunda:mapDecisionResult": "singleEntry", "camunda:resultVariable": "routedGroup"},
         doc="R-AS-4: DMN complaint-routing decides the handling department from the category and whether the customer has a bulk contract."),
    dict(id="Task_IssueNotice", type="serviceTask", name="开具客户投诉处理通知单", col=6, lane=CS,
         attrs={"camunda:delegateExpression": "${issueHandlingNoticeDelegate}"},
         doc="R-AS-4 (S0 4.6.3–4.6.4): the notice with category, department and deadlines is recorded with the complaint."),
    dict(id="Task_FindManager", type="businessRuleTask", name="确定督办领导（决策表）", col=7, lane=CS,
         attrs={"camunda:decisionRef": "complaint-escalation", "camunda:decisionRefBinding": "deployment",
                "camunda:mapDecisionResult": "singleEntry", "camunda:resultVariable": "managerGroup"},
         doc="R-AS-6: DMN complaint-escalation names the handler's manager who is told of missed deadlines."),
    dict(id="Gateway_HandlingMerge", type="exclusiveGateway", col=7, lane=CS),  # -> column 8
    dict(id="SubProcess_Handling", type="subProcess", name="投诉处理", lane=HANDLER,
         doc="R-AS-5 … R-AS-9: investigation, reply, handling record and the customer's confirmation, guarded by the working-day deadlines on its border."),
    dict(id="Start_Handling", type="startEvent", name="收到通知单", col=8, lane=HANDLER, parent="SubProcess_Handling"),
    dict(id="Gateway_HandlingLoop", type="exclusiveGateway", col=9, lane=HANDLER, parent="SubProcess_Handling"),
    dict(id="Task_Reply", type="userTask", name="调查并答复客户", col=10, lane=HANDLER, parent="SubProcess_Handling",
         attrs={**form("complaint-reply"), "camunda:candidateGroups": "${handlerGroup}", "camunda:dueDate": "${replyDue}"},
         ext=listener("complaintReplyListener", "assignment", "complete"),
         doc="处理部门认领即展开调查：调查投诉的具体事件及责任人，拟定解决方案，主动与客户联系并给予满意答复。重大投诉按总经理/副总经理拟订的处理措施办理。（R-AS-4，R-AS-5，R-AS-7，S1 篇十一 四(二)）"),
    dict(id="Gateway_ReturnForReroute", type="exclusiveGateway", name="退回改派?", col=11, lane=HANDLER, row=0,
         parent="SubProcess_Handling", default="Flow_Handle"),
    dict(id="End_ReturnForReroute", type="endEvent", name="退回客户服务部改派", col=11, lane=HANDLER, row=1,
         parent="SubProcess_Handling",
         body='      <bpmn:errorEventDefinition id="ErrorDef_ReturnEnd" errorRef="Error_ReturnForReroute" />'),
    dict(id="Task_RecordHandling", type="userTask", name="填写客户投诉处理情况表", col=11, lane=HANDLER, parent="SubProcess_Handling",
         attrs={**form("complaint-handling-record"), "camunda:candidateGroups": "${handlerGroup}", "camunda:dueDate": "${feedbackDue}"},
         ext=listener("complaintHandlingRecordListener", "complete"),
         doc="投诉事故处理完成后填写客户投诉处理情况表，向客户服务部反馈处理信息。（R-AS-8，S0 4.6.5.2，S4 3.4.2.2）"),
    dict(id="Task_Confirm", type="userTask", name="客户确认处理结果", col=12, lane=HANDLER, parent="SubProcess_Handling",
         attrs={**form("complaint-confirmation"), "camunda:candidateGroups": "customer-service", "camunda:dueDate": "${resolutionDue}"},
         ext=listener("complaintConfirmationListener", "complete"),
         doc="客户服务部记录客户对处理结果的签字确认（签字文件编号）或电话确认；客户不满意则退回处理部门重新处理。（R-AS-9，S0 4.6.5.3）"),
    dict(id="Gateway_Satisfied", type="exclusiveGateway", name="客户满意?", col=13, lane=HANDLER, parent="SubProcess_Handling", default="Flow_NotSatisfied"),
    dict(id="End_Handled", type="endEvent", name="处理完成", col=14, lane=HANDLER, parent="SubProcess_Handling"),
    timer("Timer_Investigation", "1个工作日", "investigationDue", -150, "R-AS-5: investigation started within 1 working day."),
    timer("Timer_Reply", "2个工作日", "replyDue", -50, "R-AS-5: a satisfactory reply within 2 working days."),
    timer("Timer_Feedback", "3个工作日", "feedbackDue", 50, "R-AS-5: department feedback within 3 working days."),
    timer("Timer_Resolution", "5个工作日", "resolutionDue", 150, "R-AS-5: resolved within one week."),
    dict(id="Boundary_Rerouted", type="boundaryEvent", name="客户服务部改派", attachedTo="SubProcess_Handling", offset=250,
         doc="R-AS-4: customer service re-routes the complaint to another department with a reason (POST /api/complaints/{number}/reroute).",
         body='      <bpmn:messageEventDefinition id="MessageDef_Rerouted" messageRef="Message_ComplaintRerouted" />'),
    dict(id="Boundary_Returned", type="boundaryEvent", name="处理部门退回", attachedTo="SubProcess_Handling", offset=-250,
         doc="R-AS-4: the handling department says the complaint is not theirs; customer service re-routes it.",
         body='      <bpmn:errorEventDefinition id="ErrorDef_Returned" errorRef="Error_ReturnForReroute" />'),
    dict(id="Task_ChooseReroute", type="userTask", name="投诉改派", col=12, lane=MGMT, row=1,
         attrs={"camunda:formRef": "complaint-reroute", "camunda:formRefBinding": "deployment",
                "camunda:candidateGroups": "customer-service", "camunda:dueDate": "${workingDays.after(now(), 1)}"},
         doc="客户服务部根据处理部门退回的理由，重新指定处理部门并填写改派理由。（R-AS-4）"),
    dict(id="Gateway_RerouteMerge", type="exclusiveGateway", col=13, lane=MGMT, row=1),
    dict(id="Task_Reroute", type="serviceTask", name="记录改派并重开处理通知单", col=14, lane=MGMT, row=1,
         attrs={"camunda:delegateExpression": "${rerouteComplaintDelegate}"},
         doc="R-AS-4: the reroute (from, to, reason, who) is recorded; handling restarts at the new department under the same deadlines."),
    dict(id="Task_Callback", type="userTask", name="投诉回访", col=15, lane=CS,
         attrs={**form("complaint-callback"), "camunda:candidateGroups": "customer-service", "camunda:dueDate": "${workingDays.after(now(), 2)}"},
         ext=listener("complaintCallbackListener", "complete"),
         doc="客户服务部回访投诉客户，记录最终处理结果和客户意见，并向被投诉部门反馈、提出改进建议。（R-AS-10，S1 篇十一 四(三)）"),
    dict(id="Task_Archive", type="serviceTask", name="投诉资料归档", col=16, lane=CS,
         attrs={"camunda:delegateExpression": "${archiveComplaintDelegate}"},
         doc="R-AS-11: the complaint file is archived with all its records and is read-only afterwards."),
    dict(id="End_Archived", type="endEvent", name="投诉已归档", col=17, lane=CS),
    dict(id="Gateway_EscalationMerge", type="exclusiveGateway", col=15, lane=MGMT),
    dict(id="Task_Escalate", type="serviceTask", name="记录超期并升级", col=16, lane=MGMT,
         attrs={"camunda:delegateExpression": "${escalateComplaintDelegate}"},
         doc="R-AS-6: each deadline now past without its milestone is recorded once as an escalation; the complaint keeps running."),
    dict(id="Gateway_Escalated", type="exclusiveGateway", name="有超期?", col=17, lane=MGMT, default="Flow_NothingMissed"),
    dict(id="Task_Supervise", type="userTask", name="投诉超期督办", col=18, lane=MGMT,
         attrs={**form("complaint-supervision"), "camunda:candidateGroups": "${supervisorGroup}", "camunda:dueDate": "${workingDays.after(now(), 1)}"},
         doc="处理部门的主管领导督办超期的投诉：了解原因并督促处理部门立即处理。（R-AS-6）"),
    dict(id="End_Supervised", type="endEvent", name="已督办", col=19, lane=MGMT),
    dict(id="End_NothingMissed", type="endEvent", name="按期完成", col=18, lane=MGMT, row=1),
    dict(id="EventSub_Major", type="subProcess", name="重大投诉", lane=MGMT, triggeredByEvent=True,
         doc="R-AS-7 (S4 3.4.7, 2.1.2): a major complaint goes at once to the general manager and vice general manager, who set the handling measures."),
    dict(id="Start_Major", type="startEvent", name="重大投诉", col=2, lane=MGMT, row=1, parent="EventSub_Major",
         attrs={"isInterrupting": "false"},
         body='      <bpmn:conditionalEventDefinition id="CondDef_Major" camunda:variableName="major">\n        <bpmn:condition xsi:type="bpmn:tFormalExpression">${major}</bpmn:condition>\n      </bpmn:conditionalEventDefinition>'),
    dict(id="Task_MajorMeasures", type="userTask", name="拟订重大投诉处理措施", col=3, lane=MGMT, row=1, parent="EventSub_Major",
         attrs={**form("complaint-major-measures"), "camunda:candidateGroups": "vice-gm,general-manager",
                "camunda:dueDate": "${workingDays.after(now(), 1)}"},
         ext=listener("majorComplaintMeasuresListener", "complete"),
         doc="重大客户投诉及时上报总经理、副总经理，由其拟订处理措施，指导相关部门立刻处理；处理部门在任务中看到措施。（R-AS-7，S4 3.4.7）"),
    dict(id="End_Major", type="endEvent", name="措施已下达", col=4, lane=MGMT, row=1, parent="EventSub_Major"),
]

flows = [
    dict(id="Flow_Registered", **{"from": "StartEvent_Register", "to": "Task_RegisterComplaint"}),
    dict(id="Flow_ToDeadlines", **{"from": "Task_RegisterComplaint", "to": "Task_SetDeadlines"}),
    dict(id="Flow_ToAcknowledgement", **{"from": "Task_SetDeadlines", "to": "Task_SendAcknowledgement"}),
    dict(id="Flow_ToValidity", **{"from": "Task_SendAcknowledgement", "to": "Task_CheckValidity"}),
    dict(id="Flow_Checked", **{"from": "Task_CheckValidity", "to": "Gateway_Founded"}),
    dict(id="Flow_Unfounded", name="不成立", cond="${!founded}", **{"from": "Gateway_Founded", "to": "Task_CloseUnfounded"}),
    dict(id="Flow_Closed", **{"from": "Task_CloseUnfounded", "to": "End_Unfounded"}),
    dict(id="Flow_Founded", name="成立", **{"from": "Gateway_Founded", "to": "Task_Route"}),
    dict(id="Flow_Routed", **{"from": "Task_Route", "to": "Task_IssueNotice"}),
    dict(id="Flow_Noticed", **{"from": "Task_IssueNotice", "to": "Gateway_HandlingMerge"}),
    dict(id="Flow_ToManager", **{"from": "Gateway_HandlingMerge", "to": "Task_FindManager"}),
    dict(id="Flow_ToRepairCheck", **{"from": "Task_FindManager", "to": "Gateway_Repair"}),
    dict(id="Flow_ToHandling", name="其他投诉", **{"from": "Gateway_Repair", "to": "SubProcess_Handling"}),
    dict(id="Flow_ToRepairOrder", name="维修工程", cond="${routedGroup == 'repair-order'}", **{"from": "Gateway_Repair", "to": "CallActivity_RepairOrder"}),
    dict(id="Flow_Repaired", **{"from": "CallActivity_RepairOrder", "to": "Task_RecordRepairResult"}),
    dict(id="Flow_RepairRecorded", **{"from": "Task_RecordRepairResult", "to": "Gateway_RepairFollowUp"}),
    dict(id="Flow_RepairToArchive", points=[(160 + 16 * 150, 305), (160 + 16 * 150, 335), (160 + 21 * 150, 335), (160 + 21 * 150, 145)],
         **{"from": "Gateway_RepairFollowUp", "to": "Gateway_ArchiveMerge"}),
    dict(id="Flow_RepairToCallback", name="不满意或非公司责任",
         cond="${repairStatus == 'NOT_COMPANY_RESPONSIBILITY' || repairSatisfaction == 'DISSATISFIED'}",
         **{"from": "Gateway_RepairFollowUp", "to": "Gateway_CallbackMerge"}),
    dict(id="Flow_CallbackMerged", **{"from": "Gateway_CallbackMerge", "to": "Task_Callback"}),
    dict(id="Flow_RerouteRecorded", lift=40, **{"from": "Task_Reroute", "to": "Gateway_HandlingMerge"}),
    dict(id="Flow_HandlingStarts", **{"from": "Start_Handling", "to": "Gateway_HandlingLoop"}),
    dict(id="Flow_ToReply", **{"from": "Gateway_HandlingLoop", "to": "Task_Reply"}),
    dict(id="Flow_Replied", **{"from": "Task_Reply", "to": "Gateway_ReturnForReroute"}),
    dict(id="Flow_Handle", name="本部门处理", **{"from": "Gateway_ReturnForReroute", "to": "Task_RecordHandling"}),
    dict(id="Flow_Return", name="不属本部门", cond="${returnForReroute}", **{"from": "Gateway_ReturnForReroute", "to": "End_ReturnForReroute"}),
    dict(id="Flow_Returned", **{"from": "Boundary_Returned", "to": "Task_ChooseReroute"}),
    dict(id="Flow_RerouteChosen", **{"from": "Task_ChooseReroute", "to": "Gateway_RerouteMerge"}),
    dict(id="Flow_RerouteByApi", **{"from": "Boundary_Rerouted", "to": "Gateway_RerouteMerge"}),
    dict(id="Flow_ToReroute", **{"from": "Gateway_RerouteMerge", "to": "Task_Reroute"}),
    dict(id="Flow_Recorded", **{"from": "Task_RecordHandling", "to": "Task_Confirm"}),
    dict(id="Flow_Confirmed", **{"from": "Task_Confirm", "to": "Gateway_Satisfied"}),
    dict(id="Flow_Satisfied", name="满意", cond="${satisfied}", **{"from": "Gateway_Satisfied", "to": "End_Handled"}),
    dict(id="Flow_NotSatisfied", name="不满意，重新处理", lift=20, **{"from": "Gateway_Satisfied", "to": "Gateway_HandlingLoop"}),
    dict(id="Flow_ToCallback", **{"from": "SubProcess_Handling", "to": "Gateway_CallbackMerge"}),
    dict(id="Flow_CalledBack", **{"from": "Task_Callback", "to": "Gateway_ArchiveMerge"}),
    dict(id="Flow_ToArchive", **{"from": "Gateway_ArchiveMerge", "to": "Task_Archive"}),
    dict(id="Flow_Archived", **{"from": "Task_Archive", "to": "End_Archived"}),
    dict(id="Flow_FirstResponseMissed", **{"from": "Timer_FirstResponse", "to": "Gateway_EscalationMerge"}),
    dict(id="Flow_InvestigationDue", **{"from": "Timer_Investigation", "to": "Gateway_EscalationMerge"}),
    dict(id="Flow_ReplyDue", **{"from": "Timer_Reply", "to": "Gateway_EscalationMerge"}),
    dict(id="Flow_FeedbackDue", **{"from": "Timer_Feedback", "to": "Gateway_EscalationMerge"}),
    dict(id="Flow_ResolutionDue", **{"from": "Timer_Resolution", "to": "Gateway_EscalationMerge"}),
    dict(id="Flow_ToEscalate", **{"from": "Gateway_EscalationMerge", "to": "Task_Escalate"}),
    dict(id="Flow_EscalationChecked", **{"from": "Task_Escalate", "to": "Gateway_Escalated"}),
    dict(id="Flow_Missed", name="是", cond="${escalated}", **{"from": "Gateway_Escalated", "to": "Task_Supervise"}),
    dict(id="Flow_NothingMissed", name="否", **{"from": "Gateway_Escalated", "to": "End_NothingMissed"}),
    dict(id="Flow_Supervised", **{"from": "Task_Supervise", "to": "End_Supervised"}),
    dict(id="Flow_MajorStarts", **{"from": "Start_Major", "to": "Task_MajorMeasures"}),
    dict(id="Flow_MeasuresSet", **{"from": "Task_MajorMeasures", "to": "End_Major"}),
]

# room for the return-for-reroute gateway (column 11), the acknowledgement (3) and the handling merge (8)
for _n in nodes:
    if _n.get("col", 0) >= 11 and _n["id"] not in ("Gateway_ReturnForReroute", "End_ReturnForReroute") \
            and _n["type"] != "boundaryEvent":
        _n["col"] += 1
for _n in nodes:
    if _n.get("col", 0) >= 3 and _n["id"] != "Task_SendAcknowledgement" and _n["type"] != "boundaryEvent":
        _n["col"] += 1
for _n in nodes:
    if _n.get("col", 0) >= 8 and _n["id"] != "Gateway_HandlingMerge" and _n["type"] != "boundaryEvent":
        _n["col"] += 1

# repair complaints go to the repair-order process (issue 6): a gateway after the escalation manager,
# the call activity and its result in the customer-service lane's second row, a merge before the archive
for _n in nodes:
    if _n.get("col", 0) >= 10 and _n["type"] != "boundaryEvent":
        _n["col"] += 1
for _n in nodes:
    if _n["id"] in ("Task_Archive", "End_Archived"):
        _n["col"] += 1
nodes += [
    dict(id="Gateway_Repair", type="exclusiveGateway", name="维修类投诉?", col=10, lane=CS, default="Flow_ToHandling",
         doc="R-REP-1: the routing table answers repair-order for repair complaints; they are handled as a repair work order."),
    dict(id="CallActivity_RepairOrder", type="callActivity", name="维修派工（repair-order）", col=12, lane=CS, row=1,
         attrs={"calledElement": "repair-order"},
         ext='''        <camunda:in source="complaintId" target="complaintId" />
        <camunda:in source="complaintNumber" target="complaintNumber" />
        <camunda:in source="customerId" target="customerId" />
        <camunda:in source="description" target="description" />
        <camunda:out source="orderNumber" target="repairOrderNumber" />
        <camunda:out source="repairResult" target="repairResult" />
        <camunda:out source="repairStatus" target="repairStatus" />
        <camunda:out source="repairSatisfaction" target="repairSatisfaction" />''',
         doc="R-REP-1 … R-REP-10: the repair work order process — site survey, approval by cost, repair under working-day deadlines, completion check signed by the customer, callback, final account and settlement. Its result returns to the complaint."),
    dict(id="Task_RecordRepairResult", type="serviceTask", name="记录维修处理结果", col=14, lane=CS, row=1,
         attrs={"camunda:delegateExpression": "${recordRepairResultDelegate}"},
         doc="R-AS-8, R-AS-9, R-AS-10: the repair order's result, the customer's signature and the repair callback become the complaint's handling record, confirmation and callback; then the complaint is archived."),
    dict(id="Gateway_ArchiveMerge", type="exclusiveGateway", col=21, lane=CS),
    dict(id="Gateway_RepairFollowUp", type="exclusiveGateway", name="需投诉回访?", col=16, lane=CS, row=1,
         default="Flow_RepairToArchive",
         doc="R-AS-9, R-AS-10: a repair the customer was not satisfied with, or one found not to be the company's responsibility, gets the complaint's own callback (customer service records the final reply and the customer's opinion); otherwise the repair's signed check and callback close the complaint."),
    dict(id="Gateway_CallbackMerge", type="exclusiveGateway", col=19, lane=CS),
]
for _n in nodes:
    if _n["id"] in ("Task_Callback", "Task_Archive", "End_Archived"):
        _n["col"] += 1

MODEL = dict(
    id="Definitions_after_sale",
    messages=[("Message_ComplaintRerouted", "ComplaintRerouted")],
    errors=[("Error_ReturnForReroute", "退回改派", "RETURN_FOR_REROUTE")],
    pools=[dict(id="Participant_AfterSale", name="售后投诉处理", lanes=[
        dict(id="Lane_CustomerService", name="客户服务部", rows=2),
        dict(id="Lane_Handler", name="投诉处理部门（按处理通知单）", rows=3),
        dict(id="Lane_Management", name="总经理 / 副总经理 / 主管领导", rows=2),
    ], nodes=nodes, flows=flows,
        process=dict(id="after-sale", name="售后投诉处理", attrs={
            "camunda:candidateStarterGroups": "customer-service,marketing-office",
            "camunda:historyTimeToLive": "3650", "camunda:versionTag": "0.1"},
            doc="SPEC §3 售后投诉 (S0 4.5–4.6, S1 篇十一, S4 3.4): R-AS-1 … R-AS-11. Business key = complaint number."))],
)
