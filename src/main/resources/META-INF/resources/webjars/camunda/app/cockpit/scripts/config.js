// Cockpit configuration of Customer Service Lifecycle: loads the audit plugin (审计, R-AUD-1).
export default {
  customScripts: ['scripts/audit/audit-plugin.js'],
  locales: {
    availableLocales: ['en', 'de'],
    fallbackLocale: 'en'
  }
};
