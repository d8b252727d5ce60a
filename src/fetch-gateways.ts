import { CheckoutError } from './errors.js';
import { parseGatewayList, type GatewayOption } from './gateway-list.js';
import { requestText } from './http.js';
import { checkJsonBody } from './response.js';

export interface GatewayQuery {
  currency?: string | undefined;
  amount?: number | undefined;
  country?: string | undefined;
  locale?: string | undefined;
}

export interface FetchGatewaysOptions {
  endpoint: string;
  query: GatewayQuery;
  timeout: number;
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
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
export async function fetchGateways(options: FetchGatewaysOptions): Promise<GatewayOption[]> {
  const url = gatewaysUrl(options.endpoint, options.query, document.baseURI);
  const raw = await requestText({ ...options, url, method: 'GET' });
  const list = parseGatewayList(checkJsonBody(raw));
  if (!list) {
    throw new CheckoutError('invalid-response', 'The gateways endpoint did not answer with a list of gateways', {
      status: raw.status,
    });
  }
  return list;
}
