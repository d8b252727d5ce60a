/**
 * Where the element may send the shopper. A `payment_url` comes from the network; nothing is navigated to
 * unless it parses as an absolute URL on one of the allowed origins.
 */

export const DEFAULT_PAYMENT_ORIGINS = 'https://payv2.multisafepay.com https://testpayv2.multisafepay.com';

/** Payment URLs are short (about 100 characters); anything far longer is not MultiSafepay's. */
const MAX_PAYMENT_URL_LENGTH = 2048;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface ParsedOrigins {
  /** Serialized origins (`https://payv2.multisafepay.com`), unique. */
  origins: string[];
  /** Entries that were refused, as given, for a configuration error. */
  invalid: string[];
}

/**
 * Parses the `payment-origins` attribute: space-separated origins, `https:` only, except `http:` on loopback
 * hosts so that demos and tests run offline. An entry with a path, credentials, a query or a fragment is
 * refused: an origin is scheme, host and port, nothing else.
 */
export function parsePaymentOrigins(value: string | null | undefined): ParsedOrigins {
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const token of value?.match(/\S+/g) ?? []) {
    const origin = toOrigin(token);
    if (origin === undefined) invalid.push(token);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, invalid };
}

function toOrigin(token: string): string | undefined {
  const url = parseUrl(token);
  if (!url || !isAllowedScheme(url)) return undefined;
  // Scheme, host and port only: a path, credentials, a query or a fragment means it is not an origin.
  return url.href === `${url.origin}/` ? url.origin : undefined;
}

export type PaymentUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Checks a `payment_url` from the backend before navigation. On success `url` is the parsed, serialized URL:
 * navigate to that, never to the raw string.
 */
export function checkPaymentUrl(value: unknown, allowedOrigins: readonly string[]): PaymentUrlCheck {
  if (typeof value !== 'string') return refuse(`payment_url is ${value === undefined ? 'missing' : 'not a string'}`);
  if (value.length === 0) return refuse('payment_url is empty');
  if (value.length > MAX_PAYMENT_URL_LENGTH)
    return refuse(`payment_url is longer than ${MAX_PAYMENT_URL_LENGTH} characters`);
  // The URL parser forgives leading spaces, control characters and backslashes; a genuine payment URL has
  // none of them, so their presence is a reason to refuse, not to repair.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u0020\u007f\\\u00a0\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/.test(value))
    return refuse('payment_url contains spaces, control or invisible characters, or backslashes');
  // `https:/host` and `https:host` parse as `https://host`; a genuine payment URL is written out in full.
  if (!/^[a-z][a-z\d+.-]*:\/\/[^/]/i.test(value)) return refuse('payment_url does not start with scheme://host');
  const url = parseUrl(value);
  if (!url) return refuse('payment_url is not an absolute URL');
  if (!isAllowedScheme(url))
    return refuse(`payment_url uses ${url.protocol} on ${url.hostname || 'no host'}; only https is allowed`);
  if (url.username || url.password) return refuse('payment_url contains credentials');
  if (!allowedOrigins.includes(url.origin)) return refuse(`payment_url origin ${url.origin} is not in payment-origins`);
  return { ok: true, url: url.href };
}

function refuse(reason: string): PaymentUrlCheck {
  return { ok: false, reason };
}

/** `value` as a URL (against `base` when it is relative), or `undefined` when it is not one. */
export function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** https anywhere; http only on this machine (localhost, 127.0.0.1, [::1]), for offline demos and tests. */
export function isAllowedScheme(url: URL | undefined): boolean {
  return url?.protocol === 'https:' || (url?.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** `localhost`, `127.0.0.1` or `[::1]`: this machine. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}
