/** Where the demo's language switcher keeps the shopper's language for this tab, for the return page. */
export const DEMO_LOCALE_KEY = 'msp-demo-locale';
