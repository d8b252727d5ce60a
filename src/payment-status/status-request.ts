import { requestText, type Call } from '../internal/network.js';
import { parseStatusResponse, statusUrl } from './status-response.js';

/**
 * GETs one order's status from the merchant's status endpoint, with the status token of the page's URL (`msp_token`,
 * which the backend put in the return URL beside MultiSafepay's `transactionid`); every failure is a `CheckoutError`.
 */
export async function fetchStatus(endpoint: string, orderId: string, call: Call): Promise<string> {
  // Read from the page's address as the element reads `transactionid` there.
  const token = new URLSearchParams(location.search).get('msp_token');
  const raw = await requestText({ ...call, url: statusUrl(endpoint, orderId, document.baseURI, token) });
  return parseStatusResponse(raw, orderId);
}
