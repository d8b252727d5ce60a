/** A gateway the fake offers: its id, name and where and in what it may be used. */
export interface FakeGateway {
  id: string;
  name: string;
  countries: string[];
  currencies: string[];
}

/** The gateways the fake offers, with MultiSafepay's documented constraints. */
export const FAKE_GATEWAYS: FakeGateway[] = [
  { id: 'IDEAL', name: 'iDEAL', countries: ['NL'], currencies: ['EUR'] },
  { id: 'DOTPAY', name: 'Dotpay', countries: ['PL'], currencies: ['EUR', 'PLN'] },
  { id: 'ALIPAY', name: 'Alipay', countries: [], currencies: ['EUR', 'USD'] },
  { id: 'ALIPAYPLUS', name: 'Alipay+', countries: [], currencies: ['EUR', 'USD'] },
  { id: 'MISTERCASH', name: 'Bancontact', countries: ['BE'], currencies: ['EUR'] },
  { id: 'TRUSTLY', name: 'Trustly', countries: [], currencies: ['EUR', 'GBP', 'SEK'] },
  { id: 'MBWAY', name: 'MB WAY', countries: ['PT'], currencies: ['EUR'] },
  { id: 'EPS', name: 'EPS', countries: ['AT'], currencies: ['EUR'] },
];
