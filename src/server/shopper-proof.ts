// What proves that a request comes from the order's shopper, both sides in one place (as signature.ts keeps
// MultiSafepay's signature): the status token the return URL carries, and the cookie of the browser that created an
// order. The contract is shared with the backends in other languages (docs/backend-contract.md).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The query parameter of `redirect_url` and `cancel_url` that carries the status token. */
export const STATUS_TOKEN_PARAMETER = 'msp_token';

/** The cookie that marks the browser that created an order: 128 random bits, base64url. */
export const BROWSER_COOKIE = 'msp_checkout';

/**
 * The status token of `orderId`: base64url (no padding) of HMAC-SHA256 keyed with `secret` over
 * `"msp-status:" + orderId`. `createOrder` puts it in the order's return URLs, so that only someone MultiSafepay sent
 * back there (or given the link) can read the order's status: on any device, even when a bank app opens the return
 * page in another browser than the one that paid.
 */
export function statusToken(secret: string, orderId: string): string {
  return createHmac('sha256', secret).update(`msp-status:${orderId}`).digest('base64url');
}

/** Whether `token` is `orderId`'s status token, compared in constant time. */
export function isStatusToken(secret: string, orderId: string, token: string | null): boolean {
  if (token === null) return false;
  const expected = Buffer.from(statusToken(secret, orderId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * `url` with `msp_token=<token>` added to its query, keeping the query it has as it is written (MultiSafepay appends
 * `transactionid` after it) and any fragment after it. A URL that is not a string is left as it is.
 */
export function withStatusToken(url: unknown, token: string): unknown {
  if (typeof url !== 'string' || url === '') return url;
  const hash = url.indexOf('#');
  const [base, fragment] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${STATUS_TOKEN_PARAMETER}=${token}${fragment}`;
}

/** This browser's order-creating cookie: `value` as it came, or a new one (`isNew`) to set on the answer. */
export interface BrowserMark {
  value: string;
  isNew: boolean;
  /** What the store keeps: SHA-256 of the value, so that a store's copy cannot be replayed as the cookie. */
  owner: string;
}

const COOKIE_VALUE = /^[A-Za-z0-9_-]{22}$/;

/** The request's `msp_checkout` cookie (22 base64url characters), or a new random one. */
export function browserMark(request: Request): BrowserMark {
  let value: string | undefined;
  for (const pair of (request.headers.get('cookie') ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at !== -1 && pair.slice(0, at).trim() === BROWSER_COOKIE) value = pair.slice(at + 1).trim();
  }
  const isNew = value === undefined || !COOKIE_VALUE.test(value);
  const mark = isNew ? randomBytes(16).toString('base64url') : value!;
  return { value: mark, isNew, owner: createHash('sha256').update(mark).digest('base64url') };
}

/**
 * The `Set-Cookie` header of a new mark: the whole site (`Path=/`), never readable by scripts (`HttpOnly`), sent
 * along with the shop's own requests and top-level navigations only (`SameSite=Lax`), `Secure` over https. No
 * `Max-Age`: it lives as long as the browser session, and a retry happens within it.
 */
export function browserMarkCookie(mark: BrowserMark, request: Request): string {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  return `${BROWSER_COOKIE}=${mark.value}; Path=/; HttpOnly${secure}; SameSite=Lax`;
}
