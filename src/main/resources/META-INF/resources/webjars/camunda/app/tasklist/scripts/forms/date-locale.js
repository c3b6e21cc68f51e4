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
