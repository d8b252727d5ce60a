import { CHECKOUT_HEADER } from '../shared/wire.js';
import { CheckoutError } from './errors.js';

/**
 * The one way the elements talk to the network, to the merchant's backend only: `requestText` owns the headers,
 * the timeout, the abort and the transport errors. What each answer means is the caller's business (response.ts,
 * the checkout's requests, the return page's status request).
 */

export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * A wait in milliseconds as an attribute gives it, or `fallback` for one that is not a positive number or that
 * setTimeout cannot honour: above 2^31 - 1 ms (about 24.8 days) it fires at once, not a timeout anyone meant.
 */
export function timerMs(value: number, fallback = DEFAULT_TIMEOUT_MS): number {
  return Number.isFinite(value) && value > 0 && value <= 2 ** 31 - 1 ? value : fallback;
}

/** An answer of the merchant's backend, read whole, before any interpretation. */
export interface RawResponse {
  status: number;
  contentType: string;
  body: string;
}

export interface RequestOptions {
  url: string;
  /** JSON body: a POST with it, a GET without. */
  body?: unknown;
  /** Milliseconds until the request and the reading of its answer are abandoned. */
  timeout: number;
  /** Aborts the request, for instance when the element leaves the page. */
  signal?: AbortSignal | undefined;
}

/**
 * Sends one request to the merchant's backend and reads the whole answer as text. Transport failures become a
 * `CheckoutError` (`network-error`, `timeout`, `http-error` for a redirect); an abort through `signal` rejects
 * with the signal's reason instead, since nobody is waiting for a message.
 */
export async function requestText({ url, body, timeout, signal }: RequestOptions): Promise<RawResponse> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new CheckoutError('timeout', `The endpoint did not answer within ${timeout} ms`)),
    timeout,
  );
  const stop = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  let response: Response;
  let text: string;
  try {
    const post = body !== undefined;
    response = await fetch(url, {
      method: post ? 'POST' : 'GET',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        [CHECKOUT_HEADER]: '1',
        ...(post ? { 'Content-Type': 'application/json' } : {}),
      },
      body: post ? JSON.stringify(body) : null,
      signal: controller.signal,
      // A redirect here is a login page or a misconfigured proxy, never an answer: report it, do not follow it.
      redirect: 'manual',
    });
    // The timeout covers the body too: a server that sends headers and then stalls is a timeout, not a hang.
    text = await response.text();
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    throw new CheckoutError('network-error', `The endpoint ${url} could not be reached`, { cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
  // Checked once the request is over (an opaque redirect's body is empty), so the catch above meets no CheckoutError.
  if (response.type === 'opaqueredirect') {
    throw new CheckoutError('http-error', `The endpoint ${url} answered with a redirect instead of JSON`);
  }
  return { status: response.status, contentType: response.headers.get('Content-Type') ?? '', body: text };
}

/** What every request of an element takes besides its URL and body. */
export interface Call {
  timeout: number;
  signal?: AbortSignal | undefined;
}
