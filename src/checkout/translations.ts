// The checkout's language registry: English inside, shipped languages (`locales/*.ts`) loaded on first use,
// languages a page registers on top.
import { createLocaleRegistry } from '../internal/locale-registry.js';
import { mergeStrings, type ElementTexts } from './strings.js';
import importCheckoutLocale from './locale-imports.js';
import { englishTexts } from './english-texts.js';

export { textDirection } from '../internal/locale-registry.js';

/**
 * The checkout's texts (`MspCheckout.registerLocale` is `checkoutTexts.set`). Languages the package ships besides
 * English are each a small module (`dist/locales/nl.js`), loaded the first time an element needs it, so a shop pays
 * only for the languages its shoppers use (`locale-imports.ts`).
 */
export const checkoutTexts = createLocaleRegistry<ElementTexts>(englishTexts, importCheckoutLocale, mergeStrings);
