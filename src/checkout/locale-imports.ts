// The checkout's shipped languages as bundlers must see them: one import() per file, so that each becomes a chunk of
// its own. The script-tag file takes checkout-locale-imports.script-tag.ts instead (vite.config.ts), which derives the
// same imports from the list of languages.
import type { CheckoutStrings } from './strings.js';
import { importFrom } from '../internal/locale-registry.js';

export default importFrom<CheckoutStrings>({
  ar: () => import('./locales/ar.js'),
  cs: () => import('./locales/cs.js'),
  da: () => import('./locales/da.js'),
  de: () => import('./locales/de.js'),
  el: () => import('./locales/el.js'),
  es: () => import('./locales/es.js'),
  fi: () => import('./locales/fi.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  nb: () => import('./locales/nb.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ru: () => import('./locales/ru.js'),
  sv: () => import('./locales/sv.js'),
  tr: () => import('./locales/tr.js'),
  zh: () => import('./locales/zh.js'),
});
