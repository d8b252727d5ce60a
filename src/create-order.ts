import { CheckoutError } from './errors.js';
import type { OrderRequest } from './order.js';
import { parseOrderResponse, type CreatedOrder } from './response.js';

/**
 * The custom header every request carries. A cross-site form or `no-cors` request cannot set it, so a backend
 * that requires it refuses requests forged by other sites (see the README's backend contract).
 */
export const CHECKOUT_HEADER = 'X-MSP-Checkout';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface CreateOrderOptions {
  endpoint: string;
  order: OrderRequest;
  /** Milliseconds until the request and the reading of its answer are abandoned. */
  timeout: number;
  /** Aborts the request, for instance when the element leaves the page. */
  signal?: AbortSignal;
  /** The seam for tests and integrators; the platform's `fetch` by default. */
  fetch?: typeof globalThis.fetch;
}

/**
 * POSTs the order to the merchant's endpoint and returns the parsed answer. Every failure is a `CheckoutError`;
 * an abort through `signal` rejects with the signal's reason instead, since nobody is waiting for a message.
 */
export async function createOrder(options: CreateOrderOptions): Promise<CreatedOrder> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new CheckoutError('timeout', timeoutMessage(options.timeout))),
    options.timeout,
  );
  const stop = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const response = await (options.fetch ?? globalThis.fetch)(options.endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        [CHECKOUT_HEADER]: '1',
      },
      body: JSON.stringify(options.order),
      signal: controller.signal,
      // A redirect here is a login page or a misconfigured proxy, never an answer: report it, do not follow it.
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect') {
      throw new CheckoutError(
        'http-error',
        `The endpoint ${options.endpoint} answered with a redirect instead of JSON`,
      );
    }
    // The timeout covers the body too: a server that sends headers and then stalls is a timeout, not a hang.
    const body = await response.text();
    return parseOrderResponse({
      status: response.status,
      contentType: response.headers.get('Content-Type') ?? '',
      body,
    });
  } catch (error) {
    if (error instanceof CheckoutError) throw error;
    if (controller.signal.aborted) throw controller.signal.reason;
    throw new CheckoutError('network-error', `The endpoint ${options.endpoint} could not be reached`, { cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}

function timeoutMessage(timeout: number): string {
  return `The endpoint did not answer within ${timeout} ms`;
}
