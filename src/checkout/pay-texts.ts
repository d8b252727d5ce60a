import type { CheckoutError } from '../internal/errors.js';
import type { CheckoutStrings, ElementTexts, PayTextKey } from './strings.js';

/**
 * The shopper's sentences for what can go wrong once Pay has sent the order (the answer, MultiSafepay's refusal, the
 * payment page's address, the frame), with the Pay request (pay-request.ts), which the npm build loads on demand:
 * a page's first paint never needs them. English here; every shipped language has its own, and `strings` or
 * `registerLocale` may set them like any text.
 */
export const PAY_TEXTS_EN: Pick<CheckoutStrings, PayTextKey> = {
  errorHttp: 'The shop could not start the payment (error {status}). Please try again.',
  errorUnexpectedResponse: 'The shop sent an unexpected answer. Please try again.',
  errorPaymentUrl: 'The payment page address could not be verified, so we did not open it. Please contact the shop.',
  errorNavigationBlocked: 'The payment page could not be opened from this page. Please contact the shop.',
  errorMspGeneric: 'The payment could not be started. Please try again.',
  errorMspAmount: 'The amount of this order is not valid. Please contact the shop.',
  errorMspCurrency: 'This currency cannot be used for this payment. Please choose another payment method.',
  errorMspOrderId: 'This order was already paid or cannot be paid again. Please refresh the page or contact the shop.',
  errorMspPaymentStarted:
    'The payment of this order was already started in another window or tab. Please finish it there, or contact the shop.',
  errorMspDescription: 'The order description is not valid. Please contact the shop.',
  errorMspCountry: 'This payment method is not available in your country. Please choose another one.',
  errorMspShopUnavailable: 'Payments are temporarily unavailable at this shop. Please try again later.',
  errorMspGatewayUnavailable: 'This payment method is not available right now. Please choose another one.',
  errorMspDeclined: 'The payment was declined. Please choose another payment method.',
  mspDetail: 'Details:',
};

/** A Pay text in the element's language, else English. */
export function payText(texts: ElementTexts, key: PayTextKey): string {
  return texts[key] ?? PAY_TEXTS_EN[key];
}

const MSP_ERROR_MESSAGES: Readonly<Record<number, PayTextKey>> = {
  // msp-checkout/server's own code (PAYMENT_PAGE_UNKNOWN): MultiSafepay refused a retried order id (1006) for an
  // order still open there, and no one remembers its payment page.
  409: 'errorMspPaymentStarted',
  1001: 'errorMspAmount',
  1002: 'errorMspCurrency',
  1006: 'errorMspOrderId',
  1008: 'errorMspDescription',
  1018: 'errorMspCountry',
  1019: 'errorMspShopUnavailable',
  1023: 'errorMspGatewayUnavailable',
  1024: 'errorMspDeclined',
  1032: 'errorMspShopUnavailable',
};

/**
 * The message a shopper reads for an error of the Pay request, chosen by code, never the server's free text;
 * `undefined` for the codes the element words itself (`shopperMessage` in strings.ts).
 */
export function payShopperMessage(error: CheckoutError, texts: ElementTexts): string | undefined {
  switch (error.code) {
    case 'backend-error':
    case 'http-error':
      return error.status
        ? payText(texts, 'errorHttp').replace('{status}', String(error.status))
        : payText(texts, 'errorUnexpectedResponse');
    case 'html-response':
    case 'invalid-json':
    case 'invalid-response':
      return payText(texts, 'errorUnexpectedResponse');
    case 'invalid-payment-url':
      return payText(texts, 'errorPaymentUrl');
    case 'navigation-blocked':
      return payText(texts, 'errorNavigationBlocked');
    case 'msp-error': {
      const key = error.errorCode === undefined ? undefined : MSP_ERROR_MESSAGES[error.errorCode];
      return payText(texts, key ?? 'errorMspGeneric');
    }
    default:
      return undefined;
  }
}
