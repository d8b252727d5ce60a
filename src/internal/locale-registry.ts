import type { ReactiveControllerHost } from 'lit';

/**
 * One language registry: English built in, other shipped languages loaded on first use, languages registered by the
 * page on top. The checkout's texts and the payment status's texts each have one, so that a page loads only the
 * texts of the elements it shows.
 */
export interface LocaleRegistry<T> {
  /**
   * Every text for `locale` from what is registered now: `override` (an element's own `strings`), then the regional
   * variant, then the language, then English, so a key missing anywhere still reads as English, never as a raw key.
   */
  get(locale: string, override?: Partial<T>): T;
  /**
   * Adds or extends a language (`sv`) or a regional variant (`fr_CH`). Missing keys fall back to the language, then
   * to English; every subscribed element re-renders with the new texts at once.
   */
  set(locale: string, texts: Partial<T> | undefined): void;
  /**
   * The elements in the page that show these texts: each is asked to re-render whenever a language is registered or
   * arrives. An element adds itself when connected and deletes itself when disconnected, so the registry never keeps
   * a removed element alive.
   */
  readonly elements: Set<ReactiveControllerHost>;
  /** Whether texts for `locale`'s language (or its region) are registered or loaded: what the element shows. */
  has(locale: string): boolean;
  /**
   * Loads the shipped texts of `locale`'s language unless they are loaded or loading already; the elements re-render
   * when they arrive. A load that fails leaves the element in English (a page that works beats one that waits), and
   * the next call tries again.
   */
  load(locale: string): void;
}

/**
 * Imports the shipped texts of `language` (`nl`): a module of its own whose default export holds all its texts, or
 * `undefined` when the package ships none for it.
 */
export type ImportLanguage<T> = (language: string) => Promise<{ default: T }> | undefined;

/** The `ImportLanguage` of a record of imports, one per language (`{ nl: () => import('../checkout/locales/nl.js') }`). */
export function importFrom<T>(imports: Readonly<Record<string, () => Promise<{ default: T }>>>): ImportLanguage<T> {
  return (language) => (Object.hasOwn(imports, language) ? imports[language]!() : undefined);
}

/**
 * Whether the package ships texts for `language` besides English: the same 19 languages for both elements
 * (`locales/xx.ts`, `status-locales/xx.ts`). The script-tag files derive their imports from it.
 */
export function isShipped(language: string): boolean {
  return /^(?:ar|cs|da|de|el|es|fi|fr|he|it|ja|nb|nl|pl|pt|ru|sv|tr|zh)$/.test(language);
}

/** `fr_CH`, `fr-ch` -> `fr-CH`'s lookup keys, most specific first: `['fr-ch', 'fr']`. */
function lookupKeys(locale: string): string[] {
  const [language, region] = locale.toLowerCase().split(/[-_]/) as [string, string?];
  // Bare language codes that MultiSafepay or browsers use for a language shipped under another code.
  const base = language === 'iw' ? 'he' : /^n[no]$/.test(language) ? 'nb' : language;
  return region ? [`${base}-${region}`, base] : [base];
}

/** `rtl` for Arabic, Hebrew and other right-to-left languages, else `ltr`. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return /^(?:ar|he|fa|ur)$/.test(lookupKeys(locale).at(-1)!) ? 'rtl' : 'ltr';
}

/**
 * A registry of `english` and the shipped languages `importLanguage` brings; `merge(base, override)` lays texts over
 * others (only texts count: a key left `undefined` keeps the base text).
 */
export function createLocaleRegistry<T extends object>(
  english: T,
  importLanguage: ImportLanguage<T>,
  merge: (base: T, override: Partial<T> | undefined) => T,
): LocaleRegistry<T> {
  // Keyed by lookup key; a missing key (no region) simply finds nothing.
  const registered = new Map<string | undefined, T>([['en', english]]);
  /** The languages loaded or loading. */
  const loads = new Set<string>();
  const elements = new Set<ReactiveControllerHost>();
  const changed = () => {
    for (const element of elements) element.requestUpdate();
  };
  return {
    elements,
    get(locale, override) {
      const [regional, language] = lookupKeys(locale);
      return merge(merge(merge(english, registered.get(language)), registered.get(regional)), override);
    },
    set(locale, strings) {
      const [key] = lookupKeys(locale);
      if (!key) return;
      registered.set(key, merge(registered.get(key) ?? ({} as T), strings));
      changed();
    },
    has(locale) {
      return lookupKeys(locale).some((key) => registered.has(key));
    },
    load(locale) {
      const language = lookupKeys(locale).at(-1)!;
      const imported = !loads.has(language) && importLanguage(language);
      if (!imported) return;
      loads.add(language);
      imported.then(
        (module) => {
          // Texts the page registered before the shipped ones arrived win over them.
          registered.set(language, merge(module.default, registered.get(language)));
          changed();
        },
        () => loads.delete(language),
      );
    },
  };
}
