import type { ReactiveControllerHost } from 'lit';

/**
 * One language registry: English built in, other shipped languages loaded on first use, languages registered by the
 * page on top. The checkout's texts and the payment status's texts each have one, so that a page loads only the
 * texts of the elements it shows.
 */
export interface LocaleRegistry<T> {
  /** Grows whenever a language is registered or arrives, so elements know to recompute their texts. */
  version(): number;
  /**
   * Every text for `locale` from what is registered now: the regional variant, then the language, then English, so a
   * key missing anywhere still reads as English, never as a raw key.
   */
  get(locale: string): T;
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
   * Loads the shipped texts of `locale`'s language unless they are loaded already. Resolves `true` when new texts
   * arrived; `false` when there was nothing to load or loading failed (the element stays in English: a page that
   * works beats one that waits).
   */
  load(locale: string): Promise<boolean>;
}

/** A shipped language: a module of its own whose default export holds all its texts. */
export type ShippedLanguages<T> = Readonly<Record<string, () => Promise<{ default: T }>>>;

/** Languages written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/** Bare language codes that MultiSafepay or browsers use for a language shipped under another code. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb', iw: 'he' };

/** `fr_CH`, `fr-ch` -> `fr-CH`'s lookup keys, most specific first: `['fr-ch', 'fr']`. */
function lookupKeys(locale: string): string[] {
  const [language, region] = locale.toLowerCase().split(/[-_]/) as [string, string?];
  const base = Object.hasOwn(LANGUAGE_ALIASES, language) ? LANGUAGE_ALIASES[language]! : language;
  return region ? [`${base}-${region}`, base] : [base];
}

/** `rtl` for Arabic, Hebrew and other right-to-left languages, else `ltr`. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lookupKeys(locale).at(-1)!) ? 'rtl' : 'ltr';
}

/**
 * A registry of `english` and the `shipped` languages; `merge(base, override)` lays texts over others (only texts
 * count: a key left `undefined` keeps the base text).
 */
export function createLocaleRegistry<T extends object>(
  english: T,
  shipped: ShippedLanguages<T>,
  merge: (base: T, override: Partial<T> | undefined) => T,
): LocaleRegistry<T> {
  // Keyed by lookup key; a missing key (no region) simply finds nothing.
  const registered = new Map<string | undefined, T>([['en', english]]);
  /** A language's load in flight, or `true` once its texts are in. */
  const loads = new Map<string, Promise<void> | true>();
  const elements = new Set<ReactiveControllerHost>();
  let version = 0;
  const changed = () => {
    version++;
    for (const element of elements) element.requestUpdate();
  };
  return {
    elements,
    version: () => version,
    get(locale) {
      const [regional, language] = lookupKeys(locale);
      return merge(merge(english, registered.get(language)), registered.get(regional));
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
    async load(locale) {
      const language = lookupKeys(locale).at(-1)!;
      const importLanguage = Object.hasOwn(shipped, language) && shipped[language];
      let load = loads.get(language);
      if (load === true || !importLanguage) return false;
      if (!load) {
        load = importLanguage().then((module) => {
          // Texts the page registered before the shipped ones arrived win over them.
          registered.set(language, merge(module.default, registered.get(language)));
          loads.set(language, true);
          changed();
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
    },
  };
}
