# Camunda Forms of satisfaction-survey.bpmn, customer-visit-plan and corrective-action.bpmn (SPEC §5)
DEPARTMENTS = [("customer-service", "客户服务部"), ("marketing", "营销部"), ("engineering", "工程技术服务部"),
               ("eng-design", "工程设计部"), ("eng-tech", "工程技术部"), ("eng-install", "设备安装部"),
               ("admin-affairs", "行政事务部"), ("repair-team", "客户服务维修队"), ("finance", "财务计统部")]
ITEMS = [("design", "设计"), ("quality", "产品实物质量"), ("delivery", "物流与交货"), ("service", "服务与沟通"),
         ("price", "价格适宜性"), ("competition", "与竞争对手比较")]

def dept(key, label, required=False, description=None, hide=None):
    return choice("select", key, label, DEPARTMENTS, required=required, description=description, hide=hide)

FORMS = {
    "survey-round-start": [
        field("textfield", "roundLabel", "调查名称", required=True, max_length=100, description="例如“2026年度顾客满意度调查”"),
        field("number", "generalSharePercent", "一般顾客抽样比例（%）", required=True, min=0, max=100, defaultValue=30,
              description="重点顾客全部调查；上期不满意（C、D级）的顾客再次调查；一般顾客按比例抽取，最久未调查的优先"),
        field("number", "callbackSharePercent", "回访抽样比例（%）", required=True, min=10, max=25, defaultValue=10,
              description="近一年有已结案投诉或维修的客户中抽取 10–25% 回访（不少于10%）"),
        field("number", "replyWorkingDays", "回复期限（工作日）", required=True, min=1, max=60, defaultValue=10),
    ],
    "survey-answer": [
        ro("roundLabel", "调查"),
        ro("customerName", "顾客"),
        ro("selectionReason", "调查原因"),
        choice("radio", "channel", "回复方式", [("PHONE", "电话"), ("MAIL", "信函/邮件"), ("VISIT", "走访"), ("FAX", "传真")]),
        {"type": "text", "text": "#### 各项目评分（0–100，总分为各项平均分）"},
    ] + [field("number", "score_" + k, label, required=True, min=0, max=100, decimalDigits=1) for k, label in ITEMS] + [
        choice("select", "dissatisfactionReason", "不满意原因（如有）", ITEMS + [("other", "其他")], required=False,
               description="顾客表示不满意的主要方面；D级未填写时以得分最低的项目为原因"),
        field("textarea", "dissatisfactionDetail", "不满意的具体内容", max_length=1000),
    ],
    "survey-review-meeting": [
        ro("roundLabel", "调查"),
        ro("roundSummary", "调查结果统计", kind="textarea"),
        field("textarea", "reviewConclusion", "会议结论与改善措施", required=True, max_length=2000),
        dept("capaDepartment", "开具纠正和预防措施处理单给（可选）"),
        field("textarea", "capaProblem", "需纠正预防的问题", max_length=2000, hide="=capaDepartment = null or capaDepartment = \"\""),
    ],
    "survey-revisit": [
        ro("roundLabel", "调查"),
        ro("customerName", "顾客"),
        ro("surveyAnswer", "顾客满意度调查表", kind="textarea"),
        field("textarea", "revisitResult", "再回访情况与专题调查、跟踪处理", required=True, max_length=2000),
    ],
    "survey-callback": [
        ro("roundLabel", "调查"),
        ro("customerName", "客户"),
        ro("callbackCase", "回访事由"),
        field("textarea", "feedback", "客户的意见、要求、建议或投诉", required=True, max_length=2000),
        field("checkbox", "needsHandling", "需要处理"),
        field("textarea", "handling", "处理结果", max_length=2000, hide="=needsHandling != true",
              description="回访处理率须达100%：需要处理的必须记录处理结果"),
    ],
    "visit-plan-draft": [
        ro("lastPlanRejection", "总经理退回意见", kind="textarea", hide="=lastPlanRejection = null or lastPlanRejection = \"\""),
        field("number", "planYear", "计划年度", required=True, min=2000, max=2100),
        field("datetime", "visitBy", "走访完成期限", required=True),
        {**field("taglist", "keyCustomerIds", "重点顾客（每年至少走访一次）", description="默认全部重点顾客"),
         "valuesKey": "keyCustomerOptions"},
        {**field("taglist", "generalCustomerIds", "一般顾客"), "valuesKey": "generalCustomerOptions"},
        field("textarea", "planText", "走访安排（时间、人员、目的）", max_length=2000),
    ],
    "visit-plan-approve": [
        ro("planSummary", "走访计划", kind="textarea"),
        choice("radio", "planDecision", "审批结论", [("APPROVE", "批准"), ("REJECT", "不批准，退回修改")]),
        field("textarea", "planComment", "审批意见", max_length=1000, description="退回时必填"),
    ],
    "customer-visit-record": [
        ro("customerName", "顾客"),
        ro("customerContact", "联系人、电话、地址"),
        field("datetime", "visitedOn", "走访日期", required=True),
        field("textfield", "visitors", "走访人员", required=True, max_length=500),
        field("textfield", "customerParticipants", "顾客方参加部门/人员", required=True, max_length=500,
              description="请顾客方采购、技术、质量、生产部门填写满意度调查表"),
        field("textarea", "findings", "顾客意见与发现的问题", required=True, max_length=2000),
        dept("capaDepartment", "需纠正预防时，开具处理单给（可选）"),
        field("textarea", "capaProblem", "需纠正预防的问题", max_length=1500, hide="=capaDepartment = null or capaDepartment = \"\""),
    ],
    "capa-issue": [
        dept("department", "责任部门", required=True),
        field("textarea", "problem", "需纠正预防的问题", required=True, max_length=2000),
    ],
    "capa-action": [
        ro("problem", "纠正和预防措施处理单：问题", kind="textarea"),
        ro("lastSendBack", "开具部门退回意见", kind="textarea", hide="=lastSendBack = null or lastSendBack = \"\""),
        field("textarea", "capaAction", "原因分析与采取的纠正预防措施", required=True, max_length=2000),
    ],
    "capa-verify": [
        ro("problem", "问题", kind="textarea"),
        ro("capaAction", "责任部门采取的措施", kind="textarea"),
        choice("radio", "capaDecision", "检查结论", [("ACCEPT", "措施已落实有效，关闭"), ("SEND_BACK", "未落实，退回责任部门")]),
        field("textarea", "sendBackReason", "退回意见", max_length=1000, hide="=capaDecision != \"SEND_BACK\""),
    ],
}
