// status-locale-imports.ts in the return page's script-tag file (vite.config.ts swaps it in): the same languages,
// imported from `./status-locales/xx.js` next to the script, written once instead of once per language. A classic
// script resolves import() against its own URL, so the files load from wherever the script is hosted.
import type { StatusStrings } from './strings.js';
import { isShipped, type ImportLanguage } from '../internal/locale-registry.js';

const importStatusLocale: ImportLanguage<StatusStrings> = (language) =>
  isShipped(language) ? import(/* @vite-ignore */ `./status-locales/${language}.js`) : undefined;

export default importStatusLocale;
