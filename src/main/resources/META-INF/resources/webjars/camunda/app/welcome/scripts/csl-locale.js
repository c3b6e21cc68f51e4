// Language of the Camunda webapps (issue 18), shared by the config.js of Tasklist, Cockpit, Admin and
// Welcome: Simplified Chinese is the default, whatever the browser language is. The webapp itself only
// negotiates navigator.languages[0] against "availableLocales" and falls back to "fallbackLocale"; it has
// no language switch and stores no choice. So the choice is made here: add ?locale=en (or ?locale=zh to
// go back) to the address of any of the four apps, e.g. /camunda/app/tasklist/default/?locale=en ; the
// choice is kept in localStorage "camunda-locale" and applies to all four apps.
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

/** The chosen language; only it is offered (with ['zh', 'en'] an en-US browser would get English). */
export const LOCALE = chooseLocale();
document.documentElement.lang = LOCALE === 'zh' ? 'zh-CN' : LOCALE;

/** The locales section of a config.js. */
export const LOCALES = { availableLocales: [LOCALE], fallbackLocale: LOCALE };
