// The payment status's shipped languages as bundlers must see them: one import() per file, so that each becomes a
// chunk of its own. The script-tag file takes status-locale-imports.script-tag.ts instead (vite.config.ts), which
// derives the same imports from the list of languages.
import type { StatusStrings } from './status-strings.js';
import { importFrom } from './locale-registry.js';

export default importFrom<StatusStrings>({
  ar: () => import('./status-locales/ar.js'),
  cs: () => import('./status-locales/cs.js'),
  da: () => import('./status-locales/da.js'),
  de: () => import('./status-locales/de.js'),
  el: () => import('./status-locales/el.js'),
  es: () => import('./status-locales/es.js'),
  fi: () => import('./status-locales/fi.js'),
  fr: () => import('./status-locales/fr.js'),
  he: () => import('./status-locales/he.js'),
  it: () => import('./status-locales/it.js'),
  ja: () => import('./status-locales/ja.js'),
  nb: () => import('./status-locales/nb.js'),
  nl: () => import('./status-locales/nl.js'),
  pl: () => import('./status-locales/pl.js'),
  pt: () => import('./status-locales/pt.js'),
  ru: () => import('./status-locales/ru.js'),
  sv: () => import('./status-locales/sv.js'),
  tr: () => import('./status-locales/tr.js'),
  zh: () => import('./status-locales/zh.js'),
});
