// customer.locale as MultiSafepay documents it, from whatever the browser sent.
//
// MultiSafepay/docs openapi/components/schemas/Customer.yaml (`locale`): "Format: ab_CD with ISO 639 language codes
// and ISO 3166 country codes", `default: 'en_US'`, and an enum of 14 payment-page languages that the same text
// contradicts (it tells Dankort shops to send da_DK, which the enum lacks): the format is what is checked here, not
// the enum. MultiSafepay's SDKs fall back to the same default: MultiSafepay/php-sdk
// src/Api/Transactions/OrderRequest/Arguments/CustomerDetails.php (`$locale = 'en_US'`), MultiSafepay/python-sdk
// src/multisafepay/client/client.py (`locale: str = "en_US"`).

/** MultiSafepay's documented default locale (Customer.yaml `default`), used when a language has no ab_CD form. */
export const DEFAULT_CUSTOMER_LOCALE = 'en_US';

/** What became of the browser's locale: MultiSafepay's form, or why it cannot be sent. */
export type CustomerLocale =
  | { locale: string; fallback: boolean; problem?: undefined }
  | { problem: string; locale?: undefined; fallback?: undefined };

/** BCP 47's longest tag worth keeping (RFC 5646 4.4.1 recommends at least 35 characters of buffer). */
const MAX_LENGTH = 35;
const CHARACTERS = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;
/** Two-letter region codes that are not countries: the EU, the euro zone, the UN, private use, unknown. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

let languageNames: Intl.DisplayNames | undefined;
let regionNames: Intl.DisplayNames | undefined;
const isLanguage = (code: string) =>
  (languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })).of(code) !== undefined;
/** Whether `code` is an ISO 3166 alpha-2 code of a country (upper case; not EU, UN, ZZ or a code nobody holds). */
export const isCountry = (code: string) =>
  /^[A-Z]{2}$/.test(code) &&
  !NOT_COUNTRIES.has(code) &&
  (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })).of(code) !== undefined;

/**
 * The browser's `customer.locale` in MultiSafepay's `ab_CD` form: `en_US` stays, `en-us` and `EN_us` become `en_US`,
 * `iw_IL` becomes `he_IL`, a bare `nl` becomes `nl_NL` (its likely country), `es-419` becomes `es_ES`. A real
 * language that has no two-letter code (`fil_PH`, `yue_HK`, `haw_US`) cannot be written as ab_CD: it gets
 * MultiSafepay's documented default `en_US` (`fallback: true`) so that the shopper can still pay. Anything else (not a
 * string, overlong, other characters, not a language tag, an unknown language such as `xx`, a region that is not a
 * country) is a `problem`, a sentence for a 400 answer; it repeats the value only once it is known to be harmless.
 */
export function customerLocale(value: unknown): CustomerLocale {
  if (typeof value !== 'string') return { problem: 'customer.locale must be a string such as en_US' };
  if (value === '') return { problem: 'customer.locale is empty; send a locale such as en_US or leave it out' };
  if (value.length > MAX_LENGTH) return { problem: `customer.locale is longer than ${MAX_LENGTH} characters` };
  if (!CHARACTERS.test(value)) {
    return { problem: 'customer.locale may hold only letters and digits separated by _ or - (such as en_US)' };
  }
  let locale: Intl.Locale;
  try {
    // Canonical BCP 47: case, deprecated codes (iw -> he, tl -> fil), aliases (deu -> de, UK -> GB).
    locale = new Intl.Locale(Intl.getCanonicalLocales(value.replace(/_/g, '-'))[0]!);
  } catch {
    return { problem: `customer.locale "${value}" is not a language tag such as en_US` };
  }
  // A two-letter code that canonical BCP 47 writes with three (tl, Tagalog, becomes fil) is still ISO 639-1: kept.
  // `und` (a language tag for "no language in particular") names none: MultiSafepay's default, as for no locale.
  if (!locale.language || locale.language === 'und') return { locale: DEFAULT_CUSTOMER_LOCALE, fallback: true };
  const written = value.slice(0, 2).toLowerCase();
  const language =
    locale.language.length !== 2 && /^[a-z]{2}(?:[-_]|$)/i.test(value) && isLanguage(written)
      ? written
      : locale.language;
  if (!isLanguage(language)) return { problem: `customer.locale "${value}": "${language}" is not a language` };
  if (language.length !== 2) return { locale: DEFAULT_CUSTOMER_LOCALE, fallback: true };
  let region = locale.region;
  if (region !== undefined && /^[A-Z]{2}$/.test(region) && !isCountry(region)) {
    return { problem: `customer.locale "${value}": "${region}" is not a country` };
  }
  // No country, or a group of countries (419, Latin America): the likely country of the tag (zh-Hant: TW), else of
  // its language (es-419: ES).
  const twoLetters = (code: string | undefined) => (code !== undefined && /^[A-Z]{2}$/.test(code) ? code : undefined);
  region = twoLetters(region) ?? twoLetters(locale.maximize().region) ?? new Intl.Locale(language).maximize().region;
  if (region === undefined || !isCountry(region)) return { locale: DEFAULT_CUSTOMER_LOCALE, fallback: true };
  return { locale: `${language}_${region}`, fallback: false };
}
