import { GATEWAY_NAMES } from './gateway-names.js';

/**
 * MultiSafepay's redirect payment methods, as data: where each is offered, in which currencies, and whether
 * MultiSafepay still offers it. Names are MultiSafepay's own English spelling (gateway-names.ts).
 */
export type GatewayStatus = 'active' | 'deprecated' | 'discontinued' | 'being-replaced';

export interface CatalogueEntry {
  readonly id: string;
  readonly name: string;
  /** ISO 3166 alpha-2 codes; empty means worldwide. */
  readonly countries: readonly string[];
  /** ISO 4217 codes; empty means many or unknown: do not filter on currency. */
  readonly currencies: readonly string[];
  readonly status: GatewayStatus;
}

// Marked free of side effects, so that a bundle that never asks the catalogue (the script-tag file) drops it.
/* @__NO_SIDE_EFFECTS__ */
function entry(
  id: string,
  countries: readonly string[],
  currencies: readonly string[],
  status: GatewayStatus = 'active',
): CatalogueEntry {
  return { id, name: GATEWAY_NAMES[id]!, countries, currencies, status };
}

export const GATEWAY_CATALOGUE: readonly CatalogueEntry[] = [
  entry('IDEAL', ['NL'], ['EUR']),
  entry('DOTPAY', ['PL'], ['EUR', 'PLN']),
  entry('ALIPAY', [], ['EUR', 'USD'], 'being-replaced'),
  entry('ALIPAYPLUS', [], ['EUR', 'USD']),
  entry('MISTERCASH', ['BE'], ['EUR']),
  entry('PAYPAL', [], []),
  entry('TRUSTLY', [], ['EUR', 'GBP', 'SEK']),
  entry('EPS', ['AT'], ['EUR']),
  entry('MBWAY', ['PT'], ['EUR']),
  entry('MULTIBANCO', ['PT'], ['EUR']),
  entry('BELFIUS', ['BE'], ['EUR']),
  entry('KBC', ['BE'], ['EUR']),
  entry('CBC', ['BE'], ['EUR']),
  entry('MYBANK', ['IT'], ['EUR']),
  entry('BIZUM', ['ES'], ['EUR']),
  entry('TRUSTPAY', [], ['CZK', 'DKK', 'EUR', 'GBP', 'NOK', 'SEK']),
  entry('WECHAT', [], ['EUR']),
  entry('BANKTRANS', [], []),
  entry('GIROPAY', ['DE'], ['EUR'], 'discontinued'),
  entry('DIRECTBANK', [], ['EUR'], 'deprecated'),
];

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  const wanted = id.toUpperCase();
  return GATEWAY_CATALOGUE.find((gateway) => gateway.id === wanted);
}
