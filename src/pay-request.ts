import { CheckoutError } from './errors.js';
import { createOrder } from './network.js';
import type { OrderRequest } from './order.js';
import { checkPaymentUrl } from './payment-url.js';

export { navigateToPaymentPage } from './navigate.js';
export { payShopperMessage, payText } from './pay-texts.js';

/**
 * The Pay path after the shopper pressed Pay, loaded on demand (src/on-demand.ts): it is all behind a network request
 * anyway, so it stays out of the first file. Its errors are `CheckoutError`s; in the script-tag build this module is
 * its own file with its own copy of that class, so the element takes them by name (`asCheckoutError`).
 */

export interface PaymentPage {
  orderId: string | undefined;
  /** The checked, serialized `payment_url`: the only thing ever navigated to. */
  paymentUrl: string;
}

export interface PaymentPageRequest {
  timeout: number;
  signal: AbortSignal;
  /** Where `payment_url` may point (the parsed `payment-origins`). */
  origins: readonly string[];
}

/** POSTs the order to the merchant's endpoint and checks the `payment_url` it answers with. */
export async function requestPaymentPage(
  endpoint: string,
  order: OrderRequest,
  { origins, ...call }: PaymentPageRequest,
): Promise<PaymentPage> {
  const created = await createOrder(endpoint, order, call);
  const checked = checkPaymentUrl(created.paymentUrl, origins);
  if (!checked.ok) throw new CheckoutError('invalid-payment-url', `Refused to navigate: ${checked.reason}.`);
  return { orderId: created.orderId, paymentUrl: checked.url };
}
