// 日期选择器中文 (issue 18): Tasklist's date pickers (设置到期日 / 设置跟进日期) take their month and day
// names from AngularJS's $locale, which the webapp ships as en-us only. Once the app is running, this puts the
// zh-cn names into that (singleton) service and makes the week start on Monday, as Chinese calendars do.
// English stays English (?locale=en).
import { LOCALE } from '../../../welcome/scripts/csl-locale.js';

const ZH = {
  AMPMS: ['上午', '下午'],
  DAY: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  SHORTDAY: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  MONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  STANDALONEMONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  SHORTMONTH: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  ERAS: ['公元前', '公元'],
  ERANAMES: ['公元前', '公元'],
  FIRSTDAYOFWEEK: 0,
  WEEKENDRANGE: [5, 6],
  fullDate: 'y年M月d日EEEE',
  longDate: 'y年M月d日',
  medium: 'y-MM-dd HH:mm:ss',
  mediumDate: 'y-MM-dd',
  mediumTime: 'HH:mm:ss',
  short: 'y-MM-dd HH:mm',
  shortDate: 'y-MM-dd',
  shortTime: 'HH:mm'
};

function apply() {
  const angular = window.angular;
  const root = document.querySelector('[ng-app], .ng-scope');
  if (!angular || !root) return false;
  const injector = angular.element(root).injector();
  if (!injector) return false;
  Object.assign(injector.get('$locale').DATETIME_FORMATS, ZH);
  if (injector.has('uibDatepickerConfig')) {
    Object.assign(injector.get('uibDatepickerConfig'), { startingDay: 1, formatDayTitle: 'y年 MMMM', formatMonthTitle: 'y年' });
  }
  if (injector.has('uibDatepickerPopupConfig')) {
    Object.assign(injector.get('uibDatepickerPopupConfig'), { currentText: '今天', clearText: '清除', closeText: '关闭' });
  }
  return true;
}

if (LOCALE === 'zh') {
  let tries = 0;
  const timer = setInterval(() => {
    // the app is up within seconds; stop looking after a minute whatever happens
    if (apply() || ++tries > 300) clearInterval(timer);
  }, 200);
}

// The forms' date fields (form-js 1.8, issue 18). form-js takes a date field's pattern from the browser's default
// locale (new Intl.DateTimeFormat() without options: "mm/dd/yyyy" in an English browser) and shows flatpickr's
// English calendar. In Chinese, the default numeric date format is made the ISO one (2026-12-02 → "yyyy-mm-dd"),
// only for that call (no options given), and the calendar's month and weekday names are put in Chinese.
const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const WEEKDAYS = { Sun: '日', Mon: '一', Tue: '二', Wed: '三', Thu: '四', Fri: '五', Sat: '六' };

function patchDefaultDateFormat() {
  const Native = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) {
    const isDefault = (locales === undefined || locales === 'default') && options === undefined;
    return new Native(isDefault ? 'sv-SE' : locales, options);
  }
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Intl.DateTimeFormat = DateTimeFormat;
}

function translateCalendar(root) {
  root.querySelectorAll('.flatpickr-monthDropdown-month, .flatpickr-monthDropdown-months option').forEach((option) => {
    const i = EN_MONTHS.indexOf(option.textContent.trim());
    if (i >= 0) option.textContent = MONTHS[i];
  });
  root.querySelectorAll('.flatpickr-current-month .cur-month').forEach((span) => {
    const i = EN_MONTHS.indexOf(span.textContent.trim());
    if (i >= 0) span.textContent = MONTHS[i] + ' ';
  });
  root.querySelectorAll('.flatpickr-weekday').forEach((day) => {
    const short = day.textContent.trim();
    if (WEEKDAYS[short]) day.textContent = WEEKDAYS[short];
  });
  root.querySelectorAll('.flatpickr-day[aria-label]').forEach((day) => {
    const label = day.getAttribute('aria-label');
    const m = /^([A-Za-z]+) (\d{1,2}), (\d{4})$/.exec(label);
    if (m && EN_MONTHS.includes(m[1])) {
      day.setAttribute('aria-label', m[3] + '年' + (EN_MONTHS.indexOf(m[1]) + 1) + '月' + m[2] + '日');
    }
  });
}

if (LOCALE === 'zh') {
  patchDefaultDateFormat();
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target.nodeType === 1 ? mutation.target : mutation.target.parentElement;
      const calendar = target && target.closest ? target.closest('.flatpickr-calendar') : null;
      if (calendar) {
        translateCalendar(calendar);
      } else {
        mutation.addedNodes.forEach((node) => {
          if (node.nodeType === 1 && node.querySelector && node.querySelector('.flatpickr-calendar')) {
            node.querySelectorAll('.flatpickr-calendar').forEach(translateCalendar);
          } else if (node.nodeType === 1 && node.classList && node.classList.contains('flatpickr-calendar')) {
            translateCalendar(node);
          }
        });
      }
    }
  });
  const start = () => observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
}
