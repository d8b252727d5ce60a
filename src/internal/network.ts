import { CheckoutError } from './errors.js';
import { parseGatewayList, type GatewayOption } from '../checkout/offered-gateways.js';
import type { OrderRequest } from '../shared/order.js';
import { parseStatusResponse, statusUrl } from '../payment-status/status-response.js';
import { checkJsonBody, parseOrderResponse, type CreatedOrder } from './response.js';

/**
 * Everything the elements send over the network, to the merchant's backend only: the checkout's order (`POST
 * endpoint`) and gateway list (`GET gateways-endpoint`), the return page's status (`GET endpoint?transactionid=`), all
 * through `requestText`, which owns the headers, the timeout, the abort and the transport errors. What the answers
 * mean is response.ts's, offered-gateways.ts's and payment-status.ts's business.
 */

/**
 * The custom header every request carries. A cross-site form or `no-cors` request cannot set it, so a backend
 * that requires it refuses requests forged by other sites (see docs/backend-contract.md).
 */
export const CHECKOUT_HEADER = 'X-MSP-Checkout';

export const DEFAULT_TIMEOUT_MS = 30_000;

/** An answer of the merchant's backend, read whole, before any interpretation. */
export interface RawResponse {
  status: number;
  contentType: string;
  body: string;
}

export interface RequestOptions {
  url: string;
  method: 'GET' | 'POST';
  /** JSON body for a POST. */
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
export async function requestText(options: RequestOptions): Promise<RawResponse> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new CheckoutError('timeout', `The endpoint did not answer within ${options.timeout} ms`)),
    options.timeout,
  );
  const stop = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const response = await fetch(options.url, {
      method: options.method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        [CHECKOUT_HEADER]: '1',
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      signal: controller.signal,
      // A redirect here is a login page or a misconfigured proxy, never an answer: report it, do not follow it.
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect') {
      throw new CheckoutError('http-error', `The endpoint ${options.url} answered with a redirect instead of JSON`);
    }
    // The timeout covers the body too: a server that sends headers and then stalls is a timeout, not a hang.
    const body = await response.text();
    return { status: response.status, contentType: response.headers.get('Content-Type') ?? '', body };
  } catch (error) {
    if (error instanceof CheckoutError) throw error;
    if (controller.signal.aborted) throw controller.signal.reason;
    throw new CheckoutError('network-error', `The endpoint ${options.url} could not be reached`, { cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}

interface Call {
  timeout: number;
  signal?: AbortSignal | undefined;
}

/** POSTs the order to the merchant's endpoint and returns the parsed answer; every failure is a `CheckoutError`. */
export async function createOrder(endpoint: string, order: OrderRequest, call: Call): Promise<CreatedOrder> {
  return parseOrderResponse(await requestText({ ...call, url: endpoint, method: 'POST', body: order }));
}

export interface GatewayQuery {
  currency?: string | undefined;
  amount?: number | undefined;
  country?: string | undefined;
  locale?: string | undefined;
}

/** The `gateways-endpoint` URL with the shopper's filters as query parameters, for the backend to pass upstream. */
export function gatewaysUrl(endpoint: string, query: GatewayQuery, base: string): string {
  const url = new URL(endpoint, base);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url.href;
}

/** GETs the merchant's gateway list; every failure is a `CheckoutError`. */
export async function fetchGateways(endpoint: string, query: GatewayQuery, call: Call): Promise<GatewayOption[]> {
  const raw = await requestText({ ...call, url: gatewaysUrl(endpoint, query, document.baseURI), method: 'GET' });
  const list = parseGatewayList(checkJsonBody(raw));
  if (!list) {
    throw new CheckoutError('invalid-response', 'The gateways endpoint did not answer with a list of gateways', {
      status: raw.status,
    });
  }
  return list;
}

/** GETs one order's status from the merchant's status endpoint (the return page's); every failure is a `CheckoutError`. */
export async function fetchStatus(endpoint: string, orderId: string, call: Call): Promise<string> {
  const raw = await requestText({ ...call, url: statusUrl(endpoint, orderId, document.baseURI), method: 'GET' });
  return parseStatusResponse(raw, orderId);
}
