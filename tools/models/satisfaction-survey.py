# satisfaction-survey.bpmn (满意度调查, SPEC §5) + customer-visit-plan (走访计划) — for tools/bpmn_layout.py
CS, CSM, GM = 0, 1, 2
MK, GMV = 0, 1

def form(ref):
    return {"camunda:formRef": ref, "camunda:formRefBinding": "deployment"}

def listener(bean, *events):
    return "\n".join(f'        <camunda:taskListener delegateExpression="${{{bean}}}" event="{e}" />' for e in events)

def inputs(**params):
    return "        <camunda:inputOutput>\n" + "\n".join(
        f'          <camunda:inputParameter name="{k}">{v}</camunda:inputParameter>' for k, v in params.items()) + \
        "\n        </camunda:inputOutput>"

def mi(collection, element):
    return (f'      <bpmn:multiInstanceLoopCharacteristics camunda:collection="${{{collection}}}" camunda:elementVariable="{element}" />')

def service(id, name, col, lane, bean, doc, row=0, ext=None, parent=None):
    d = dict(id=id, type="serviceTask", name=name, col=col, lane=lane, row=row,
             attrs={"camunda:delegateExpression": "${" + bean + "}"}, doc=doc)
    if ext:
        d["ext"] = ext
    if parent:
        d["parent"] = parent
    return d

def gw(id, col, lane, name=None, row=0, default=None, kind="exclusiveGateway", parent=None):
    d = dict(id=id, type=kind, col=col, lane=lane, row=row)
    if parent:
        d["parent"] = parent
    if name:
        d["name"] = name
    if default:
        d["default"] = default
    return d

survey_nodes = [
    dict(id="Start_Manual", type="startEvent", name="发起满意度调查", col=0, lane=CS,
         attrs=form("survey-round-start"),
         doc="R-SAT-1: a round is started by the schedule (satisfaction-survey-schedule, without start values: the defaults below apply) or by customer service by hand (e.g. an extra round for dissatisfied customers), with its label, general-customer share and reply deadline."),
    service("Task_OpenRound", "确定调查对象并发出调查表", 2, CS, "openSurveyRoundDelegate",
            "R-SAT-1, R-SAT-7: selects every key customer, general customers by share (least recently surveyed first), and every customer who was dissatisfied (band C or D) in the last round; sends the survey invitations; samples the callbacks (at least minimumCallbackShare of the customers with a complaint or repair closed in the last year). Defaults here when the timer starts the round.",
            ext=inputs(defaultGeneralShare="0.3", defaultReplyWorkingDays="10", defaultCallbackShare="0.1",
                       minimumCallbackShare="0.1", maximumCallbackShare="0.25")),
    gw("Gateway_Fork", 3, CS, kind="parallelGateway"),
    dict(id="SubProcess_Survey", type="subProcess", name="顾客满意度调查（每位顾客）", lane=CS,
         doc="R-SAT-2, R-SAT-3: one per selected customer (parallel multi-instance); the reply deadline on its border ends the collection.",
         body=mi("surveyResponseIds", "responseId")),
    dict(id="Start_Survey", type="startEvent", name="调查表已发出", col=4, lane=CS, parent="SubProcess_Survey"),
    dict(id="Task_RecordSurvey", type="userTask", name="记录顾客满意度调查表", col=5, lane=CS, parent="SubProcess_Survey",
         attrs={**form("survey-answer"), "camunda:candidateGroups": "customer-service", "camunda:dueDate": "${replyDue}"},
         ext=listener("surveyAnswerListener", "create", "complete"),
         doc="客户服务部记录顾客以电话、邮件或走访方式回复的《顾客满意度调查表》：各项目评分（0–100）和不满意原因；总分为各项平均分。（R-SAT-2，S3 五.2，S4 5.1.8）"),
    dict(id="Task_Band", type="businessRuleTask", name="满意度评级（决策表）", col=6, lane=CS, parent="SubProcess_Survey",
         attrs={"camunda:decisionRef": "satisfaction-band", "camunda:decisionRefBinding": "deployment",
                "camunda:mapDecisionResult": "singleEntry", "camunda:resultVariable": "band"},
         doc="R-SAT-3: DMN satisfaction-band: A ≥ 93, B ≥ 80, C ≥ 70, D below."),
    service("Task_StoreBand", "记录评级，严重不满意开具纠正预防措施", 7, CS, "storeSurveyBandDelegate",
            "R-SAT-3, R-SAT-5, R-SAT-6: the band is stored; a D-band answer or a stated reason of dissatisfaction issues a corrective and preventive action (corrective-action) to the responsible department.",
            parent="SubProcess_Survey"),
    gw("Gateway_CapaNeeded", 8, CS, "需纠正预防?", parent="SubProcess_Survey", default="Flow_NoCapa"),
    dict(id="End_Survey", type="endEvent", name="已回复", col=9, lane=CS, parent="SubProcess_Survey"),
    dict(id="Task_CapaDepartment", type="businessRuleTask", name="确定责任部门（决策表）", col=9, lane=CS, row=1, parent="SubProcess_Survey",
         attrs={"camunda:decisionRef": "capa-department", "camunda:decisionRefBinding": "deployment",
                "camunda:mapDecisionResult": "singleEntry", "camunda:resultVariable": "capaRoute"},
         doc="R-SAT-5, R-SAT-6: DMN capa-department routes the reason of dissatisfaction (the survey item) to the responsible department."),
    service("Task_IssueCapa", "开具纠正和预防措施处理单", 10, CS, "issueSurveyCapaDelegate",
            "R-SAT-6: the corrective and preventive action goes to the responsible department (process corrective-action); customer service checks it.",
            row=1, parent="SubProcess_Survey"),
    dict(id="End_SurveyCapa", type="endEvent", name="已开具处理单", col=11, lane=CS, row=1, parent="SubProcess_Survey"),
    dict(id="Timer_ReplyDue", type="boundaryEvent", name="回复期限到", attachedTo="SubProcess_Survey", cancel=True, offset=300,
         doc="R-SAT-4: when the reply deadline passes, unanswered forms count as not returned and the round is evaluated.",
         body='      <bpmn:timerEventDefinition id="TimerDef_ReplyDue">\n        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${replyDue}</bpmn:timeDate>\n      </bpmn:timerEventDefinition>'),
    gw("Gateway_EvaluateMerge", 12, CS),
    service("Task_EvaluateRound", "统计分析调查结果", 13, CS, "evaluateSurveyRoundDelegate",
            "R-SAT-4, R-SAT-5: response rate (the round is valid at responseRateTarget), average and each item's average against averageTarget and itemTarget (S4 5.1.6); results by band and by reason of dissatisfaction; the severely dissatisfied (band D) are listed for the cs-manager's revisit. Edit the targets here.",
            ext=inputs(responseRateTarget="0.8", averageTarget="90", itemTarget="85")),
    gw("Gateway_Target", 14, CS, "达到目标且有效?", default="Flow_OnTarget"),
    dict(id="Task_ReviewMeeting", type="userTask", name="召开检讨改善会议", col=15, lane=GM,
         attrs={**form("survey-review-meeting"), "camunda:candidateGroups": "general-manager",
                "camunda:dueDate": "${workingDays.after(now(), 5)}"},
         ext=listener("surveyReviewMeetingListener", "complete"),
         doc="顾客满意度平均 < 90 或单项满意率 < 85，或回收率不足 80%（调查无效）时，业务部呈报总经理召开检讨改善会议；会议结论记入本期调查，需要时向责任部门开具纠正和预防措施处理单。（R-SAT-4，R-SAT-6，S4 5.1.6）"),
    gw("Gateway_ReviewMerge", 16, CS),
    dict(id="Task_Revisit", type="userTask", name="严重不满意顾客再回访", col=17, lane=CSM,
         attrs={**form("survey-revisit"), "camunda:candidateGroups": "cs-manager",
                "camunda:dueDate": "${workingDays.after(now(), 10)}"},
         ext=listener("surveyRevisitListener", "create", "complete"),
         body=mi("revisitResponseIds", "responseId"),
         doc="客户服务部经理对回访中对公司严重不满意（D级）的客户必须全数参与再回访，对“不满意”项集中的问题做专题调查，负责跟踪处理。（R-SAT-7，S4 3.7.5.9）"),
    gw("Gateway_Join", 18, CS, kind="parallelGateway"),
    dict(id="Task_Callback", type="userTask", name="客户回访（抽样）", col=6, lane=CS, row=2,
         attrs={**form("survey-callback"), "camunda:candidateGroups": "customer-service", "camunda:dueDate": "${replyDue}"},
         ext=listener("surveyCallbackListener", "create", "complete"),
         body=mi("callbackIds", "callbackId"),
         doc="按抽样比例（不少于10%）回访有已结案投诉或维修的客户，记录客户的意见、要求、建议、投诉并妥善处理；回访处理率须达100%。（R-SAT-7，S4 3.7.5.2，3.7.5.7）"),
    service("Task_CloseRound", "调查结果归档", 19, CS, "closeSurveyRoundDelegate",
            "R-SAT-5, R-SAT-7: every callback is handled (100%); the round's results are archived for follow-up checks; open corrective actions stay listed in the report."),
    dict(id="End_Closed", type="endEvent", name="本期调查结束", col=20, lane=CS),
]
survey_flows = [
    dict(id="Flow_Manual", **{"from": "Start_Manual", "to": "Task_OpenRound"}),
    dict(id="Flow_Opened", **{"from": "Task_OpenRound", "to": "Gateway_Fork"}),
    dict(id="Flow_ToSurveys", **{"from": "Gateway_Fork", "to": "SubProcess_Survey"}),
    dict(id="Flow_ToCallbacks", **{"from": "Gateway_Fork", "to": "Task_Callback"}),
    dict(id="Flow_SurveyStarts", **{"from": "Start_Survey", "to": "Task_RecordSurvey"}),
    dict(id="Flow_Answered", **{"from": "Task_RecordSurvey", "to": "Task_Band"}),
    dict(id="Flow_Banded", **{"from": "Task_Band", "to": "Task_StoreBand"}),
    dict(id="Flow_Stored", **{"from": "Task_StoreBand", "to": "Gateway_CapaNeeded"}),
    dict(id="Flow_NoCapa", name="否", **{"from": "Gateway_CapaNeeded", "to": "End_Survey"}),
    dict(id="Flow_CapaNeeded", name="D级或有不满意原因", cond="${capaNeeded}", **{"from": "Gateway_CapaNeeded", "to": "Task_CapaDepartment"}),
    dict(id="Flow_CapaRouted", **{"from": "Task_CapaDepartment", "to": "Task_IssueCapa"}),
    dict(id="Flow_CapaIssued", **{"from": "Task_IssueCapa", "to": "End_SurveyCapa"}),
    dict(id="Flow_AllAnswered", **{"from": "SubProcess_Survey", "to": "Gateway_EvaluateMerge"}),
    dict(id="Flow_ReplyDue", **{"from": "Timer_ReplyDue", "to": "Gateway_EvaluateMerge"}),
    dict(id="Flow_ToEvaluate", **{"from": "Gateway_EvaluateMerge", "to": "Task_EvaluateRound"}),
    dict(id="Flow_Evaluated", **{"from": "Task_EvaluateRound", "to": "Gateway_Target"}),
    dict(id="Flow_OnTarget", name="是", **{"from": "Gateway_Target", "to": "Gateway_ReviewMerge"}),
    dict(id="Flow_BelowTarget", name="否", cond="${belowTarget or !validRound}", **{"from": "Gateway_Target", "to": "Task_ReviewMeeting"}),
    dict(id="Flow_Reviewed", **{"from": "Task_ReviewMeeting", "to": "Gateway_ReviewMerge"}),
    dict(id="Flow_ToRevisits", **{"from": "Gateway_ReviewMerge", "to": "Task_Revisit"}),
    dict(id="Flow_Revisited", **{"from": "Task_Revisit", "to": "Gateway_Join"}),
    dict(id="Flow_CalledBack", **{"from": "Task_Callback", "to": "Gateway_Join"}),
    dict(id="Flow_ToClose", **{"from": "Gateway_Join", "to": "Task_CloseRound"}),
    dict(id="Flow_Closed", **{"from": "Task_CloseRound", "to": "End_Closed"}),
]

visit_nodes = [
    dict(id="Start_VisitManual", type="startEvent", name="制订走访计划", col=1, lane=MK,
         doc="R-SAT-8: started every year by customer-visit-plan-schedule, or by marketing by hand."),
    gw("Gateway_DraftMerge", 2, MK),
    dict(id="Task_DraftPlan", type="userTask", name="制订顾客走访计划", col=3, lane=MK,
         attrs={**form("visit-plan-draft"), "camunda:candidateGroups": "marketing",
                "camunda:dueDate": "${workingDays.after(now(), 10)}"},
         ext=listener("visitPlanListener", "create", "complete"),
         doc="营销部每年年初制订重点顾客和一般顾客的《走访计划》：走访对象、完成期限和安排，报总经理审批；重点顾客原则上每年至少走访一次。（R-SAT-8，S3 五.6.1–6.2）"),
    dict(id="Task_ApprovePlan", type="userTask", name="审批走访计划", col=4, lane=GMV,
         attrs={**form("visit-plan-approve"), "camunda:candidateGroups": "general-manager",
                "camunda:dueDate": "${workingDays.after(now(), 3)}"},
         ext=listener("visitPlanApprovalListener", "create", "complete"),
         doc="总经理审批走访计划；不批准的附意见退回营销部修改。（R-SAT-8，S3 五.6.1）"),
    gw("Gateway_PlanApproved", 5, GMV, "批准?", default="Flow_PlanApproved"),
    dict(id="Task_Visit", type="userTask", name="走访顾客并提交顾客走访记录表", col=6, lane=MK,
         attrs={**form("customer-visit-record"), "camunda:candidateGroups": "marketing", "camunda:dueDate": "${visitByDate}"},
         ext=listener("customerVisitListener", "create", "complete"),
         body=mi("visitIds", "visitId"),
         doc="按批准的计划走访顾客，请顾客方采购、技术、质量、生产部门填写满意度调查表，及时提交《顾客走访记录表》；提出的问题需纠正预防的，向责任部门开具处理单。（R-SAT-8，R-SAT-6，S3 五.6.4）"),
    dict(id="End_Visits", type="endEvent", name="走访完成", col=7, lane=MK),
]
visit_flows = [
    dict(id="Flow_VisitManual", **{"from": "Start_VisitManual", "to": "Gateway_DraftMerge"}),
    dict(id="Flow_ToDraft", **{"from": "Gateway_DraftMerge", "to": "Task_DraftPlan"}),
    dict(id="Flow_Drafted", **{"from": "Task_DraftPlan", "to": "Task_ApprovePlan"}),
    dict(id="Flow_PlanDecided", **{"from": "Task_ApprovePlan", "to": "Gateway_PlanApproved"}),
    dict(id="Flow_PlanApproved", name="批准", **{"from": "Gateway_PlanApproved", "to": "Task_Visit"}),
    dict(id="Flow_PlanRejected", name="退回修改", cond="${planDecision == 'REJECT'}", lift=40, **{"from": "Gateway_PlanApproved", "to": "Gateway_DraftMerge"}),
    dict(id="Flow_Visited", **{"from": "Task_Visit", "to": "End_Visits"}),
]


def schedule_pool(pid, name, lane_name, start_id, start_name, cycle, doc, called, called_name, call_doc):
    nodes = [
        dict(id=start_id, type="startEvent", name=start_name, col=0, lane=0, doc=doc,
             body=f'      <bpmn:timerEventDefinition id="TimerDef_{start_id}">\n        <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">{cycle}</bpmn:timeCycle>\n      </bpmn:timerEventDefinition>'),
        dict(id="Call_" + start_id, type="callActivity", name=called_name, col=1, lane=0,
             attrs={"calledElement": called}, doc=call_doc),
        dict(id="End_" + start_id, type="endEvent", name="完成", col=2, lane=0),
    ]
    flows = [dict(id="Flow_Start_" + start_id, **{"from": start_id, "to": "Call_" + start_id}),
             dict(id="Flow_End_" + start_id, **{"from": "Call_" + start_id, "to": "End_" + start_id})]
    return dict(id="Participant_" + start_id, name=name, lanes=[dict(id="Lane_" + start_id, name=lane_name, rows=1)],
                nodes=nodes, flows=flows,
                process=dict(id=pid, name=name, attrs={"camunda:historyTimeToLive": "3650", "camunda:versionTag": "0.1",
                                                        "camunda:isStartableInTasklist": "false"}, doc=doc))

SCHEDULES = [
    schedule_pool("satisfaction-survey-schedule", "满意度调查周期", "客户服务部", "Start_Scheduled", "调查周期到",
                  "${surveySchedule.cycle}",
                  "R-SAT-1: rounds start on the configured period (csl.survey.period: MONTHLY, HALF_YEARLY or YEARLY — every December by default, S4 5.1.2); the cycle expression comes from the bean surveySchedule.",
                  "satisfaction-survey", "顾客满意度调查", "R-SAT-1: one round with the model's default shares and reply deadline."),
    schedule_pool("customer-visit-plan-schedule", "走访计划年度提醒", "营销部", "Start_VisitYear", "年初制订走访计划",
                  "0 0 9 5 1 ?",
                  "R-SAT-8 (S3 五.6.1–6.2): every year at its start (5 January, 09:00) the visit plan for key and general customers is drafted.",
                  "customer-visit-plan", "顾客走访计划", "R-SAT-8: the year's visit plan, approval and visits."),
]

MODEL = dict(
    id="Definitions_satisfaction_survey",
    pools=[
        dict(id="Participant_SatisfactionSurvey", name="顾客满意度调查", lanes=[
            dict(id="Lane_CustomerService", name="客户服务部", rows=3),
            dict(id="Lane_CsManager", name="客户服务部经理", rows=1),
            dict(id="Lane_GeneralManager", name="总经理", rows=1),
        ], nodes=survey_nodes, flows=survey_flows,
            process=dict(id="satisfaction-survey", name="顾客满意度调查", attrs={
                "camunda:candidateStarterGroups": "customer-service",
                "camunda:historyTimeToLive": "3650", "camunda:versionTag": "0.1"},
                doc="SPEC §5 满意度调查与纠正预防 (S0 4.6.6, S3 五, S4 5.1, S4 3.7.5): R-SAT-1 … R-SAT-7. Business key: the round's label.")),
        dict(id="Participant_VisitPlan", name="顾客走访计划", lanes=[
            dict(id="Lane_Marketing", name="营销部", rows=2),
            dict(id="Lane_GeneralManagerVisits", name="总经理", rows=1),
        ], nodes=visit_nodes, flows=visit_flows,
            process=dict(id="customer-visit-plan", name="顾客走访计划", attrs={
                "camunda:candidateStarterGroups": "marketing",
                "camunda:historyTimeToLive": "3650", "camunda:versionTag": "0.1"},
                doc="SPEC §5 R-SAT-8 (S3 五.6): yearly visit plans approved by the general manager; visits recorded in 顾客走访记录表. Business key: the plan year.")),
    ] + SCHEDULES,
)
