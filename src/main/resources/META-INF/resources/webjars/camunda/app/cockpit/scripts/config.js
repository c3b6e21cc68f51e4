// Cockpit configuration of Customer Service Lifecycle: loads the audit plugin (审计, R-AUD-1).
// Language (issue 18): Simplified Chinese is the default, whatever the browser language is.
// The webapp itself only negotiates navigator.languages[0] against "availableLocales" and falls
// back to "fallbackLocale"; it has no language switch and stores no language choice. So the
// choice is made here: add ?locale=en (or ?locale=zh to go back) to the address of any of the
// four apps, e.g. /camunda/app/tasklist/default/?locale=en ; the choice is kept in
// localStorage "camunda-locale" and applies to Tasklist, Cockpit, Admin and Welcome alike.
const SUPPORTED_LOCALES = ['zh', 'en'];
const DEFAULT_LOCALE = 'zh';
const LOCALE_STORAGE_KEY = 'camunda-locale';

function chooseLocale() {
  try {
    const fromUrl =
      new URLSearchParams(window.location.search).get('locale') ||
      (window.location.hash.match(/[?&]locale=([A-Za-z-]+)/) || [])[1];
    const wanted = fromUrl && fromUrl.toLowerCase().split('-')[0];
    if (SUPPORTED_LOCALES.includes(wanted)) {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, wanted);
      return wanted;
    }
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    if (SUPPORTED_LOCALES.includes(stored)) {
      return stored;
    }
  } catch (e) {
    // no localStorage (privacy mode): use the default
  }
  return DEFAULT_LOCALE;
}

const LOCALE = chooseLocale();
document.documentElement.lang = LOCALE === 'zh' ? 'zh-CN' : LOCALE;

export default {
  customScripts: ['scripts/audit/audit-plugin.js', 'scripts/regulation/regulation-plugin.js'],
  // app name shown on the log-in page, in the header and in the window title ("Camunda 驾驶舱")
  app: LOCALE === 'zh' ? { name: '驾驶舱' } : undefined,
  // only the chosen language is offered: with ['zh', 'en'] an en-US browser would get English
  locales: {
    availableLocales: [LOCALE],
    fallbackLocale: LOCALE
  },
  // no "dateFormat" here: Cockpit does not read it; its formats are fixed in the bundle (normal
  // 'YYYY-MM-DD[T]HH:mm:ss', long 'LLLL', abbr 'lll', short 'LL') and LLLL/lll/LL follow the
  // "dateLocales" of locales/zh.json (LLLL = YYYY-MM-DD HH:mm:ss)
};
