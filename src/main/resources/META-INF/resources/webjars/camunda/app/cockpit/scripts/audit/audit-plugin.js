// Audit history for Community Cockpit (R-AUD-1, R-SEC-1): Community Cockpit has no history views,
// so this plugin reads the engine's history REST API with the logged-in user's authorizations and
// shows, for a running or finished process instance, its activities, task completions with assignee
// and submitted values, decision evaluations with inputs and outputs, variable changes and user
// operations; plus a search of instances by business key (customer id, complaint number, contract
// number). Read-only: it offers no change. Every query is paged.

const PAGE = 50;
const MAX_ROWS = 500;

function esc(value) {
  return String(value === null || value === undefined ? '' : value)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// times in the calendar's zone (the server says which; Asia/Shanghai until it has answered)
let ZONE = 'Asia/Shanghai';

function time(iso) {
  if (!iso) return '';
  try {
    const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).formatToParts(new Date(iso));
    const p = {};
    parts.forEach(x => { p[x.type] = x.value; });
    return esc(p.year + '-' + p.month + '-' + p.day + ' ' + (p.hour === '24' ? '00' : p.hour) + ':' + p.minute + ':' + p.second);
  } catch (e) {
    return esc(iso.replace('T', ' ').substring(0, 19));
  }
}

const ACTIVITY_TYPES = {
  startEvent: '开始', endEvent: '结束', noneEndEvent: '结束', userTask: '人工任务', serviceTask: '系统步骤',
  businessRuleTask: '决策表', sendTask: '发送', receiveTask: '等待', callActivity: '调用子流程', subProcess: '子流程',
  boundaryTimer: '时限到', boundaryMessage: '消息', boundaryError: '异常', boundarySignal: '信号', boundaryEscalation: '升级',
  intermediateTimer: '定时等待', intermediateMessageCatch: '等待消息', intermediateSignalCatch: '等待信号',
  messageStartEvent: '消息启动', timerStartEvent: '定时启动', errorEndEvent: '异常结束', eventBasedGateway: '事件网关',
  exclusiveGateway: '判断', parallelGateway: '并行', inclusiveGateway: '包含网关', multiInstanceBody: '多实例'
};
// steps an auditor needs not read one by one: shown folded
const TECHNICAL = ['exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway', 'multiInstanceBody'];
// the task cards' copies of the case number, customer and due date (TaskCardPlugin) are not case data
const CARD_COPIES = ['caseNumber', 'caseCustomer', 'caseDue'];
const PROPERTIES = { assignee: '办理人', owner: '所有人', delete: '删除', dueDate: '到期日', followUpDate: '跟进日期',
  priority: '优先级', name: '名称', description: '描述', duedate: '到期', suspensionState: '挂起状态', retries: '重试次数' };
const OPERATIONS = {
  Claim: '认领', Complete: '完成', Assign: '指派', Delegate: '委托', Resolve: '解决', SetOwner: '设置所有人',
  Update: '修改', Create: '创建', Delete: '删除', SetJobDuedate: '修改定时器到期', SetJobRetries: '重试作业',
  Suspend: '挂起', Activate: '激活', ModifyProcessInstance: '调整流程实例', SetVariable: '设置变量',
  AddUserLink: '添加用户', DeleteUserLink: '移除用户', AddGroupLink: '添加组', DeleteGroupLink: '移除组', SetPriority: '设置优先级'
};

/** The page's dictionary (variables, coded values, people, departments) from GET /api/audit/labels. */
async function labelsOf(api, processInstanceId) {
  try {
    const base = window.location.pathname.split('/camunda/')[0];
    const response = await fetch(base + '/api/audit/labels?processInstanceId=' + encodeURIComponent(processInstanceId), {
      credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
    });
    if (response.ok) {
      const labels = await response.json();
      if (labels.zone) ZONE = labels.zone;
      return labels;
    }
  } catch (e) {
    // shown with the raw names
  }
  return { variables: {}, values: {}, formFields: {}, users: {}, groups: {} };
}

function person(labels, id) {
  if (!id) return '';
  const name = labels.users[id];
  return name && name !== id ? esc(name) + ' <small class="text-muted">' + esc(id) + '</small>' : esc(id);
}

function variableLabel(labels, name) {
  const label = labels.variables[name];
  return label ? esc(label) + ' <small class="text-muted">' + esc(name) + '</small>' : esc(name);
}

function valueLabel(labels, name, v) {
  if (v === null || v === undefined) return '';
  if (v === true) return '是';
  if (v === false) return '否';
  const options = labels.values[name];
  if (options && Object.prototype.hasOwnProperty.call(options, String(v))) return esc(options[String(v)]);
  if (typeof v === 'string' && labels.groups[v]) return esc(labels.groups[v]);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return time(v);
  return value(v);
}

/** A decision input names its column by label; the form field with that label gives the value labels. */
function keyOfLabel(labels, label) {
  return Object.keys(labels.variables).find(k => labels.variables[k] === label) || label;
}

function csvCell(text) {
  const t = String(text === null || text === undefined ? '' : text);
  return /[",\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
}

function duration(ms) {
  if (ms === null || ms === undefined) return '';
  const s = Math.round(ms / 1000);
  if (s < 60) return s + ' 秒';
  if (s < 3600) return Math.round(s / 60) + ' 分';
  if (s < 86400) return (s / 3600).toFixed(1) + ' 小时';
  return (s / 86400).toFixed(1) + ' 天';
}

function value(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return esc(JSON.stringify(v));
  return esc(v);
}

async function get(api, path) {
  const response = await fetch(api.engineApi + path, {
    credentials: 'same-origin',
    headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  });
  if (!response.ok) {
    throw new Error(response.status + ' ' + path);
  }
  return response.json();
}

function table(headers, rows, more) {
  return '<table class="table table-condensed cam-table audit-table"><thead><tr>'
    + headers.map(h => '<th>' + esc(h) + '</th>').join('') + '</tr></thead><tbody>'
    + (rows.length ? rows.join('') : '<tr><td colspan="' + headers.length + '">无记录</td></tr>')
    + '</tbody></table>' + (more ? '<p class="text-muted">仅显示前 ' + MAX_ROWS + ' 条。</p>' : '');
}

async function renderHistory(node, api, processInstanceId) {
  node.innerHTML = '<p>正在读取审计历史…</p>';
  try {
    const id = encodeURIComponent(processInstanceId);
    const [labels, instance, activities, tasks, details, decisions, operations] = await Promise.all([
      labelsOf(api, processInstanceId),
      get(api, '/history/process-instance/' + id),
      get(api, '/history/activity-instance?processInstanceId=' + id + '&sortBy=startTime&sortOrder=asc&maxResults=' + MAX_ROWS),
      get(api, '/history/task?processInstanceId=' + id + '&sortBy=startTime&sortOrder=asc&maxResults=' + MAX_ROWS),
      get(api, '/history/detail?processInstanceId=' + id + '&variableUpdates=true&deserializeValues=false&sortBy=time&sortOrder=asc&maxResults=' + MAX_ROWS),
      get(api, '/history/decision-instance?processInstanceId=' + id + '&includeInputs=true&includeOutputs=true&sortBy=evaluationTime&sortOrder=asc&maxResults=' + MAX_ROWS),
      get(api, '/history/user-operation?processInstanceId=' + id + '&sortBy=timestamp&sortOrder=asc&maxResults=' + MAX_ROWS)
    ]);
    const activityNames = {};
    activities.forEach(a => { activityNames[a.id] = a.activityName || a.activityId; });
    const valuesByActivityInstance = {};
    details.forEach(d => {
      (valuesByActivityInstance[d.activityInstanceId] = valuesByActivityInstance[d.activityInstanceId] || []).push(d);
    });
    const csv = [['部分', '时间', '步骤', '人员', '项目', '值'].join(',')];
    const STATES = { ACTIVE: '办理中', COMPLETED: '已完成', EXTERNALLY_TERMINATED: '已终止', INTERNALLY_TERMINATED: '已终止', SUSPENDED: '已挂起' };
    let html = '<div class="audit-history">'
      + '<h3>审计历史：' + esc(instance.processDefinitionName || instance.processDefinitionKey)
      + ' <small>业务编号 ' + esc(instance.businessKey) + '</small></h3>'
      + '<p>状态 <b class="audit-state">' + esc(STATES[instance.state] || instance.state) + '</b>，开始 ' + time(instance.startTime)
      + '，结束 ' + time(instance.endTime) + '，发起人 ' + person(labels, instance.startUserId)
      + ' <small class="text-muted">（时间按 ' + esc(ZONE) + '）</small></p>'
      + '<p class="audit-sections">'
      + ['任务完成记录', '决策记录', '活动', '变量变更', '用户操作'].map((t, i) => '<a href="javascript:void(0)" data-section="audit-s' + i + '">' + t + '</a>').join(' · ')
      + ' · <a class="audit-export" download="audit-' + esc(instance.businessKey || processInstanceId) + '.csv">导出 CSV</a>'
      + ' · <a class="audit-print" href="javascript:window.print()">打印</a></p>';
    html += '<h4 id="audit-s0">任务完成记录</h4>' + table(['任务', '办理人', '创建', '完成', '到期', '提交的数据'],
      tasks.map(t => {
        const editable = labels.formFields[t.taskDefinitionKey];
        const submitted = (valuesByActivityInstance[t.activityInstanceId] || [])
          .filter(d => !editable || editable.includes(d.variableName));
        submitted.forEach(d => csv.push(['任务', time(t.endTime), t.name, labels.users[t.assignee] || t.assignee || '',
          labels.variables[d.variableName] || d.variableName, d.value].map(csvCell).join(',')));
        return '<tr class="audit-task"><td>' + esc(t.name) + '</td><td class="audit-assignee" data-user="' + esc(t.assignee) + '">'
          + person(labels, t.assignee) + '</td><td>' + time(t.startTime) + '</td><td>' + time(t.endTime) + '</td><td>' + time(t.due)
          + '</td><td>' + submitted.map(d => variableLabel(labels, d.variableName) + '：' + valueLabel(labels, d.variableName, d.value)).join('<br>')
          + '</td></tr>';
      }), tasks.length >= MAX_ROWS);
    html += '<h4 id="audit-s1">决策记录</h4>' + table(['决策', '时间', '输入', '输出（命中规则）'],
      decisions.map(d => {
        csv.push(['决策', time(d.evaluationTime), d.decisionDefinitionName || d.decisionDefinitionKey, '',
          (d.inputs || []).map(i => (i.clauseName || i.clauseId) + '=' + i.value).join('；'),
          (d.outputs || []).map(o => (o.clauseName || o.variableName) + '=' + o.value).join('；')].map(csvCell).join(','));
        return '<tr class="audit-decision"><td>' + esc(d.decisionDefinitionName || d.decisionDefinitionKey) + '</td><td>'
          + time(d.evaluationTime) + '</td><td>'
          + (d.inputs || []).map(i => esc(i.clauseName || i.clauseId) + ' = ' + valueLabel(labels, keyOfLabel(labels, i.clauseName), i.value)).join('<br>') + '</td><td>'
          + (d.outputs || []).map(o => esc(o.clauseName || o.variableName) + ' = ' + valueLabel(labels, o.variableName, o.value)
            + ' <small>(' + esc(o.ruleId) + ')</small>').join('<br>')
          + '</td></tr>';
      }), decisions.length >= MAX_ROWS);
    const row = a => '<tr class="audit-activity"><td>' + esc(a.activityName || a.activityId) + '</td><td>'
      + esc(ACTIVITY_TYPES[a.activityType] || a.activityType) + '</td><td>' + time(a.startTime) + '</td><td>' + time(a.endTime)
      + '</td><td>' + duration(a.durationInMillis) + '</td><td>' + person(labels, a.assignee) + '</td></tr>';
    const main = activities.filter(a => !TECHNICAL.includes(a.activityType));
    const technical = activities.filter(a => TECHNICAL.includes(a.activityType));
    activities.forEach(a => csv.push(['活动', time(a.startTime), a.activityName || a.activityId, labels.users[a.assignee] || a.assignee || '',
      ACTIVITY_TYPES[a.activityType] || a.activityType, time(a.endTime)].map(csvCell).join(',')));
    html += '<h4 id="audit-s2">活动</h4>' + table(['活动', '类型', '开始', '结束', '用时', '办理人'], main.map(row), activities.length >= MAX_ROWS)
      + (technical.length ? '<details class="audit-technical"><summary>判断与技术步骤（' + technical.length + '）</summary>'
        + table(['活动', '类型', '开始', '结束', '用时', '办理人'], technical.map(row), false) + '</details>' : '');
    html += '<h4 id="audit-s3">变量变更</h4>' + table(['时间', '项目', '值', '活动'],
      details.filter(d => !CARD_COPIES.includes(d.variableName)).map(d => {
        csv.push(['变量', time(d.time), activityNames[d.activityInstanceId] || '', '', labels.variables[d.variableName] || d.variableName,
          d.value].map(csvCell).join(','));
        return '<tr><td>' + time(d.time) + '</td><td>' + variableLabel(labels, d.variableName) + '</td><td>'
          + valueLabel(labels, d.variableName, d.value) + '</td><td>' + esc(activityNames[d.activityInstanceId] || '') + '</td></tr>';
      }), details.length >= MAX_ROWS);
    html += '<h4 id="audit-s4">用户操作</h4>' + table(['时间', '用户', '操作', '属性', '原值', '新值'],
      operations.map(o => {
        csv.push(['操作', time(o.timestamp), '', labels.users[o.userId] || o.userId || '', OPERATIONS[o.operationType] || o.operationType,
          (o.property || '') + ' ' + (o.orgValue || '') + ' → ' + (o.newValue || '')].map(csvCell).join(','));
        return '<tr class="audit-operation"><td>' + time(o.timestamp) + '</td><td>' + person(labels, o.userId) + '</td><td>'
          + esc(OPERATIONS[o.operationType] || o.operationType) + '</td><td>' + esc(PROPERTIES[o.property] || o.property) + '</td><td>'
          + (o.property === 'assignee' || o.property === 'owner' ? person(labels, o.orgValue) : valueLabel(labels, o.property, o.orgValue === 'true' ? true : o.orgValue === 'false' ? false : o.orgValue)) + '</td><td>'
          + (o.property === 'assignee' || o.property === 'owner' ? person(labels, o.newValue) : valueLabel(labels, o.property, o.newValue === 'true' ? true : o.newValue === 'false' ? false : o.newValue)) + '</td></tr>';
      }), operations.length >= MAX_ROWS);
    html += '<p class="audit-end text-muted">— 审计历史结束 —</p>';
    node.innerHTML = html + '</div>';
    const exportLink = node.querySelector('a.audit-export');
    exportLink.href = URL.createObjectURL(new Blob(['\ufeff' + csv.join('\r\n')], { type: 'text/csv;charset=utf-8' }));
    node.querySelectorAll('a[data-section]').forEach(link => link.addEventListener('click', () => {
      const target = node.querySelector('#' + link.dataset.section);
      if (target) target.scrollIntoView({ block: 'start' });
    }));
  } catch (e) {
    node.innerHTML = '<div class="alert alert-danger">无法读取审计历史：' + esc(e.message) + '</div>';
  }
}

function hashParams() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?') >= 0 ? hash.substring(hash.indexOf('?') + 1) : '';
  const params = {};
  query.split('&').filter(Boolean).forEach(pair => {
    const [k, v] = pair.split('=');
    params[decodeURIComponent(k)] = decodeURIComponent((v || '').replace(/\+/g, ' '));
  });
  return params;
}

async function renderSearch(node, api) {
  const params = hashParams();
  if (params.instance) {
    node.innerHTML = '<div class="container-fluid audit-page"><p><a href="#/audit">← 返回审计查询</a></p><div class="audit-detail"></div></div>';
    await renderHistory(node.querySelector('.audit-detail'), api, params.instance);
    return;
  }
  const key = params.key || '';
  const page = Math.max(0, parseInt(params.page || '0', 10) || 0);
  // only the known states: a crafted link cannot inject markup through the pager links (issue 15)
  const state = params.state === 'all' ? 'all' : 'finished';
  node.innerHTML = '<div class="container-fluid audit-search"><h2>审计查询</h2>'
    + '<form class="form-inline audit-search-form"><input class="form-control audit-key" name="key" placeholder="业务编号：客户编号、投诉编号、合同编号" value="' + esc(key) + '" size="40"> '
    + '<select class="form-control audit-state-select" name="state"><option value="finished"' + (state === 'finished' ? ' selected' : '') + '>已结束</option>'
    + '<option value="all"' + (state === 'all' ? ' selected' : '') + '>全部</option></select> '
    + '<button class="btn btn-default audit-search-button" type="submit">查询</button></form><div class="audit-results">正在查询…</div></div>';
  node.querySelector('form').addEventListener('submit', event => {
    event.preventDefault();
    const form = event.target;
    window.location.hash = '#/audit?key=' + encodeURIComponent(form.key.value.trim()) + '&state=' + form.state.value;
  });
  try {
    let query = '/history/process-instance?sortBy=startTime&sortOrder=desc&firstResult=' + (page * PAGE) + '&maxResults=' + PAGE;
    if (key) query += '&processInstanceBusinessKeyLike=' + encodeURIComponent('%' + key + '%');
    if (state === 'finished') query += '&finished=true';
    const rows = await get(api, query);
    const results = node.querySelector('.audit-results');
    results.innerHTML = table(['业务编号', '流程', '状态', '开始', '结束', ''],
      rows.map(r => '<tr class="audit-result"><td>' + esc(r.businessKey) + '</td><td>' + esc(r.processDefinitionName || r.processDefinitionKey)
        + '</td><td>' + esc(r.state) + '</td><td>' + time(r.startTime) + '</td><td>' + time(r.endTime)
        + '</td><td><a class="audit-open" href="#/audit?instance=' + encodeURIComponent(r.id) + '">审计历史</a></td></tr>'), false)
      + '<p>' + (page > 0 ? '<a href="#/audit?key=' + encodeURIComponent(key) + '&state=' + state + '&page=' + (page - 1) + '">上一页</a> ' : '')
      + (rows.length === PAGE ? '<a href="#/audit?key=' + encodeURIComponent(key) + '&state=' + state + '&page=' + (page + 1) + '">下一页</a>' : '') + '</p>';
  } catch (e) {
    node.querySelector('.audit-results').innerHTML = '<div class="alert alert-danger">查询失败：' + esc(e.message) + '</div>';
  }
}

// Read-only Cockpit for auditors and process owners (R-SEC-1): the engine already refuses their
// changes with 403; this also hides Cockpit's change actions (delete, suspend, retries, variables,
// migration, batches) for every user who is not in camunda-admin, so they are not offered at all.
const READ_ONLY_CSS = '.ctn-toolbar, [uib-tooltip="Edit the variable"], [uib-tooltip="Delete the variable"], '
  + '[uib-tooltip="Migrate this instance to latest version"], a[href*="/migration"], a[href*="/batch"] '
  + '{ display: none !important; }';

let readOnlyCheckedFor = null;

async function applyReadOnly() {
  try {
    const base = window.location.pathname.split('/app/')[0];
    const auth = await fetch(base + '/api/admin/auth/user/default', { credentials: 'same-origin' });
    if (!auth.ok) return; // not logged in yet: checked again on the next navigation
    const user = await auth.json();
    if (readOnlyCheckedFor === user.userId) return;
    const groups = await fetch(base + '/api/engine/engine/default/group?member=' + encodeURIComponent(user.userId),
      { credentials: 'same-origin', headers: { 'Accept': 'application/json' } });
    const ids = groups.ok ? (await groups.json()).map(g => g.id) : [];
    let style = document.getElementById('csl-read-only');
    if (!ids.includes('camunda-admin')) {
      if (!style) {
        style = document.createElement('style');
        style.id = 'csl-read-only';
        style.textContent = READ_ONLY_CSS;
        document.head.appendChild(style);
      }
    } else if (style) {
      style.remove();
    }
    readOnlyCheckedFor = user.userId;
  } catch (e) {
    // checked again on the next navigation
  }
}

applyReadOnly();
window.addEventListener('hashchange', applyReadOnly);

export default [
  {
    id: 'csl.audit.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 60,
    properties: { pagePath: '#/audit', label: '审计' }
  },
  {
    id: 'csl.audit.route',
    pluginPoint: 'cockpit.route',
    properties: { path: '/audit' },
    render: (node, { api }) => {
      const draw = () => renderSearch(node, api);
      draw();
      const listener = () => { if ((window.location.hash || '').startsWith('#/audit')) draw(); };
      window.addEventListener('hashchange', listener);
    }
  },
  {
    id: 'csl.audit.instanceTab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 5,
    properties: { label: '审计历史' },
    render: (node, { api, processInstanceId }) => renderHistory(node, api, processInstanceId)
  },
  {
    id: 'csl.audit.definitionTab',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 5,
    properties: { label: '已结束实例' },
    render: async (node, { api, processDefinitionId }) => {
      node.innerHTML = '正在查询…';
      try {
        const rows = await get(api, '/history/process-instance?processDefinitionId=' + encodeURIComponent(processDefinitionId)
          + '&finished=true&sortBy=endTime&sortOrder=desc&maxResults=' + PAGE);
        node.innerHTML = table(['业务编号', '开始', '结束', ''], rows.map(r => '<tr><td>' + esc(r.businessKey) + '</td><td>'
          + time(r.startTime) + '</td><td>' + time(r.endTime) + '</td><td><a href="#/audit?instance=' + encodeURIComponent(r.id)
          + '">审计历史</a></td></tr>'), false) + (rows.length === PAGE ? '<p><a href="#/audit">更多：审计查询</a></p>' : '');
      } catch (e) {
        node.innerHTML = '<div class="alert alert-danger">' + esc(e.message) + '</div>';
      }
    }
  }
];
