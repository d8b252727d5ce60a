import { requestText, type Call } from '../internal/network.js';
import { parseStatusResponse, statusUrl } from './status-response.js';

/** GETs one order's status from the merchant's status endpoint; every failure is a `CheckoutError`. */
export async function fetchStatus(endpoint: string, orderId: string, call: Call): Promise<string> {
  const raw = await requestText({ ...call, url: statusUrl(endpoint, orderId, document.baseURI), method: 'GET' });
  return parseStatusResponse(raw, orderId);
}
