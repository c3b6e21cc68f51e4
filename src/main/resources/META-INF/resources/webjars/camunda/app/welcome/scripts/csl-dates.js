// Dates in the configured zone (issue 18): the webapps show every date through the AngularJS filter
// "camDate" of Camunda's commons, which formats with the bundled moment (no time zones) in the browser's own
// zone — and Cockpit with the fixed pattern 'YYYY-MM-DD[T]HH:mm:ss'. Loaded as a custom script (before the
// app starts), this registers a "camDate" of its own on the same module after the bundle's: the same format
// names (normal, abbr, long, short, day, monthName) and patterns, but the wall-clock time of the service's
// zone (Asia/Shanghai, csl.calendar.zone), and 'YYYY-MM-DD HH:mm' where Cockpit would print 'YYYY-MM-DDTHH:mm:ss'.
// Uses the browser's Intl time-zone data; no library.
export const ZONE = 'Asia/Shanghai';

const FIELDS = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  weekday: 'long', hour12: false };
const WEEKDAYS = { Sunday: '星期日', Monday: '星期一', Tuesday: '星期二', Wednesday: '星期三', Thursday: '星期四',
  Friday: '星期五', Saturday: '星期六' };
const formatter = new Intl.DateTimeFormat('en-US', Object.assign({ timeZone: ZONE }, FIELDS));

/** The wall-clock parts of an instant in the zone. */
export function partsOf(date) {
  const parts = {};
  formatter.formatToParts(date).forEach(part => { parts[part.type] = part.value; });
  return {
    year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour % 24, minute: +parts.minute,
    second: +parts.second, weekday: WEEKDAYS[parts.weekday] || parts.weekday
  };
}

const pad = n => (n < 10 ? '0' : '') + n;
// moment's locale formats as Chinese staff read them; Cockpit's "T" becomes a space
const LOCALE_FORMATS = { LT: 'HH:mm', LTS: 'HH:mm:ss', L: 'YYYY-MM-DD', LL: 'YYYY年M月D日', LLL: 'YYYY年M月D日 HH:mm',
  LLLL: 'YYYY年M月D日dddd HH:mm', l: 'YYYY-MM-DD', ll: 'YYYY年M月D日', lll: 'YYYY-MM-DD HH:mm', llll: 'YYYY年M月D日dddd HH:mm' };

/** Formats an instant in the zone with a moment pattern (the tokens the webapps use). */
export function format(value, pattern) {
  if (value === null || value === undefined || value === '') return '';
  const date = value instanceof Date ? value : new Date(typeof value === 'string' ? normalise(value) : value);
  if (isNaN(date.getTime())) return String(value);
  let text = String(pattern || 'YYYY-MM-DD HH:mm');
  // Cockpit's fixed "normal" reads as 2026-12-02 14:30, as in Tasklist
  text = text === 'YYYY-MM-DD[T]HH:mm:ss' ? 'YYYY-MM-DD HH:mm' : LOCALE_FORMATS[text] || text;
  const p = partsOf(date);
  const tokens = { YYYY: String(p.year), MMMM: p.month + '月', MM: pad(p.month), M: String(p.month), DD: pad(p.day),
    D: String(p.day), dddd: p.weekday, HH: pad(p.hour), H: String(p.hour), mm: pad(p.minute), ss: pad(p.second) };
  return text.replace(/\[([^\]]*)]|YYYY|MMMM|MM|M|DD|D|dddd|HH|H|mm|ss/g, (match, literal) =>
    literal !== undefined ? literal : tokens[match]);
}

// the engine's REST API writes "2026-12-02T10:00:00.000+0800": the offset without its colon is not ISO for Date
function normalise(text) {
  return text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
}

function install() {
  const angular = window.angular;
  if (!angular) return;
  try {
    angular.module('cam.commons.filter.date').config(['$filterProvider', function ($filterProvider) {
      $filterProvider.register('camDate', ['camDateFormat', function (camDateFormat) {
        return function (value, name) {
          return value ? format(value, camDateFormat(name)) : '';
        };
      }]);
    }]);
  } catch (e) {
    // the module is not in this app: its dates stay as the bundle formats them
    console.warn('csl-dates: camDate not replaced', e);
  }
}

install();
