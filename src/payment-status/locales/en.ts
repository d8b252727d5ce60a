import type { StatusStrings } from '../strings.js';

/** English: the fallback for every missing text, built into the element. */
const en: StatusStrings = {
  checking: 'Checking your payment…',
  completed: 'Thank you! Your payment was received.',
  pending: 'Your payment is being processed. This page updates by itself.',
  pendingLimit:
    'Your payment is still being processed. The shop will confirm your order by e-mail as soon as the payment is complete.',
  cancelled: 'The payment was cancelled. Nothing was charged.',
  declined: 'The payment was declined. Nothing was charged.',
  expired: 'The payment was not completed in time and has expired. Nothing was charged.',
  void: 'The payment was voided. Nothing was charged.',
  refunded: 'This payment was refunded.',
  chargeback: 'This payment was reversed by your bank (chargeback). Please contact the shop.',
  unknownOrder: 'We could not find this order. Please contact the shop.',
  offline: 'You are offline. The payment is checked again as soon as you are back online.',
  unavailable: 'The status of your payment could not be checked.',
  errorNetwork: 'We could not reach the shop. Check your connection and try again.',
  errorTimeout: 'The shop took too long to answer. Please try again.',
  errorHttp: 'The shop could not check your payment (error {status}). Please try again.',
  errorUnexpectedResponse: 'The shop sent an unexpected answer. Please try again.',
  errorConfig: 'This page is not set up correctly.',
  retry: 'Try again',
};

export default en;
