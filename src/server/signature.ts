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
  const expected = createHmac('sha512', apiKey).update(`${timestamp}:${rawBody}`).digest();
  const given = /^[0-9a-f]+$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad signature';
  return undefined;
}
