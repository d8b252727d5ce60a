/** ISO 4217 alphabetic code: three upper-case letters. */
const CURRENCY_CODE = /^[A-Z]{3}$/;

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && CURRENCY_CODE.test(value);
}

/** MultiSafepay amounts are positive integers in minor units (cents). */
export function isMinorAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/**
 * The `amount` attribute: the digits of an integer number of cents and nothing else. `10.00`, `1e3` or `0x10` would
 * read as 10, 1000 or 16 cents, a silent wrong amount: they become NaN, which the configuration check reports.
 */
export function amountFromAttribute(value: string | null): number | undefined {
  return value === null ? undefined : /^\d+$/.test(value) ? Number(value) : NaN;
}

/**
 * Formats an amount in minor units for a shopper: `formatAmount(1000, 'EUR', 'en-US')` -> `€10.00`,
 * `formatAmount(1000, 'JPY', 'ja-JP')` -> `￥1,000`. The number of minor digits comes from `Intl`.
 */
export function formatAmount(amountMinor: number, currency: string, bcp47Locale: string): string {
  const key = `${bcp47Locale}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(bcp47Locale, { style: 'currency', currency });
    formats.set(key, format);
  }
  // A currency format always resolves its fraction digits (2 for EUR, 0 for JPY).
  const digits = format.resolvedOptions().maximumFractionDigits!;
  return format.format(amountMinor / 10 ** digits);
}

// A NumberFormat is costly to build and the Pay button asks on every render: one per locale and currency.
const formats = new Map<string, Intl.NumberFormat>();
