// Helpers the application's Tasklist scripts share (登记回执, 通知发送): escaping, Shanghai time, the
// webapp's CSRF token and the application's API under the same log-in.

export function esc(value) {
  return String(value === null || value === undefined ? '' : value)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function shanghai(iso) {
  if (!iso) return '';
  const p = {};
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(new Date(iso)).forEach(x => { p[x.type] = x.value; });
  return p.year + '-' + p.month + '-' + p.day + ' ' + (p.hour === '24' ? '00' : p.hour) + ':' + p.minute;
}

export function csrf() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

export function apiBase() {
  return window.location.pathname.split('/camunda/')[0] + '/api';
}

/** A request to the application's API with the Tasklist log-in (session cookie and CSRF token). */
export function api(path, method) {
  return fetch(apiBase() + path, {
    method: method || 'GET', credentials: 'same-origin',
    headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': csrf() }
  });
}
