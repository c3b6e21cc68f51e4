// 通知发送 (issue 17): customer service managers and administrators see the mail that failed for good
// (a refused address) or is late (still not delivered after the retry window, e.g. during a mail outage),
// and send it again. The resend is recorded on the notification (who, when, how often). Uses the
// application's API with the Tasklist log-in: GET /api/notifications?status=FAILED | ?late=true,
// POST /api/notifications/{id}/resend.

import { esc, shanghai, api } from '../common/csl-web.js';

const PAGE = 20;
const state = { tab: 'failed', page: 0 };

function resentText(item) {
  if (!item.resendCount) return '';
  return '已重发 ' + item.resendCount + ' 次（最近：' + esc(item.resentByName || item.resentBy) + '，' + esc(shanghai(item.resentAt)) + '）';
}

function row(item) {
  const action = item.status === 'FAILED' || item.late
    ? '<button type="button" class="btn btn-xs btn-primary csl-outbox-resend" data-id="' + esc(item.id) + '">重发</button>'
    : '';
  return '<tr data-id="' + esc(item.id) + '">'
    + '<td>' + esc(item.reference) + '</td>'
    + '<td>' + esc(item.recipient) + '</td>'
    + '<td>' + esc(item.subject) + '</td>'
    + '<td class="csl-outbox-status">' + esc(item.statusLabel) + '</td>'
    + '<td>' + esc(item.attempts) + '</td>'
    + '<td style="max-width:260px;word-break:break-all">' + esc(item.lastError) + '</td>'
    + '<td>' + esc(shanghai(item.createdAt)) + '</td>'
    + '<td class="csl-outbox-resent">' + resentText(item) + '</td>'
    + '<td>' + action + '</td></tr>';
}

async function load() {
  const body = document.querySelector('#csl-outbox .csl-outbox-body');
  body.innerHTML = '<p>正在加载…</p>';
  const query = state.tab === 'failed' ? 'status=FAILED' : 'late=true';
  const response = await api('/notifications?' + query + '&page=' + state.page + '&size=' + PAGE);
  if (!response.ok) {
    body.innerHTML = '<p class="text-danger">无法读取通知（' + response.status + '）</p>';
    return;
  }
  const data = await response.json();
  const explain = state.tab === 'failed'
    ? '发送失败：邮件服务器拒收了收件地址，或地址无效，系统不再自动重试。核对地址后可重发。'
    : '延迟未送达：尝试 ' + esc(data.lateAfterAttempts) + ' 次后仍未送达（如邮件服务器中断），系统仍在按间隔重试；可立即重发。';
  const pages = Math.max(1, Math.ceil(data.total / PAGE));
  body.innerHTML = '<p class="text-muted">' + explain + '</p>'
    + (data.items.length === 0 ? '<p class="csl-outbox-empty">没有此类通知。</p>'
      : '<table class="table table-condensed table-striped csl-outbox-table"><thead><tr>'
        + '<th>业务编号</th><th>收件人</th><th>主题</th><th>状态</th><th>尝试次数</th><th>最近错误</th><th>生成时间</th><th>重发记录</th><th></th>'
        + '</tr></thead><tbody>' + data.items.map(row).join('') + '</tbody></table>')
    + '<p>共 ' + esc(data.total) + ' 条，第 ' + (state.page + 1) + ' / ' + pages + ' 页 '
    + (state.page > 0 ? '<button type="button" class="btn btn-xs btn-default csl-outbox-prev">上一页</button> ' : '')
    + (state.page + 1 < pages ? '<button type="button" class="btn btn-xs btn-default csl-outbox-next">下一页</button>' : '')
    + '</p>';
  body.querySelectorAll('.csl-outbox-resend').forEach(button => button.addEventListener('click', () => resend(button)));
  const prev = body.querySelector('.csl-outbox-prev');
  if (prev) prev.addEventListener('click', () => { state.page--; load(); });
  const next = body.querySelector('.csl-outbox-next');
  if (next) next.addEventListener('click', () => { state.page++; load(); });
}

async function resend(button) {
  button.disabled = true;
  const tr = button.closest('tr');
  const response = await api('/notifications/' + encodeURIComponent(button.dataset.id) + '/resend', 'POST');
  if (response.ok) {
    const item = await response.json();
    tr.querySelector('.csl-outbox-status').textContent = '已重新排队发送';
    tr.querySelector('.csl-outbox-resent').innerHTML = resentText(item);
    button.remove();
    const badge = document.querySelector('#csl-outbox-link .badge');
    if (badge) {
      const left = Number(badge.textContent) - 1;
      if (left > 0) badge.textContent = String(left); else badge.remove();
    }
  } else {
    let message = '重发失败（' + response.status + '）';
    try {
      const problem = await response.json();
      message = problem.detail || problem.title || message;
    } catch (e) {
      // the status says enough
    }
    button.disabled = false;
    button.insertAdjacentHTML('afterend', ' <span class="text-danger">' + esc(message) + '</span>');
  }
}

function open() {
  let dialog = document.getElementById('csl-outbox');
  if (!dialog) {
    dialog = document.createElement('div');
    dialog.id = 'csl-outbox';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', '通知发送');
    dialog.style.cssText = 'position:fixed;top:56px;left:24px;right:24px;bottom:24px;z-index:2000;background:#fff;'
      + 'border:1px solid #999;border-radius:4px;box-shadow:0 4px 16px rgba(0,0,0,.3);padding:16px 20px;overflow:auto;font-size:13px';
    dialog.innerHTML = '<button type="button" class="close csl-outbox-close" aria-label="关闭" style="font-size:24px">×</button>'
      + '<h3 style="margin-top:0">通知发送</h3>'
      + '<ul class="nav nav-tabs" style="margin-bottom:12px">'
      + '<li class="csl-outbox-tab" data-tab="failed"><a href="" role="tab">发送失败</a></li>'
      + '<li class="csl-outbox-tab" data-tab="late"><a href="" role="tab">延迟未送达</a></li></ul>'
      + '<div class="csl-outbox-body"></div>';
    document.body.appendChild(dialog);
    dialog.querySelector('.csl-outbox-close').addEventListener('click', () => dialog.remove());
    dialog.querySelectorAll('.csl-outbox-tab').forEach(tab => tab.addEventListener('click', event => {
      event.preventDefault();
      state.tab = tab.dataset.tab;
      state.page = 0;
      mark(dialog);
      load();
    }));
  }
  mark(dialog);
  load();
}

function mark(dialog) {
  dialog.querySelectorAll('.csl-outbox-tab').forEach(tab => tab.classList.toggle('active', tab.dataset.tab === state.tab));
}

async function offer() {
  if (document.getElementById('csl-outbox-link')) return;
  const nav = document.querySelector('.cam-nav.app-menu > ul, .cam-nav > ul');
  if (!nav || !nav.querySelector('.account')) return; // not logged in yet
  const who = nav.querySelector('.account').textContent.trim();
  if (state.askedFor === who) return; // asked already for this log-in: not an operator
  state.askedFor = who;
  const probe = await api('/notifications?status=FAILED&size=1');
  if (!probe.ok || document.getElementById('csl-outbox-link')) return;
  const data = await probe.json();
  if (!data.canResend) return;
  const late = await api('/notifications?late=true&size=1');
  const lateTotal = late.ok ? (await late.json()).total : 0;
  const waiting = data.total + lateTotal;
  const item = document.createElement('li');
  item.id = 'csl-outbox-link';
  item.innerHTML = '<a href="" title="发送失败或延迟未送达的邮件通知">通知发送'
    + (waiting > 0 ? ' <span class="badge" style="background:#d9534f">' + waiting + '</span>' : '') + '</a>';
  item.querySelector('a').addEventListener('click', event => {
    event.preventDefault();
    open();
  });
  nav.insertBefore(item, nav.firstChild);
}

// the header is drawn by AngularJS after log-in; look for it until it is there (and again after a re-login)
setInterval(offer, 2000);
offer();
