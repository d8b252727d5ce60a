// checkout-locale-imports.ts in the script-tag file (vite.config.ts swaps it in): the same languages, imported from
// `./locales/xx.js` next to the script, written once instead of once per language. A classic script resolves import()
// against its own URL, so the files load from wherever the script is hosted.
import type { CheckoutStrings } from './strings.js';
import { isShipped, type ImportLanguage } from '../internal/locale-registry.js';

const importCheckoutLocale: ImportLanguage<CheckoutStrings> = (language) =>
  isShipped(language) ? import(/* @vite-ignore */ `./locales/${language}.js`) : undefined;

export default importCheckoutLocale;
