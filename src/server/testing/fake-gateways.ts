/** A gateway the fake offers: its id, name and where and in what it may be used. */
export interface FakeGateway {
  id: string;
  name: string;
  countries: string[];
  currencies: string[];
}

/** Card payments' currencies (MultiSafepay/docs content/payment-methods/card-payments.md:42). */
const CARD_CURRENCIES =
  'AED AUD BGN BRL CAD CHF CLP CNY COP CZK DKK EUR GBP HKD HRK HUF ILS INR ISK JPY ' +
  'KRW MXN MYR NOK NZD PEN PHP PLN RON RUB SEK SGD THB TRY TWD UAH USD VEF ZAR';

/** Apple Pay's and Google Pay's currencies (apple-pay.md:23, google-pay.md:21). */
const WALLET_CURRENCIES =
  'AED AUD BRL CAD CHF CLP CNY COP CZK DKK EUR GBP HKD HRK HUF ILS INR ISK JPY ' +
  'KRW MXN MYR NOK NZD PEN PHP PLN RON RUB SEK SGD THB TRY TWD UAH USD VEF ZAR';

/** A gateway from its id, name, countries and currencies (codes separated by spaces; no countries: worldwide). */
const method = (id: string, name: string, countries: string, currencies: string): FakeGateway => ({
  id,
  name,
  countries: countries === '' ? [] : countries.split(' '),
  currencies: currencies.split(' '),
});

/**
 * Every payment method a redirect order can pay today, as MultiSafepay's accounts offer them: each gateway id of
 * MultiSafepay/docs api/general/gateway-ids.md (at 9e11aa0a), with MultiSafepay's name for it and the countries
 * (empty: worldwide) and currencies of its own page under content/payment-methods/ (the file and lines after each).
 * Left out, so that the fake refuses them with 1023 as an account that cannot offer them: the retired SANTANDER (Betaal
 * per Maand: betaalpermaand.md:14), GIROPAY (giropay.md:18) and DBRTP (Request to Pay: request-to-pay.md:22). Sofort
 * (DIRECTBANK) stays: it takes no new merchants, but those who have it still take payments (sofort.md:14-15).
 */
export const FAKE_GATEWAYS: FakeGateway[] = [
  // Banking
  method('IDEAL', 'iDEAL', 'NL', 'EUR'), // ideal.md:32-33
  method('IDEALQR', 'iDEAL QR', 'NL', 'EUR'), // ideal.md:32-33 (the iDEAL page's)
  method('DOTPAY', 'Dotpay', 'PL', 'EUR PLN'), // dotpay.md:20-21
  // bank-transfer.md:21-22
  method('BANKTRANS', 'Bank transfer', '', 'AUD CAD CHF CZK DKK EUR GBP HKD HUF JPY NOK PLN SEK USD'),
  method('DIRECTBANK', 'Sofort', 'AT BE FR DE IT PL ES CH GB', 'EUR'), // sofort.md:31-32
  method('MISTERCASH', 'Bancontact', 'BE', 'EUR'), // bancontact.md:20-21
  method('EPS', 'EPS', 'AT', 'EUR'), // eps.md:22-23
  method('MYBANK', 'MyBank', 'IT', 'EUR'), // mybank.md:19-20
  method('TRUSTLY', 'Trustly', 'AT CZ DK EE FI DE LV LT NL NO PL PT ES SE GB', 'EUR GBP SEK'), // trustly.md:18-19
  method('BELFIUS', 'Belfius', 'BE', 'EUR'), // belfius.md:20-21
  method('KBC', 'KBC', 'BE', 'EUR'), // cbc-kbc.md:29-30
  method('CBC', 'CBC', 'BE', 'EUR'), // cbc-kbc.md:29-30
  method('MBWAY', 'MB WAY', 'PT', 'EUR'), // mbway.md:26-27
  method('MULTIBANCO', 'Multibanco', 'PT', 'EUR'), // multibanco.md:26-27
  method('BIZUM', 'Bizum', 'ES', 'EUR'), // bizum.md:18-19
  // trustpay.md:18-19
  method('TRUSTPAY', 'TrustPay', 'AT CZ DK EE FI DE IT LV NL NO PL ES SE GB', 'CZK DKK EUR GBP NOK SEK'),
  method('DIRDEB', 'Direct debit', '', 'EUR'), // direct-debit.md:29,34
  // Cards
  method('CREDITCARD', 'Card payments', '', CARD_CURRENCIES), // card-payments.md:41-42
  method('VISA', 'Visa', '', CARD_CURRENCIES), // card-payments.md:41-42
  method('MASTERCARD', 'Mastercard', '', CARD_CURRENCIES), // card-payments.md:41-42
  method('AMEX', 'American Express', '', 'EUR GBP USD CHF'), // card-payments.md:41-42
  method('MAESTRO', 'Maestro', '', CARD_CURRENCIES), // card-payments.md:41-42
  // Wallets
  method('APPLEPAY', 'Apple Pay', '', WALLET_CURRENCIES), // apple-pay.md:22-23
  method('GOOGLEPAY', 'Google Pay', '', WALLET_CURRENCIES), // google-pay.md:20-21
  // paypal.md:30-31
  method(
    'PAYPAL',
    'PayPal',
    '',
    'AUD BRL CAD CHF CZK DKK EUR GBP HKD HRK HUF JPY MXN MYR NOK NZD PHP PLN RUB SEK SGD THB TRY TWD USD',
  ),
  // amazon-pay.md:20-21
  method(
    'AMAZONBTN',
    'Amazon Pay',
    'AT BE CY DK FR DE HU IE IT LU NL PT ES SE CH',
    'AUD CHF DKK EUR GBP HKD JPY NOK NZD SEK USD ZAR',
  ),
  method('ALIPAY', 'Alipay', '', 'EUR USD'), // alipay.md:26-27
  method('ALIPAYPLUS', 'Alipay+', '', 'EUR USD'), // alipay-plus.md:29-30
  method('WECHAT', 'WeChat Pay', '', 'EUR'), // wechatpay.md:20-21
  // Buy now, pay later
  method('KLARNA', 'Klarna', 'AT BE DK FI FR DE IT NL NO PT ES SE GB', 'DKK EUR GBP NOK SEK'), // klarna.md:20-21
  method('AFTERPAY', 'Riverty', 'AT BE DE NL CH', 'EUR'), // riverty.md:20-21
  method('IN3', 'iDEAL in3', 'NL', 'EUR'), // in3.md:20-21
  method('BILLINK', 'Billink', 'NL BE DE', 'EUR'), // billink.md:16-17
  method('EINVOICE', 'E-Invoicing', '', 'EUR'), // e-invoicing.md:20-21
  method('BNPL_MF', 'Pay After Delivery', 'NL', 'EUR'), // pay-after-delivery.md:20-21
  method('BNPL_INSTM', 'Pay After Delivery installments', 'NL', 'EUR'), // pay-after-delivery-installments.md:20-21
  // Prepaid
  method('PSAFECARD', 'Paysafecard', '', 'EUR GBP USD'), // paysafecard.md:16,24-25
  // Gift cards and vouchers
  method('AMSGIFT', 'Amsterdam stadspas', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('BABYCAD', 'Baby Cadeaubon', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('BEAUTYWELL', 'Beautyandwellness', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('BEAUTYCAD', 'Beauty cadeau', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('BLOEMENCAD', 'Bloemencadeaukaart', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('BOEKENBON', 'Boekenbon', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('DEGROTESPL', 'Degrotespeelgoedwinkel', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('DORDTPAS', 'Dordtpas', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('EDENCOM', 'Edenred Ticket Compliments', 'BE', 'EUR'), // edenred.md:25-26
  method('EDENCO', 'Edenred Ticket EcoCheque', 'BE', 'EUR'), // edenred.md:25-26
  method('EDENRES', 'Edenred Ticket Restaurant', 'BE', 'EUR'), // edenred.md:25-26
  method('EDENSPORTS', 'Edenred Ticket Sport & Culture', 'BE', 'EUR'), // edenred.md:25-26
  method('FASHIONCHQ', 'Fashioncheque', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('FASHIONGFT', 'Fashiongiftcard', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('FIETSENBON', 'Fietsenbon', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('GELREPAS', 'Gelrepas', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('GEZONDHEID', 'Gezondheidsbon', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('GOOD4FUN', 'Good4fun', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('HORSESGIFT', 'Horses & Gifts', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('MONIECO', 'Monizze eco voucher', 'BE', 'EUR'), // monizze.md:24-25
  method('MONIGIFT', 'Monizze gift voucher', 'BE', 'EUR'), // monizze.md:24-25
  method('MONIMEAL', 'Monizze meal voucher', 'BE', 'EUR'), // monizze.md:24-25
  method('NATNLBIOSC', 'Nationale bioscoopbon', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('NATNLETUIN', 'Nationale tuinbon', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('PARFUMCADE', 'Parfumcadeaukaart', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('ROTGIFT', 'Rotterdampas', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('UPAS', 'U-pas', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('SPORTENFIT', 'Sportenfit', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('SODESPORTS', 'Sodexo', 'BE', 'EUR'), // sodexo.md:20-21
  method('VRGIFTCARD', 'Vuur & rook gift card', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('VVVGIFTCRD', 'VVV Cadeaukaart', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('WEBSHOPGFT', 'Webshopgiftcard', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('WIJNCADEAU', 'Wijncadeau', 'BE NL', 'EUR'), // gift-cards.md:20-21
  method('YOURGIFT', 'YourGift', 'BE NL', 'EUR'), // gift-cards.md:20-21
];
