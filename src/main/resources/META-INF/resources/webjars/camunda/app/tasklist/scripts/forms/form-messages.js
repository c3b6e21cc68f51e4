// Form messages in Chinese (issue 18.1): Tasklist renders Camunda Forms with the form-js library, whose
// validation messages and placeholders are English and not translatable through Tasklist's locale files
// ("Field is required.", a raw regular expression for a pattern …). This rewrites them in place as form-js
// renders them. The server's own refusals (form contract, 400) are Chinese already.

const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, m => '至少 ' + m[1] + ' 个字。'],
  [/^Field must have maximum length of (\d+)\.$/, m => '最多 ' + m[1] + ' 个字。'],
  [/^Field must have minimum value of (.+)\.$/, m => '不能小于 ' + m[1] + '。'],
  [/^Field must have maximum value of (.+)\.$/, m => '不能大于 ' + m[1] + '。'],
  [/^Field must match pattern .*$/, () => '格式不正确，请按字段说明填写。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的电话号码（国际格式，例如 +8613912345678）。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to .*$/, () => '填写的值不符合要求。'],
  [/^No results$/, () => '没有匹配的选项'],
  [/^Search$/, () => '搜索'],
  [/^Select$/, () => '请选择'],
  // the date field's own placeholder: the order stays form-js's (month/day/year), said in Chinese
  [/^mm\/dd\/yyyy$/, () => '月/日/年，例如 12/02/2026']
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, replace] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) return replace(match);
  }
  return null;
}

function fix(root) {
  const scope = root.querySelectorAll ? root : document;
  // a select without a value shows the placeholder text "Select" in .fjs-select-placeholder
  scope.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error *, .fjs-dropdownlist-empty, .fjs-select-placeholder').forEach(node => {
    if (node.children.length === 0) {
      const chinese = translate(node.textContent || '');
      if (chinese && node.textContent !== chinese) {
        // change form-js's (Preact's) own text node, so its next render does not add its text back beside ours
        const text = node.firstChild;
        if (text && text.nodeType === 3 && node.childNodes.length === 1) {
          text.data = chinese;
        } else {
          node.textContent = chinese;
        }
      }
    }
  });
  scope.querySelectorAll('.fjs-form input[placeholder], .fjs-form textarea[placeholder]').forEach(input => {
    const chinese = translate(input.getAttribute('placeholder') || '');
    if (chinese) input.setAttribute('placeholder', chinese);
  });
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData' && mutation.target.parentElement) {
      fix(mutation.target.parentElement.parentElement || mutation.target.parentElement);
    } else {
      mutation.addedNodes.forEach(node => { if (node.nodeType === 1) fix(node.parentElement || node); });
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
