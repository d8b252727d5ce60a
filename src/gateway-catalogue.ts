/**
 * MultiSafepay's redirect payment methods, as data. Names are MultiSafepay's own English spelling; each language
 * file names the ones it translates (`gatewayNames`), and an endpoint that lists gateways (`GET /gateways`) may
 * spell them differently and then wins.
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

function entry(
  id: string,
  name: string,
  countries: readonly string[],
  currencies: readonly string[],
  status: GatewayStatus = 'active',
): CatalogueEntry {
  return { id, name, countries, currencies, status };
}

export const GATEWAY_CATALOGUE: readonly CatalogueEntry[] = [
  entry('IDEAL', 'iDEAL', ['NL'], ['EUR']),
  entry('DOTPAY', 'Dotpay', ['PL'], ['EUR', 'PLN']),
  entry('ALIPAY', 'Alipay', [], ['EUR', 'USD'], 'being-replaced'),
  entry('ALIPAYPLUS', 'Alipay+', [], ['EUR', 'USD']),
  entry('MISTERCASH', 'Bancontact', ['BE'], ['EUR']),
  entry('PAYPAL', 'PayPal', [], []),
  entry('TRUSTLY', 'Trustly', [], ['EUR', 'GBP', 'SEK']),
  entry('EPS', 'EPS', ['AT'], ['EUR']),
  entry('MBWAY', 'MB WAY', ['PT'], ['EUR']),
  entry('MULTIBANCO', 'Multibanco', ['PT'], ['EUR']),
  entry('BELFIUS', 'Belfius', ['BE'], ['EUR']),
  entry('KBC', 'KBC', ['BE'], ['EUR']),
  entry('CBC', 'CBC', ['BE'], ['EUR']),
  entry('MYBANK', 'MyBank', ['IT'], ['EUR']),
  entry('BIZUM', 'Bizum', ['ES'], ['EUR']),
  entry('TRUSTPAY', 'TrustPay', [], ['CZK', 'DKK', 'EUR', 'GBP', 'NOK', 'SEK']),
  entry('WECHAT', 'WeChat Pay', [], ['EUR']),
  entry('BANKTRANS', 'Bank transfer', [], []),
  entry('GIROPAY', 'Giropay', ['DE'], ['EUR'], 'discontinued'),
  entry('DIRECTBANK', 'Sofort', [], ['EUR'], 'deprecated'),
];

const byId = new Map(GATEWAY_CATALOGUE.map((gateway) => [gateway.id, gateway]));

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return byId.get(id.toUpperCase());
}
