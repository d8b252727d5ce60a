import { createLocaleRegistry } from '../internal/locale-registry.js';
import { mergeStatusStrings, type StatusStrings } from './strings.js';
import importStatusLocale from './locale-imports.js';
import en from './locales/en.js';

/**
 * The texts of `<msp-payment-status>`: the same registry, fallback and `registerLocale` as the checkout's, with
 * modules of their own (`dist/status-locales/pl.js`), so a return page never loads the checkout's texts and a
 * checkout page never loads these. Each is a chunk of its own (`status-locale-imports.ts`).
 */
export const statusTexts = createLocaleRegistry<StatusStrings>(en, importStatusLocale, mergeStatusStrings);
