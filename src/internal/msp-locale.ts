/**
 * MultiSafepay writes locales as `language_COUNTRY` (`en_US`, `nl_NL`, `zh_CN`); the platform's `Intl` wants
 * BCP 47 (`en-US`). These helpers convert between the two and fill in a country when only a language is known.
 */

const MSP_LOCALE = /^([a-z]{2,3})_([A-Z]{2})$/;
const LANGUAGE_REGION = /^([a-zA-Z]{2,3})[-_]([a-zA-Z]{2})$/;
/** Deprecated language codes that Intl canonicalizes (`iw-IL` is `he_IL`): those go the slow way. */
const REPLACED_LANGUAGES = /^(?:iw|in|ji|jw|mo|sh|tl|no)$/i;

/**
 * Normalizes `en_US`, `en-us`, `EN_us` or a bare `nl` to MultiSafepay's `language_COUNTRY` form, using the
 * likely country for a bare language (`nl` -> `nl_NL`, `en` -> `en_US`, `zh` -> `zh_CN`).
 * Returns `undefined` for anything that is not a locale.
 */
export function toMspLocale(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  // The common cases need no Intl: its first use loads locale data, which costs tens of milliseconds before the
  // first render on a cold page. `en_US` as MultiSafepay writes it, and `en-US` as navigator.language does (unless
  // its language code is one Intl would replace: iw -> he, ...).
  if (MSP_LOCALE.test(input)) return input;
  const written = LANGUAGE_REGION.exec(input);
  if (written && !REPLACED_LANGUAGES.test(written[1]!)) {
    return `${written[1]!.toLowerCase()}_${written[2]!.toUpperCase()}`;
  }
  if (!normalized.has(input)) normalized.set(input, maximize(input));
  return normalized.get(input);
}

const normalized = new Map<string, string | undefined>();

function maximize(input: string): string | undefined {
  // Intl.Locale throws on what is not a language tag, a blank value too.
  try {
    const locale = new Intl.Locale(input.trim().replace(/_/g, '-')).maximize();
    const candidate = `${locale.language}_${locale.region ?? ''}`;
    return MSP_LOCALE.test(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** `en_US` -> `en-US`, for `Intl`. */
export function toBcp47(mspLocale: string): string {
  return mspLocale.replace('_', '-');
}

/** The browser's preferred locale in MultiSafepay's form, `en_US` when it has none we can use. */
export function browserLocale(): string {
  for (const candidate of [...navigator.languages, navigator.language]) {
    const locale = toMspLocale(candidate);
    if (locale) return locale;
  }
  return 'en_US';
}
