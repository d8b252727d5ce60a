/**
 * MultiSafepay's names of its redirect payment methods, by gateway id, in MultiSafepay's own English spelling: what a
 * radio says for `gateways="IDEAL"`. Each language file names the ones it translates (`gatewayNames`), and an endpoint
 * that lists gateways (`GET /gateways`) may spell them differently and then wins. What else is known of each method
 * (countries, currencies, status) is in gateway-catalogue.ts, which only the gateway list and the warnings need.
 */
export const GATEWAY_NAMES: Readonly<Record<string, string>> = {
  IDEAL: 'iDEAL',
  DOTPAY: 'Dotpay',
  ALIPAY: 'Alipay',
  ALIPAYPLUS: 'Alipay+',
  MISTERCASH: 'Bancontact',
  PAYPAL: 'PayPal',
  TRUSTLY: 'Trustly',
  EPS: 'EPS',
  MBWAY: 'MB WAY',
  MULTIBANCO: 'Multibanco',
  BELFIUS: 'Belfius',
  KBC: 'KBC',
  CBC: 'CBC',
  MYBANK: 'MyBank',
  BIZUM: 'Bizum',
  TRUSTPAY: 'TrustPay',
  WECHAT: 'WeChat Pay',
  BANKTRANS: 'Bank transfer',
  GIROPAY: 'Giropay',
  DIRECTBANK: 'Sofort',
};
