import type { ElementTexts } from './strings.js';

/**
 * English, as the script-tag file carries it: the fallback for every key of every language, except the texts of the
 * Pay request's errors, which come with that part (pay-texts.ts) when it loads. `locales/en.ts` is both.
 */
export const englishTexts: ElementTexts = {
  legend: 'Payment method',
  redirectNotice: 'After Pay you continue on a secure payment page.',
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
  gatewayNames: {},
};
