import { GATEWAY_NAMES } from './gateway-names.js';
import { logoFileName } from './gateway-logos.js';

/**
 * MultiSafepay's redirect payment methods, as data: what kind each is, where it is offered, in which currencies and
 * amounts, and whether MultiSafepay still offers it. Names are MultiSafepay's own English spelling (gateway-names.ts,
 * which the first render needs); everything here is needed only to filter a gateway list and to warn the integrator,
 * so it travels with the gateway list's part. Each entry cites the lines of MultiSafepay/docs (at 9e11aa0a) it comes
 * from: the method's name, countries and currencies, and its amount limits where the page documents numbers.
 */
export type GatewayStatus = 'active' | 'deprecated' | 'discontinued' | 'being-replaced';

/** What a method is, and so what it needs from the shop (docs/payment-methods.md). */
export type GatewayCategory = 'card' | 'wallet' | 'bnpl' | 'banking' | 'other' | 'giftcard';

export interface CatalogueEntry {
  readonly id: string;
  readonly name: string;
  readonly category: GatewayCategory;
  /** ISO 3166 alpha-2 codes; empty means worldwide. */
  readonly countries: readonly string[];
  /** ISO 4217 codes; empty means many or unknown: do not filter on currency. */
  readonly currencies: readonly string[];
  /** Documented amount limits, in euro cents (every documented limit is in EUR), inclusive. */
  readonly minAmount?: number;
  readonly maxAmount?: number;
  /** MultiSafepay's logo file: `master.svg` for MASTERCARD. */
  readonly logo: string;
  readonly status: GatewayStatus;
}

interface EntryOptions {
  status?: GatewayStatus;
  min?: number;
  max?: number;
}

// Marked free of side effects, so that a bundle that never asks the catalogue (the script-tag file) drops it.
/* @__NO_SIDE_EFFECTS__ */
function entry(
  id: string,
  category: GatewayCategory,
  countries: string,
  currencies: string,
  { status = 'active', min, max }: EntryOptions = {},
): CatalogueEntry {
  const codes = (list: string) => (list ? list.split(' ') : []);
  return {
    id,
    name: GATEWAY_NAMES[id]!,
    category,
    countries: codes(countries),
    currencies: codes(currencies),
    ...(min === undefined ? {} : { minAmount: min }),
    ...(max === undefined ? {} : { maxAmount: max }),
    logo: logoFileName(id),
    status,
  };
}

// Card payments' maximum (5000 EUR, card-payments.md:148) is a default MultiSafepay raises on request, not a limit.
export const GATEWAY_CATALOGUE: readonly CatalogueEntry[] = [
  // Cards
  // MultiSafepay/docs content/payment-methods/card-payments.md:2; content/payment-methods/card-payments.md:41; content/payment-methods/card-payments.md:42
  entry(
    'CREDITCARD',
    'card',
    '',
    'AED AUD BGN BRL CAD CHF CLP CNY COP CZK DKK EUR GBP HKD HRK HUF ILS INR ISK JPY KRW MXN MYR NOK NZD PEN PHP PLN RON RUB SEK SGD THB TRY TWD UAH USD VEF ZAR',
  ),
  // MultiSafepay/docs content/payment-methods/card-payments.md:35; content/payment-methods/card-payments.md:41; content/payment-methods/card-payments.md:42
  entry(
    'VISA',
    'card',
    '',
    'AED AUD BGN BRL CAD CHF CLP CNY COP CZK DKK EUR GBP HKD HRK HUF ILS INR ISK JPY KRW MXN MYR NOK NZD PEN PHP PLN RON RUB SEK SGD THB TRY TWD UAH USD VEF ZAR',
  ),
  // MultiSafepay/docs content/payment-methods/card-payments.md:33; content/payment-methods/card-payments.md:41; content/payment-methods/card-payments.md:42
  entry(
    'MASTERCARD',
    'card',
    '',
    'AED AUD BGN BRL CAD CHF CLP CNY COP CZK DKK EUR GBP HKD HRK HUF ILS INR ISK JPY KRW MXN MYR NOK NZD PEN PHP PLN RON RUB SEK SGD THB TRY TWD UAH USD VEF ZAR',
  ),
  // MultiSafepay/docs content/payment-methods/card-payments.md:32; content/payment-methods/card-payments.md:41; content/payment-methods/card-payments.md:42
  entry('AMEX', 'card', '', 'EUR GBP USD CHF'),
  // MultiSafepay/docs content/payment-methods/card-payments.md:33; content/payment-methods/card-payments.md:41; content/payment-methods/card-payments.md:42
  entry(
    'MAESTRO',
    'card',
    '',
    'AED AUD BGN BRL CAD CHF CLP CNY COP CZK DKK EUR GBP HKD HRK HUF ILS INR ISK JPY KRW MXN MYR NOK NZD PEN PHP PLN RON RUB SEK SGD THB TRY TWD UAH USD VEF ZAR',
  ),
  // Wallets
  // MultiSafepay/docs content/payment-methods/apple-pay.md:2; content/payment-methods/apple-pay.md:22; content/payment-methods/apple-pay.md:23
  entry(
    'APPLEPAY',
    'wallet',
    '',
    'AED AUD BRL CAD CHF CLP CNY COP CZK DKK EUR GBP HKD HRK HUF ILS INR ISK JPY KRW MXN MYR NOK NZD PEN PHP PLN RON RUB SEK SGD THB TRY TWD UAH USD VEF ZAR',
  ),
  // MultiSafepay/docs content/payment-methods/google-pay.md:2; content/payment-methods/google-pay.md:20; content/payment-methods/google-pay.md:21
  entry(
    'GOOGLEPAY',
    'wallet',
    '',
    'AED AUD BRL CAD CHF CLP CNY COP CZK DKK EUR GBP HKD HRK HUF ILS INR ISK JPY KRW MXN MYR NOK NZD PEN PHP PLN RON RUB SEK SGD THB TRY TWD UAH USD VEF ZAR',
  ),
  // MultiSafepay/docs content/payment-methods/paypal.md:2; content/payment-methods/paypal.md:30; content/payment-methods/paypal.md:31
  entry(
    'PAYPAL',
    'wallet',
    '',
    'AUD BRL CAD CHF CZK DKK EUR GBP HKD HRK HUF JPY MXN MYR NOK NZD PHP PLN RUB SEK SGD THB TRY TWD USD',
  ),
  // MultiSafepay/docs content/payment-methods/amazon-pay.md:2; content/payment-methods/amazon-pay.md:20; content/payment-methods/amazon-pay.md:21
  entry(
    'AMAZONBTN',
    'wallet',
    'AT BE CY DK FR DE HU IE IT LU NL PT ES SE CH',
    'AUD CHF DKK EUR GBP HKD JPY NOK NZD SEK USD ZAR',
  ),
  // MultiSafepay/docs content/payment-methods/alipay.md:2; content/payment-methods/alipay.md:26; content/payment-methods/alipay.md:27
  entry('ALIPAY', 'wallet', '', 'EUR USD', { status: 'being-replaced' }),
  // MultiSafepay/docs content/payment-methods/alipay-plus.md:2; content/payment-methods/alipay-plus.md:29; content/payment-methods/alipay-plus.md:30
  entry('ALIPAYPLUS', 'wallet', '', 'EUR USD'),
  // MultiSafepay/docs content/payment-methods/wechatpay.md:2; content/payment-methods/wechatpay.md:20; content/payment-methods/wechatpay.md:21
  entry('WECHAT', 'wallet', '', 'EUR'),
  // Buy now, pay later
  // MultiSafepay/docs content/payment-methods/klarna.md:2; content/payment-methods/klarna.md:20; content/payment-methods/klarna.md:21
  entry('KLARNA', 'bnpl', 'AT BE DK FI FR DE IT NL NO PT ES SE GB', 'DKK EUR GBP NOK SEK'),
  // MultiSafepay/docs content/payment-methods/riverty.md:2 (title "Riverty (AfterPay)"); content/payment-methods/riverty.md:20; content/payment-methods/riverty.md:21
  entry('AFTERPAY', 'bnpl', 'AT BE DE NL CH', 'EUR'),
  // MultiSafepay/docs content/payment-methods/in3.md:2; content/payment-methods/in3.md:20; content/payment-methods/in3.md:21; content/payment-methods/in3.md:115-116
  entry('IN3', 'bnpl', 'NL', 'EUR', { min: 5000, max: 500000 }),
  // MultiSafepay/docs content/payment-methods/billink.md:2; content/payment-methods/billink.md:16; content/payment-methods/billink.md:17
  entry('BILLINK', 'bnpl', 'NL BE DE', 'EUR'),
  // MultiSafepay/docs content/payment-methods/e-invoicing.md:2; content/payment-methods/e-invoicing.md:20; content/payment-methods/e-invoicing.md:21
  entry('EINVOICE', 'bnpl', '', 'EUR'),
  // MultiSafepay/docs content/payment-methods/pay-after-delivery.md:2; content/payment-methods/pay-after-delivery.md:20; content/payment-methods/pay-after-delivery.md:21
  entry('BNPL_MF', 'bnpl', 'NL', 'EUR'),
  // MultiSafepay/docs content/payment-methods/pay-after-delivery-installments.md:2; content/payment-methods/pay-after-delivery-installments.md:20; content/payment-methods/pay-after-delivery-installments.md:21
  entry('BNPL_INSTM', 'bnpl', 'NL', 'EUR'),
  // MultiSafepay/docs content/payment-methods/betaalpermaand.md:2 (title "Betaal per Maand (Deprecated)"); content/payment-methods/betaalpermaand.md:24; content/payment-methods/betaalpermaand.md:25; content/payment-methods/betaalpermaand.md:111-112
  entry('SANTANDER', 'bnpl', 'NL', 'EUR', { status: 'discontinued', min: 25000, max: 800000 }),
  // Banking
  // MultiSafepay/docs content/payment-methods/ideal.md:2; content/payment-methods/ideal.md:32; content/payment-methods/ideal.md:33
  entry('IDEAL', 'banking', 'NL', 'EUR'),
  // MultiSafepay/docs content/checkout/qr-payments.md:68; content/payment-methods/ideal.md:32 (iDEAL page); content/payment-methods/ideal.md:33
  entry('IDEALQR', 'banking', 'NL', 'EUR'),
  // MultiSafepay/docs content/payment-methods/dotpay.md:2; content/payment-methods/dotpay.md:20; content/payment-methods/dotpay.md:21
  entry('DOTPAY', 'banking', 'PL', 'EUR PLN'),
  // MultiSafepay/docs content/payment-methods/bank-transfer.md:2; content/payment-methods/bank-transfer.md:21; content/payment-methods/bank-transfer.md:22
  entry('BANKTRANS', 'banking', '', 'AUD CAD CHF CZK DKK EUR GBP HKD HUF JPY NOK PLN SEK USD'),
  // MultiSafepay/docs content/payment-methods/sofort.md:2 (title "Sofort (Deprecated)"); content/payment-methods/sofort.md:31; content/payment-methods/sofort.md:32; content/payment-methods/sofort.md:30, content/payment-methods/sofort.md:63
  entry('DIRECTBANK', 'banking', 'AT BE FR DE IT PL ES CH GB', 'EUR', { status: 'deprecated', min: 10 }),
  // MultiSafepay/docs content/payment-methods/bancontact.md:2; content/payment-methods/bancontact.md:20; content/payment-methods/bancontact.md:21
  entry('MISTERCASH', 'banking', 'BE', 'EUR'),
  // MultiSafepay/docs content/payment-methods/eps.md:2; content/payment-methods/eps.md:22; content/payment-methods/eps.md:23
  entry('EPS', 'banking', 'AT', 'EUR'),
  // MultiSafepay/docs content/payment-methods/giropay.md:2 (title "Giropay (End-of-life)"); content/payment-methods/giropay.md:24; content/payment-methods/giropay.md:25
  entry('GIROPAY', 'banking', 'DE', 'EUR', { status: 'discontinued' }),
  // MultiSafepay/docs content/payment-methods/mybank.md:2; content/payment-methods/mybank.md:19; content/payment-methods/mybank.md:20
  entry('MYBANK', 'banking', 'IT', 'EUR'),
  // MultiSafepay/docs content/payment-methods/trustly.md:2; content/payment-methods/trustly.md:18; content/payment-methods/trustly.md:19
  entry('TRUSTLY', 'banking', 'AT CZ DK EE FI DE LV LT NL NO PL PT ES SE GB', 'EUR GBP SEK'),
  // MultiSafepay/docs content/payment-methods/belfius.md:2; content/payment-methods/belfius.md:20; content/payment-methods/belfius.md:21
  entry('BELFIUS', 'banking', 'BE', 'EUR'),
  // MultiSafepay/docs content/payment-methods/banking-methods.md:45 (page title "CBC/KBC" content/payment-methods/cbc-kbc.md:2); content/payment-methods/cbc-kbc.md:29; content/payment-methods/cbc-kbc.md:30
  entry('KBC', 'banking', 'BE', 'EUR'),
  // MultiSafepay/docs content/payment-methods/banking-methods.md:43 (page title "CBC/KBC" content/payment-methods/cbc-kbc.md:2); content/payment-methods/cbc-kbc.md:29; content/payment-methods/cbc-kbc.md:30
  entry('CBC', 'banking', 'BE', 'EUR'),
  // MultiSafepay/docs content/payment-methods/mbway.md:2; content/payment-methods/mbway.md:26; content/payment-methods/mbway.md:27; content/payment-methods/mbway.md:92-93
  entry('MBWAY', 'banking', 'PT', 'EUR', { min: 100, max: 9999999 }),
  // MultiSafepay/docs content/payment-methods/multibanco.md:2; content/payment-methods/multibanco.md:26; content/payment-methods/multibanco.md:27; content/payment-methods/multibanco.md:98-99
  entry('MULTIBANCO', 'banking', 'PT', 'EUR', { min: 100, max: 9999999 }),
  // MultiSafepay/docs content/payment-methods/bizum.md:14 (NB: bizum.md front matter says title "Belfius" content/payment-methods/bizum.md:2 - a docs bug); content/payment-methods/bizum.md:18; content/payment-methods/bizum.md:19; content/payment-methods/bizum.md:101-104
  entry('BIZUM', 'banking', 'ES', 'EUR', { min: 50, max: 100000 }),
  // MultiSafepay/docs content/payment-methods/trustpay.md:2; content/payment-methods/trustpay.md:18; content/payment-methods/trustpay.md:19
  entry('TRUSTPAY', 'banking', 'AT CZ DK EE FI DE IT LV NL NO PL ES SE GB', 'CZK DKK EUR GBP NOK SEK'),
  // MultiSafepay/docs content/payment-methods/direct-debit.md:2; content/payment-methods/direct-debit.md:29; content/payment-methods/direct-debit.md:34
  entry('DIRDEB', 'banking', '', 'EUR'),
  // MultiSafepay/docs content/payment-methods/request-to-pay.md:2 (title "Request to Pay (End-of-life)"); content/payment-methods/request-to-pay.md:27; content/payment-methods/request-to-pay.md:28; content/payment-methods/request-to-pay.md:26
  entry('DBRTP', 'banking', 'DE', 'EUR', { status: 'discontinued', min: 100, max: 1500000 }),
  // Other
  // MultiSafepay/docs content/payment-methods/paysafecard.md:2; content/payment-methods/paysafecard.md:24, content/payment-methods/paysafecard.md:16; content/payment-methods/paysafecard.md:25
  entry('PSAFECARD', 'other', '', 'EUR GBP USD'),
  // Gift cards
  // MultiSafepay/docs api/general/gateway-ids.md:53; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('AMSGIFT', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:54; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('BABYCAD', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:55; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('BEAUTYWELL', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:56; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('BEAUTYCAD', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:57; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('BLOEMENCAD', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:58; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('BOEKENBON', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:59; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('DEGROTESPL', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:60; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('DORDTPAS', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:61; voucher list content/payment-methods/edenred.md:16-19; content/payment-methods/edenred.md:25; content/payment-methods/edenred.md:26
  entry('EDENCOM', 'giftcard', 'BE', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:62; voucher list content/payment-methods/edenred.md:16-19; content/payment-methods/edenred.md:25; content/payment-methods/edenred.md:26
  entry('EDENCO', 'giftcard', 'BE', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:63; voucher list content/payment-methods/edenred.md:16-19; content/payment-methods/edenred.md:25; content/payment-methods/edenred.md:26
  entry('EDENRES', 'giftcard', 'BE', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:64; voucher list content/payment-methods/edenred.md:16-19; content/payment-methods/edenred.md:25; content/payment-methods/edenred.md:26
  entry('EDENSPORTS', 'giftcard', 'BE', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:65; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('FASHIONCHQ', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:66; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('FASHIONGFT', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:67; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('FIETSENBON', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:68; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('GELREPAS', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:69; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('GEZONDHEID', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:70; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('GOOD4FUN', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:71; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('HORSESGIFT', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:72; content/payment-methods/monizze.md:16-18; content/payment-methods/monizze.md:24; content/payment-methods/monizze.md:25
  entry('MONIECO', 'giftcard', 'BE', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:73; content/payment-methods/monizze.md:16-18; content/payment-methods/monizze.md:24; content/payment-methods/monizze.md:25
  entry('MONIGIFT', 'giftcard', 'BE', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:74; content/payment-methods/monizze.md:16-18; content/payment-methods/monizze.md:24; content/payment-methods/monizze.md:25
  entry('MONIMEAL', 'giftcard', 'BE', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:75; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('NATNLBIOSC', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:76; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('NATNLETUIN', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:77; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('PARFUMCADE', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:78; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('ROTGIFT', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:79; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('UPAS', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:80; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('SPORTENFIT', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs content/payment-methods/sodexo.md:2; content/payment-methods/sodexo.md:20; content/payment-methods/sodexo.md:21
  entry('SODESPORTS', 'giftcard', 'BE', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:82; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('VRGIFTCARD', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:83; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('VVVGIFTCRD', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:84; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('WEBSHOPGFT', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:85; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('WIJNCADEAU', 'giftcard', 'BE NL', 'EUR'),
  // MultiSafepay/docs api/general/gateway-ids.md:86; content/payment-methods/gift-cards.md:20; content/payment-methods/gift-cards.md:21
  entry('YOURGIFT', 'giftcard', 'BE NL', 'EUR'),
];

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  const wanted = id.toUpperCase();
  return GATEWAY_CATALOGUE.find((gateway) => gateway.id === wanted);
}
