import { requestText } from './network.js';
import { parseStatusResponse, statusUrl } from './payment-status.js';

export interface FetchStatusOptions {
  endpoint: string;
  orderId: string;
  timeout: number;
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
}

/** GETs one order's status from the merchant's endpoint; every failure is a `CheckoutError`. */
export async function fetchStatus(options: FetchStatusOptions): Promise<string> {
  const url = statusUrl(options.endpoint, options.orderId, document.baseURI);
  const raw = await requestText({ ...options, url, method: 'GET' });
  return parseStatusResponse(raw, options.orderId);
}
