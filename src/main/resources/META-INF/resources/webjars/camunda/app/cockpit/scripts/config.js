// Cockpit configuration of Customer Service Lifecycle: loads the audit plugin (审计, R-AUD-1).
// Language (issue 18): Chinese by default, English with ?locale=en — see csl-locale.js
import { LOCALE, LOCALES } from '../../welcome/scripts/csl-locale.js';

export default {
  customScripts: ['scripts/audit/audit-plugin.js', 'scripts/regulation/regulation-plugin.js',
    // dates in the service's zone as 2026-12-02 14:30, not the browser's zone with a "T" (issue 18)
    '../welcome/scripts/csl-dates.js'],
  // app name shown on the log-in page, in the header and in the window title ("Camunda 驾驶舱")
  app: LOCALE === 'zh' ? { name: '驾驶舱' } : undefined,
  // only the chosen language is offered: with ['zh', 'en'] an en-US browser would get English
  locales: LOCALES,
  // no "dateFormat" here: Cockpit does not read it; its formats are fixed in the bundle (normal
  // 'YYYY-MM-DD[T]HH:mm:ss', long 'LLLL', abbr 'lll', short 'LL'); csl-dates.js prints them in the service's
  // zone, the "T" as a space
};
