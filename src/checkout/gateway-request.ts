import { CheckoutError } from '../internal/errors.js';
import { requestText, type Call } from '../internal/network.js';
import { checkJsonBody } from '../internal/response.js';
import { parseGatewayList, type GatewayOption } from './offered-gateways.js';

export interface GatewayQuery {
  currency?: string | undefined;
  amount?: number | undefined;
  country?: string | undefined;
  locale?: string | undefined;
}

/** The `gateways-endpoint` URL with the shopper's filters as query parameters, for the backend to pass upstream. */
function gatewaysUrl(endpoint: string, query: GatewayQuery, base: string): string {
  const url = new URL(endpoint, base);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url.href;
}

/** GETs the merchant's gateway list; every failure is a `CheckoutError`. */
export async function fetchGateways(endpoint: string, query: GatewayQuery, call: Call): Promise<GatewayOption[]> {
  const raw = await requestText({ ...call, url: gatewaysUrl(endpoint, query, document.baseURI) });
  const list = parseGatewayList(checkJsonBody(raw));
  if (!list) {
    throw new CheckoutError('invalid-response', 'The gateways endpoint did not answer with a list of gateways', {
      status: raw.status,
    });
  }
  return list;
}
