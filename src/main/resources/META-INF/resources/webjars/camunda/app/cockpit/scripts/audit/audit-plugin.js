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

function time(iso) {
  return iso ? esc(iso.replace('T', ' ').substring(0, 19)) : '';
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
    const [instance, activities, tasks, details, decisions, operations] = await Promise.all([
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
    let html = '<div class="audit-history">'
      + '<h3>审计历史：' + esc(instance.processDefinitionName || instance.processDefinitionKey)
      + ' <small>业务编号 ' + esc(instance.businessKey) + '</small></h3>'
      + '<p>状态 <b class="audit-state">' + esc(instance.state) + '</b>，开始 ' + time(instance.startTime)
      + '，结束 ' + time(instance.endTime) + '，发起人 ' + esc(instance.startUserId) + '</p>';
    html += '<h4>任务完成记录</h4>' + table(['任务', '办理人', '创建', '完成', '到期', '提交的数据'],
      tasks.map(t => '<tr class="audit-task"><td>' + esc(t.name) + '</td><td class="audit-assignee">' + esc(t.assignee)
        + '</td><td>' + time(t.startTime) + '</td><td>' + time(t.endTime) + '</td><td>' + time(t.due) + '</td><td>'
        + (valuesByActivityInstance[t.activityInstanceId] || []).map(d => esc(d.variableName) + ' = ' + value(d.value)).join('<br>')
        + '</td></tr>'), tasks.length >= MAX_ROWS);
    html += '<h4>决策记录</h4>' + table(['决策', '时间', '输入', '输出（命中规则）'],
      decisions.map(d => '<tr class="audit-decision"><td>' + esc(d.decisionDefinitionName || d.decisionDefinitionKey) + '</td><td>'
        + time(d.evaluationTime) + '</td><td>'
        + (d.inputs || []).map(i => esc(i.clauseName || i.clauseId) + ' = ' + value(i.value)).join('<br>') + '</td><td>'
        + (d.outputs || []).map(o => esc(o.clauseName || o.variableName) + ' = ' + value(o.value) + ' <small>(' + esc(o.ruleId) + ')</small>').join('<br>')
        + '</td></tr>'), decisions.length >= MAX_ROWS);
    html += '<h4>活动</h4>' + table(['活动', '类型', '开始', '结束', '用时', '办理人'],
      activities.map(a => '<tr><td>' + esc(a.activityName || a.activityId) + '</td><td>' + esc(a.activityType) + '</td><td>'
        + time(a.startTime) + '</td><td>' + time(a.endTime) + '</td><td>' + duration(a.durationInMillis) + '</td><td>'
        + esc(a.assignee) + '</td></tr>'), activities.length >= MAX_ROWS);
    html += '<h4>变量变更</h4>' + table(['时间', '变量', '值', '活动'],
      details.map(d => '<tr><td>' + time(d.time) + '</td><td>' + esc(d.variableName) + '</td><td>' + value(d.value) + '</td><td>'
        + esc(activityNames[d.activityInstanceId] || '') + '</td></tr>'), details.length >= MAX_ROWS);
    html += '<h4>用户操作</h4>' + table(['时间', '用户', '操作', '属性', '原值', '新值'],
      operations.map(o => '<tr><td>' + time(o.timestamp) + '</td><td>' + esc(o.userId) + '</td><td>' + esc(o.operationType)
        + '</td><td>' + esc(o.property) + '</td><td>' + esc(o.orgValue) + '</td><td>' + esc(o.newValue) + '</td></tr>'),
      operations.length >= MAX_ROWS);
    node.innerHTML = html + '</div>';
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
    node.innerHTML = '<div class="container-fluid"><p><a href="#/audit">← 返回审计查询</a></p><div class="audit-detail"></div></div>';
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
