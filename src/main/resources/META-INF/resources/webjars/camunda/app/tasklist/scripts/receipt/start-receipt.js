// 登记回执 (issue 18.4): after a start form, the registrant sees the case's number — Tasklist itself only
// says "流程已发起". The number is the business key in the engine's answer to the start form. For a
// complaint the receipt also gives the reply deadline and, when the customer has no e-mail (so no
// acknowledgement mail could be sent), asks the registrant to tell the number and deadline by phone and
// records that it was given (POST /api/complaints/{number}/phone-acknowledgement, with the Tasklist log-in).

import { esc, shanghai, api } from '../common/csl-web.js';

function banner() {
  let box = document.getElementById('csl-receipt');
  if (!box) {
    box = document.createElement('div');
    box.id = 'csl-receipt';
    box.setAttribute('role', 'status');
    box.style.cssText = 'position:fixed;top:56px;left:50%;transform:translateX(-50%);z-index:2000;max-width:760px;'
      + 'background:#dff0d8;border:1px solid #3c763d;color:#2b542c;padding:12px 40px 12px 16px;border-radius:4px;'
      + 'box-shadow:0 2px 8px rgba(0,0,0,.2);font-size:14px;line-height:1.6';
    document.body.appendChild(box);
  }
  return box;
}

function show(html) {
  const box = banner();
  box.innerHTML = html + '<button type="button" class="close csl-receipt-close" aria-label="关闭" '
    + 'style="position:absolute;top:8px;right:12px">×</button>';
  box.querySelector('.csl-receipt-close').addEventListener('click', () => box.remove());
}

async function complaintReceipt(number) {
  const response = await api('/complaints/' + encodeURIComponent(number));
  if (!response.ok) {
    show('已登记：投诉编号 <b class="csl-receipt-number">' + esc(number) + '</b>');
    return;
  }
  const complaint = await response.json();
  const reply = complaint.deadlines && complaint.deadlines.reply;
  let html = '已登记：投诉编号 <b class="csl-receipt-number">' + esc(number) + '</b>，答复客户期限 <b>' + esc(shanghai(reply))
    + '</b>（按工作日计算' + (complaint.deadlinesProvisional ? '，暂定' : '') + '）。';
  const ack = complaint.acknowledgement || {};
  if (ack.phoneNeeded && !ack.phoneAt) {
    html += '<br><b>客户没有登记电子邮箱，受理回执未能发送：</b>请电话告知客户投诉编号和答复期限，告知后点击 '
      + '<button type="button" class="btn btn-xs btn-primary csl-receipt-phone">已电话告知客户</button>';
  } else if (ack.mail === 'PENDING' || ack.mail === 'SENT') {
    html += '受理回执已发往客户邮箱。';
  }
  show(html);
  const phone = document.querySelector('.csl-receipt-phone');
  if (phone) {
    phone.addEventListener('click', async () => {
      phone.disabled = true;
      const done = await api('/complaints/' + encodeURIComponent(number) + '/phone-acknowledgement', 'POST');
      if (done.ok) {
        const body = await done.json();
        phone.outerHTML = '<span class="csl-receipt-phoned">已记录：' + esc(body.acknowledgement.phoneBy) + ' 于 '
          + esc(shanghai(body.acknowledgement.phoneAt)) + ' 电话告知</span>';
      } else {
        phone.disabled = false;
        phone.insertAdjacentHTML('afterend', ' <span class="text-danger">记录失败，请重试</span>');
      }
    });
  }
}

function receipt(instance) {
  const key = instance && instance.businessKey;
  if (!key) return;
  if (/^TS-\d{8}-\d{4}$/.test(key)) {
    complaintReceipt(key);
  } else {
    show('已发起，业务编号 <b class="csl-receipt-number">' + esc(key) + '</b>');
  }
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url) {
  this.cslMethod = method;
  this.cslUrl = String(url);
  return open.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function () {
  if (this.cslMethod === 'POST' && /\/process-definition\/[^/?]+\/submit-form(\?|$)/.test(this.cslUrl)) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        try {
          receipt(JSON.parse(this.responseText));
        } catch (e) {
          // no receipt
        }
      }
    });
  }
  return send.apply(this, arguments);
};

export default [];
