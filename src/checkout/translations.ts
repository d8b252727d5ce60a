// The checkout's language registry: English inside, shipped languages (`locales/*.ts`) loaded on first use,
// languages a page registers on top.
import { createLocaleRegistry } from '../internal/locale-registry.js';
import { mergeStrings, type ElementTexts, type StringsOverride } from './strings.js';
import importCheckoutLocale from './locale-imports.js';
import { englishTexts } from './english-texts.js';

export { textDirection } from '../internal/locale-registry.js';

/**
 * The checkout's texts (`registerLocale` is `checkoutTexts.set`). Languages the package ships besides English are each a small module
 * (`dist/locales/nl.js`), loaded the first time an element needs it, so a shop pays only for the languages its
 * shoppers use (`checkout-locale-imports.ts`).
 */
export const checkoutTexts = createLocaleRegistry<ElementTexts>(englishTexts, importCheckoutLocale, mergeStrings);

// The registry's operations under their former names, for code and tests that import them (bundles drop them when
// unused: the element calls checkoutTexts itself).
/** Every text for `locale`: the regional variant, then the language, then English. */
export const stringsFor = (locale: string): ElementTexts => checkoutTexts.get(locale);
/** Loads the shipped texts of `locale`'s language; `true` when new texts arrived. */
export const loadLocale = (locale: string): Promise<boolean> => checkoutTexts.load(locale);
/** Adds or extends a language; missing keys fall back to the language, then to English. */
export const registerLocale = (locale: string, strings: StringsOverride): void => checkoutTexts.set(locale, strings);
/** Whether texts for `locale`'s language (or its region) are there to show. */
export const hasTexts = (locale: string): boolean => checkoutTexts.has(locale);
/** Grows whenever a language is registered or arrives. */
export const translationsVersion = (): number => checkoutTexts.version();
