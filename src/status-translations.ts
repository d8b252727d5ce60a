import { createLocaleRegistry } from './locale-registry.js';
import { mergeStatusStrings, type StatusStrings } from './status-strings.js';
import en from './status-locales/en.js';

/**
 * The texts of `<msp-payment-status>`: the same registry, fallback and `registerLocale` as the checkout's, with
 * modules of their own (`dist/status-locales/pl.js`), so a return page never loads the checkout's texts and a
 * checkout page never loads these. The imports are written out so that bundlers split each into its own chunk.
 */
export const statusTexts = createLocaleRegistry<StatusStrings>(
  en,
  {
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
    nb: () => import('./status-locales/nb.js'),
    nl: () => import('./status-locales/nl.js'),
    pl: () => import('./status-locales/pl.js'),
    pt: () => import('./status-locales/pt.js'),
    ru: () => import('./status-locales/ru.js'),
    sv: () => import('./status-locales/sv.js'),
    tr: () => import('./status-locales/tr.js'),
    zh: () => import('./status-locales/zh.js'),
  },
  mergeStatusStrings,
);
