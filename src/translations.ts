import { mergeStrings, type CheckoutStrings, type StringsOverride } from './strings.js';
import en from './locales/en.js';

/**
 * Languages the package ships besides English. Each is its own small module (`dist/locales/nl.js`), loaded the first
 * time an element needs it, so a shop pays only for the languages its shoppers use. The imports are written out so
 * that bundlers see each file and split it into its own chunk.
 */
const SHIPPED_LANGUAGES: Readonly<Record<string, () => Promise<{ default: CheckoutStrings }>>> = {
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
  nb: () => import('./locales/nb.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ru: () => import('./locales/ru.js'),
  sv: () => import('./locales/sv.js'),
  tr: () => import('./locales/tr.js'),
  zh: () => import('./locales/zh.js'),
};

/** Languages written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/** Bare language codes that MultiSafepay or browsers use for a language shipped under another code. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb', iw: 'he' };

const registered = new Map<string, StringsOverride>([['en', en]]);
const loads = new Map<string, Promise<void>>();
const loaded = new Set<string>(['en']);
let version = 0;

/** Grows whenever a language is registered or arrives, so elements know to recompute their texts. */
export function translationsVersion(): number {
  return version;
}

/** `fr_CH`, `fr-ch` -> `fr-CH`'s lookup keys, most specific first: `['fr-ch', 'fr']`. */
function lookupKeys(locale: string): string[] {
  const [language = '', region] = locale.toLowerCase().split(/[-_]/);
  const base = Object.hasOwn(LANGUAGE_ALIASES, language) ? LANGUAGE_ALIASES[language]! : language;
  return region ? [`${base}-${region}`, base] : [base];
}

/**
 * Adds or extends a language: `registerLocale('sv', { pay: 'Betala' })`, or a regional variant such as
 * `registerLocale('fr_CH', { ... })`. Missing keys fall back to the language, then to English; elements on the
 * page re-render with the new texts when they next update.
 */
export function registerLocale(locale: string, strings: StringsOverride): void {
  const [key] = lookupKeys(locale);
  if (!key) return;
  registered.set(key, mergeStrings(registered.get(key) ?? {}, strings));
  version += 1;
}

/**
 * Every text for `locale` from what is registered now: the regional variant, then the language, then English, so a
 * key missing anywhere still reads as English, never as a raw key.
 */
export function stringsFor(locale: string): CheckoutStrings {
  const [regional, language] = lookupKeys(locale);
  return mergeStrings(mergeStrings(en, registered.get(language ?? '')), registered.get(regional ?? ''));
}

/**
 * Loads the shipped texts of `locale`'s language unless they are loaded already. Resolves `true` when new texts
 * arrived; `false` when there was nothing to load or loading failed (the element stays in English: a checkout that
 * works beats one that waits).
 */
export async function loadLocale(locale: string): Promise<boolean> {
  const language = lookupKeys(locale).at(-1) ?? '';
  const importLanguage = Object.hasOwn(SHIPPED_LANGUAGES, language) ? SHIPPED_LANGUAGES[language] : undefined;
  if (loaded.has(language) || !importLanguage) return false;
  let load = loads.get(language);
  if (!load) {
    load = importLanguage().then((module) => {
      // Texts the page registered before the shipped ones arrived win over them.
      registered.set(language, mergeStrings(module.default, registered.get(language)));
      loaded.add(language);
      version += 1;
    });
    loads.set(language, load);
  }
  try {
    await load;
    return true;
  } catch {
    loads.delete(language);
    return false;
  }
}

/** Whether texts for `locale`'s language (or its region) are registered or loaded: what the element shows. */
export function hasTexts(locale: string): boolean {
  return lookupKeys(locale).some((key) => registered.has(key));
}

/** `rtl` for Arabic, Hebrew and other right-to-left languages, else `ltr`. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lookupKeys(locale).at(-1) ?? '') ? 'rtl' : 'ltr';
}
