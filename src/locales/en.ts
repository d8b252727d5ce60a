import type { CheckoutStrings } from '../checkout-strings.js';

/** English: the fallback for every key and every language, inside the script-tag file. */
const en: CheckoutStrings = {
  legend: 'Payment method',
  redirectNotice: 'After Pay you continue on the secure page of the payment method you chose.',
  payAmount: 'Pay {amount}',
  pay: 'Pay',
  processing: 'Processing…',
  redirecting: 'Redirecting to the payment page…',
  noGateways: 'No payment method is available for this order.',
  loadingGateways: 'Loading payment methods…',
  gatewaysFailed: 'The payment methods could not be loaded.',
  errorGatewayList: 'Please try again in a moment.',
  gatewaysLoaded: 'Payment methods loaded: {count}.',
  selectionDropped: 'The payment method you chose is no longer available for this order. Choose another one.',
  retry: 'Try again',
  moreGateways: 'More payment methods ({count})',
  errorNoGatewaySelected: 'Choose a payment method.',
  errorConfig: 'This checkout is not set up correctly. Please contact the shop.',
  errorNetwork: 'We could not reach the shop. Check your connection and try again.',
  errorTimeout: 'The shop took too long to answer. Please try again.',
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
  gatewayNames: {},
};

export default en;
// Also by name, as before the languages all had a default export.
