# Camunda Forms of repair-order.bpmn (SPEC §4) for tools/form_builder.py
HEADER = [
    ro("orderNumber", "维修工单编号"),
    ro("complaintNumber", "投诉编号"),
    ro("customerName", "客户"),
]
DECISION = [
    choice("radio", "decision", "结论", [("APPROVE", "同意"), ("REJECT", "不同意，退回")]),
    field("textarea", "decisionReason", "意见", max_length=1000, description="不同意时必填，退回方据此修改"),
]
TRADES = "=if trades = \"MULTI\" then \"多工种（7个工作日）\" else \"单工种（3个工作日）\""

FORMS = {
    "repair-site-survey": HEADER + [
        ro("customerContact", "联系人、电话、地址"),
        ro("description", "投诉内容（维修要求）", kind="textarea"),
        ro("lastRejection", "审批退回意见", kind="textarea", hide="=lastRejection = null or lastRejection = \"\""),
        {"type": "text", "text": "#### 到场勘察人员（现场勘察会签）"},
        field("checkbox", "attendedCustomerService", "客户服务部人员已到场"),
        field("checkbox", "attendedEngineering", "工程技术服务部（或物业公司）人员已到场"),
        field("checkbox", "attendedRepairLead", "客户服务维修队长已到场"),
        field("checkbox", "attendedContractor", "施工单位已到场",
              description="预估费用500元以下的工程，施工单位无须到场；500元及以上须到场会签"),
        field("textarea", "surveyFindings", "勘察情况与责任分析", required=True, max_length=2000),
        choice("radio", "responsibleParty", "责任方", [
            ("COMPANY", "公司（维修队承担）"), ("CONTRACTOR", "施工单位（保修责任）"), ("CUSTOMER", "客户自身原因（非公司责任）")]),
        choice("radio", "orderType", "派工单类别", [("A", "A类：保修任务"), ("B", "B类：保修期外应由公司承担")],
               required=False, hide="=responsibleParty = \"CUSTOMER\"",
               description="A类维修费用在结算后从施工单位工程质量保证金中扣除"),
        choice("radio", "trades", "工种", [("SINGLE", "单工种（3个工作日内完成）"), ("MULTI", "多工种（7个工作日内完成）")],
               required=False, hide="=responsibleParty = \"CUSTOMER\""),
        {**field("select", "contractorName", "施工单位",
                 description="A类派工单、施工单位责任或施工单位到场时必选"), "valuesKey": "contractorOptions"},
        field("number", "estimatedCost", "预估维修费用（元）", required=True, decimalDigits=2,
              description="审批级别由决策表 repair-approval 按此金额确定：≤1000 客户服务部经理；1000–10000 副总工程师审核、副总经理批准；>10000 总经理",
              min=0),
    ],
    "repair-cost-decision": HEADER + [
        ro("estimatedCost", "预估维修费用（元）", kind="number"),
        ro("surveySummary", "现场勘察会签表", kind="textarea"),
        ro("description", "投诉内容（维修要求）", kind="textarea"),
    ] + DECISION,
    "repair-work": HEADER + [
        ro("workOrder", "工程派工单", kind="textarea"),
        ro("cannotRepairReason", "维修队无法处理的原因", kind="textarea", hide="=cannotRepairReason = null or cannotRepairReason = \"\""),
        ro("lastCheckRemarks", "竣工检查退回意见", kind="textarea", hide="=lastCheckRemarks = null or lastCheckRemarks = \"\""),
        choice("radio", "repairOutcome", "维修结果", [
            ("DONE", "已完工"), ("EXTEND", "特别复杂，经客户认可延长期限"), ("CANNOT", "维修队无法处理，转施工单位")]),
        field("textfield", "workers", "维修工人", max_length=500, description="多人用顿号或逗号分隔", hide="=repairOutcome != \"DONE\""),
        field("textarea", "workDescription", "维修内容", max_length=2000, hide="=repairOutcome != \"DONE\""),
        field("textarea", "cannotReason", "无法处理的原因", max_length=1000, hide="=repairOutcome != \"CANNOT\""),
        field("datetime", "extendedDue", "延长后的完工日期", hide="=repairOutcome != \"EXTEND\""),
        field("textarea", "extensionReason", "延期原因", max_length=1000, hide="=repairOutcome != \"EXTEND\""),
        choice("radio", "consentMethod", "客户认可方式", [("SIGNATURE", "客户签字"), ("PHONE", "电话录音"), ("EMAIL", "邮件")],
               required=False, hide="=repairOutcome != \"EXTEND\""),
        field("textfield", "consentReference", "客户认可记录编号", max_length=200, hide="=repairOutcome != \"EXTEND\"",
              description="签字单编号、通话录音编号或邮件编号；必须事先取得客户认可"),
    ],
    "repair-completion-check": HEADER + [
        ro("workOrder", "工程派工单", kind="textarea"),
        choice("radio", "checkResult", "竣工检查结论", [("PASS", "合格，客户签认"), ("REWORK", "不合格，返工")]),
        field("textfield", "checkRepairLead", "参加检查的维修队长（用户名）", required=True, max_length=64),
        field("textarea", "checkRemarks", "检查意见", max_length=1000, description="不合格时必填"),
        field("textfield", "customerSignedBy", "签认客户姓名", max_length=100, hide="=checkResult != \"PASS\""),
        field("textfield", "customerSignReference", "客户签认单编号", max_length=200, hide="=checkResult != \"PASS\""),
        field("textarea", "customerOpinion", "客户签署的维修意见", max_length=1000, hide="=checkResult != \"PASS\""),
    ],
    "repair-callback": HEADER + [
        ro("workOrder", "工程派工单", kind="textarea"),
        choice("radio", "callbackSatisfaction", "客户满意程度", [
            ("SATISFIED", "满意"), ("BASICALLY_SATISFIED", "基本满意"), ("DISSATISFIED", "不满意")]),
        field("textarea", "callbackOpinion", "回访意见", required=True, max_length=1000),
        field("textarea", "workerEvaluations", "维修工人评价（质量 / 服务态度）", required=True,
              description="每行一名工人：姓名 质量 态度，等级为 优/良/中/差，例如“唐凯 优 良”"),
    ],
    "repair-final-account": HEADER + [
        ro("workOrder", "工程派工单", kind="textarea"),
        ro("estimatedCost", "预估维修费用（元）", kind="number"),
        ro("lastAccountReturn", "决算退回意见", kind="textarea", hide="=lastAccountReturn = null or lastAccountReturn = \"\""),
        field("number", "finalCost", "决算金额（元）", required=True, decimalDigits=2, min=0,
              description="审核部门由决策表 settlement-review 确定：2万元以下客户服务部，2万元及以上审计核算部"),
        field("textarea", "finalAccount", "决算明细（人工、材料等）", required=True, max_length=2000),
    ],
    "repair-account-review": HEADER + [
        ro("orderType", "派工单类别"),
        ro("estimatedCost", "预估维修费用（元）", kind="number"),
        ro("finalCost", "决算金额（元）", kind="number"),
        ro("finalAccount", "维修工程决算书", kind="textarea"),
        ro("lastAccountReturn", "上次退回意见", kind="textarea", hide="=lastAccountReturn = null or lastAccountReturn = \"\""),
    ] + DECISION + [
        field("number", "settledCost", "核定结算金额（元）", decimalDigits=2, min=0, hide="=decision != \"APPROVE\""),
        field("textarea", "settlement", "维修工程结算书（审核结果）", max_length=2000, hide="=decision != \"APPROVE\""),
    ],
    "repair-contractor-confirm": HEADER + [
        ro("contractorName", "施工单位"),
        ro("settledCost", "结算金额（元）", kind="number"),
        ro("settlement", "维修工程结算书", kind="textarea"),
        choice("radio", "decision", "施工单位确认结果", [("APPROVE", "已确认"), ("REJECT", "有异议，退回重新审核")]),
        field("textfield", "contractorConfirmation", "确认人及确认文件编号", max_length=200, hide="=decision != \"APPROVE\""),
        field("textarea", "decisionReason", "异议内容", max_length=1000, hide="=decision != \"REJECT\""),
    ],
    "repair-certify": HEADER + [
        ro("orderType", "派工单类别"),
        ro("finalCost", "决算金额（元）", kind="number"),
        ro("settledCost", "结算金额（元）", kind="number"),
        ro("settlement", "维修工程结算书", kind="textarea"),
    ] + DECISION,
    "repair-payment": HEADER + [
        ro("orderType", "派工单类别"),
        ro("settledCost", "应付结算金额（元）", kind="number"),
        ro("contractorName", "施工单位", hide="=orderType != \"A\""),
        ro("depositBalance", "施工单位工程质量保证金余额（元）", kind="number", hide="=orderType != \"A\""),
        {"type": "text", "text": "A类维修工程费用将从施工单位的工程质量保证金中扣除；余额不足时须勾选记录差额并说明。"},
        field("textfield", "paymentReference", "付款凭证号", required=True, max_length=200),
        field("checkbox", "recordShortfall", "记录保证金差额（余额不足以扣除）", hide="=orderType != \"A\""),
        field("textarea", "deductionNote", "保证金扣除说明", max_length=1000, hide="=orderType != \"A\""),
    ],
    "repair-supervision": HEADER + [
        ro("missedMilestones", "超期事项", kind="textarea"),
        field("textarea", "supervisionNote", "督办意见", required=True, max_length=1000),
    ],
}
