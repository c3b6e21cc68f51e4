// 制度变更 (issue 15, S0 3.6–3.8): the page where 企管部 submits new or changed models (.bpmn, .dmn, .form)
// for confirmation and approval — Tasklist's forms have no file field — and where reviewers and
// auditors read each change, its files before and after, and its approval history. The application's
// /api is called with the Cockpit log-in (session and CSRF token); the server checks every file and
// answers 400 naming each problem, which is shown next to the form, the entries kept.

function esc(value) {
  return String(value === null || value === undefined ? '' : value)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STATUS = { IN_REVIEW: '审批中', RETURNED: '已退回', DEPLOYED: '已发布' };

function apiBase() {
  return window.location.pathname.split('/camunda/')[0] + '/api';
}

function shanghai(iso) {
  if (!iso) return '';
  try {
    return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso)).replace(/\//g, '-');
  } catch (e) {
    return esc(iso);
  }
}

async function call(api, path, options) {
  const response = await fetch(apiBase() + path, Object.assign({
    credentials: 'same-origin',
    headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  }, options || {}));
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = text; }
  return { status: response.status, body };
}

function problems(body) {
  if (body && Array.isArray(body.errors)) {
    return '<ul class="regulation-errors">' + body.errors.map(e => '<li><b>' + esc(e.label || e.field) + '</b>：'
      + esc(e.message) + '</li>').join('') + '</ul>';
  }
  return esc(body && (body.detail || body.title) || body || '请求失败');
}

async function renderList(node, api) {
  node.innerHTML = '<h3>制度变更</h3><p class="text-muted">企管部起草和调整制度（流程、决策表、表单），相关部门经理确认，'
    + '总经理批准后由系统发布（S0 3.6–3.8）。</p>'
    + '<form class="regulation-form" autocomplete="off">'
    + '<div class="form-group"><label for="rc-title">变更标题</label><input id="rc-title" name="title" class="form-control" maxlength="200"></div>'
    + '<div class="form-group"><label for="rc-reason">变更原因（依据的条款、要解决的问题）</label>'
    + '<textarea id="rc-reason" name="reason" class="form-control" rows="3" maxlength="2000"></textarea></div>'
    + '<div class="form-group"><label for="rc-files">文件（.bpmn、.dmn、.form，可多选）</label>'
    + '<input id="rc-files" name="files" type="file" multiple accept=".bpmn,.dmn,.form" class="form-control"></div>'
    + '<button type="submit" class="btn btn-primary">提交审批</button> <span class="regulation-result"></span>'
    + '<div class="regulation-feedback"></div></form><hr><div class="regulation-list">正在读取…</div>';
  const form = node.querySelector('form');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const feedback = node.querySelector('.regulation-feedback');
    const data = new FormData();
    data.append('title', form.title.value);
    data.append('reason', form.reason.value);
    for (const file of form.files.files) data.append('files', file, file.name);
    feedback.innerHTML = '正在检查文件…';
    const result = await call(api, '/regulation-changes', { method: 'POST', body: data });
    if (result.status === 201) {
      feedback.innerHTML = '<div class="alert alert-success">已提交 ' + esc(result.body.number) + '，等待相关部门经理确认。<pre>'
        + esc(result.body.summary) + '</pre></div>';
      form.reset();
      drawTable(node, api);
    } else if (result.status === 403) {
      feedback.innerHTML = '<div class="alert alert-danger">只有企管部可以提交制度变更。</div>';
    } else {
      feedback.innerHTML = '<div class="alert alert-danger">未提交，请修正：' + problems(result.body) + '</div>';
    }
  });
  drawTable(node, api);
}

async function drawTable(node, api) {
  const list = node.querySelector('.regulation-list');
  const result = await call(api, '/regulation-changes');
  if (result.status !== 200) {
    list.innerHTML = '<div class="alert alert-warning">' + (result.status === 403 ? '您没有查看制度变更的权限。' : problems(result.body)) + '</div>';
    return;
  }
  const rows = result.body.map(c => '<tr><td><a href="#/regulation-changes?id=' + encodeURIComponent(c.id) + '">' + esc(c.number)
    + '</a></td><td>' + esc(c.title) + '</td><td>' + esc(STATUS[c.status] || c.status) + '</td><td>' + esc(c.draftedBy)
    + '</td><td>' + shanghai(c.draftedAt) + '</td></tr>');
  list.innerHTML = '<table class="table table-condensed cam-table"><thead><tr><th>编号</th><th>标题</th><th>状态</th><th>起草人</th>'
    + '<th>提交时间</th></tr></thead><tbody>' + (rows.length ? rows.join('') : '<tr><td colspan="5">还没有制度变更</td></tr>')
    + '</tbody></table>';
}

async function renderOne(node, api, id) {
  node.innerHTML = '正在读取…';
  const result = await call(api, '/regulation-changes/' + encodeURIComponent(id));
  if (result.status !== 200) {
    node.innerHTML = '<div class="alert alert-warning">' + problems(result.body) + '</div>';
    return;
  }
  const c = result.body;
  node.innerHTML = '<p><a href="#/regulation-changes">← 全部制度变更</a></p><h3>' + esc(c.number) + ' ' + esc(c.title) + '</h3>'
    + '<p>状态 <b class="regulation-status">' + esc(STATUS[c.status] || c.status) + '</b>；起草人 ' + esc(c.draftedBy) + '，'
    + shanghai(c.draftedAt) + (c.deploymentId ? '；已发布（部署 ' + esc(c.deploymentId) + '）' : '')
    + (c.processInstanceId ? '；<a href="#/audit?instance=' + encodeURIComponent(c.processInstanceId) + '">审批历史（审计）</a>' : '')
    + '</p><h4>变更原因</h4><p>' + esc(c.reason) + '</p><h4>变更内容（与当时的现行版本比较）</h4><pre class="regulation-summary">'
    + esc(c.summary) + '</pre><h4>文件</h4><ul>' + c.files.map(f => '<li>' + esc(f)
      + ' <button type="button" class="btn btn-link" data-file="' + esc(f) + '">查看新版本</button>'
      + '<button type="button" class="btn btn-link" data-file="' + esc(f) + '" data-previous="true">查看原版本</button></li>').join('')
    + '</ul><pre class="regulation-file" style="max-height:400px;overflow:auto"></pre>';
  node.querySelectorAll('button[data-file]').forEach(button => button.addEventListener('click', async () => {
    const shown = node.querySelector('.regulation-file');
    const path = '/regulation-changes/' + encodeURIComponent(id) + '/files/' + encodeURIComponent(button.dataset.file)
      + (button.dataset.previous ? '?previous=true' : '');
    const file = await fetch(apiBase() + path, { credentials: 'same-origin', headers: { 'Accept': 'text/plain', 'X-XSRF-TOKEN': api.CSRFToken } });
    shown.textContent = file.ok ? await file.text() : (button.dataset.previous ? '（新增文件，没有原版本）' : '读取失败');
  }));
}

function render(node, api) {
  node.classList.add('regulation-page');
  const hash = window.location.hash || '';
  const match = hash.match(/[?&]id=(\d+)/);
  if (match) {
    renderOne(node, api, match[1]);
  } else {
    renderList(node, api);
  }
}

export default [
  {
    id: 'csl.regulation.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 55,
    properties: { pagePath: '#/regulation-changes', label: '制度变更' }
  },
  {
    id: 'csl.regulation.route',
    pluginPoint: 'cockpit.route',
    properties: { path: '/regulation-changes' },
    render: (node, { api }) => {
      render(node, api);
      window.addEventListener('hashchange', () => {
        if ((window.location.hash || '').startsWith('#/regulation-changes')) render(node, api);
      });
    }
  }
];
