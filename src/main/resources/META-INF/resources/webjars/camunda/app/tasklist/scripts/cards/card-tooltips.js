// Task card tooltips in Chinese (issue 18): Tasklist's card shows the literal "task.assignee" as the
// assignee's tooltip and a variable's technical name (caseCustomer …) as its label's tooltip. The tooltip is
// rendered when hovered; its text is replaced here by the label a person reads. English stays English.
import { LOCALE } from '../../../welcome/scripts/csl-locale.js';

const LABELS = {
  'task.assignee': '办理人',
  caseCustomer: '客户',
  caseNumber: '编号',
  caseDue: '到期'
};

function translate(node) {
  if (node.nodeType !== 1) return;
  const inners = node.classList && node.classList.contains('tooltip-inner') ? [node] : node.querySelectorAll ? node.querySelectorAll('.tooltip-inner') : [];
  inners.forEach((inner) => {
    const text = inner.textContent.trim();
    if (LABELS[text]) inner.textContent = LABELS[text];
  });
  if (node.querySelectorAll) {
    node.querySelectorAll('[title]').forEach((el) => {
      const title = el.getAttribute('title');
      if (LABELS[title]) el.setAttribute('title', LABELS[title]);
    });
  }
}

if (LOCALE === 'zh') {
  const observer = new MutationObserver((mutations) => {
    mutations.forEach((m) => {
      m.addedNodes.forEach((n) => translate(n.nodeType === 3 ? n.parentElement || n : n));
      if (m.type === 'characterData' && m.target.parentElement) translate(m.target.parentElement.parentElement || m.target.parentElement);
    });
  });
  const start = () => observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
}
