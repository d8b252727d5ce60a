// MultiSafepay's notification signature, both sides in one place (as stripe-node keeps its test-header generator
// beside the verifier): the `Auth` header is base64 of `timestamp:signature`, where signature is the hex
// HMAC-SHA512 keyed with the API key over `timestamp + ":" + raw body`.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The `Auth` header MultiSafepay sends with a notification of `rawBody` at `timestamp`. */
export function signNotification(apiKey: string, timestamp: string, rawBody: string): string {
  const signature = createHmac('sha512', apiKey).update(`${timestamp}:${rawBody}`).digest('hex');
  return Buffer.from(`${timestamp}:${signature}`).toString('base64');
}

export interface VerifyOptions {
  apiKey: string;
  /** Timestamps further than this from now are refused. */
  windowSeconds: number;
  /** Seconds since the epoch; defaults to the clock. */
  now?: number;
}

/** Checks an `Auth` header against the raw body; returns why the notification must be refused, or undefined. */
export function notificationAuthProblem(
  auth: string | null,
  rawBody: string,
  { apiKey, windowSeconds, now = Date.now() / 1000 }: VerifyOptions,
): string | undefined {
  if (!auth) return 'missing Auth header';
  const decoded = Buffer.from(auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return 'malformed Auth header';
  const timestamp = decoded.slice(0, colon);
  const signature = decoded.slice(colon + 1);
  let seconds = Number(timestamp);
  if (!Number.isFinite(seconds)) return 'malformed timestamp';
  if (seconds > 1e12) seconds /= 1000; // milliseconds
  if (Math.abs(now - seconds) > windowSeconds) return 'stale timestamp';
  // Exactly as PHP's hash_equals(hash_hmac(...), $signature) in MultiSafepay's SDK: 128 lower-case hex digits, no
  // upper case, no extra digit; compared in constant time.
  if (!/^[0-9a-f]{128}$/.test(signature)) return 'bad signature';
  const expected = createHmac('sha512', apiKey.trim()).update(`${timestamp}:${rawBody}`).digest();
  if (!timingSafeEqual(Buffer.from(signature, 'hex'), expected)) return 'bad signature';
  return undefined;
}

/**
 * Whether a notification's `Auth` header signs `rawBody` (the request body exactly as received) with `apiKey`, at a
 * timestamp within `windowSeconds` (default 600) of `now` (seconds; default the clock).
 */
export function verifyNotification(
  rawBody: string,
  auth: string | null,
  apiKey: string,
  { windowSeconds = 600, now }: { windowSeconds?: number; now?: number } = {},
): boolean {
  return (
    notificationAuthProblem(auth, rawBody, { apiKey, windowSeconds, ...(now === undefined ? {} : { now }) }) ===
    undefined
  );
}
