import { CheckoutError } from './errors.js';
import { createOrder } from './network.js';
import { buildOrderRequest, orderFieldProblems, type OrderInput, type OrderRequest } from './order.js';
import { checkPaymentUrl } from './payment-url.js';

export { navigateToPaymentPage } from './navigate.js';
export { payShopperMessage, payText } from './pay-texts.js';

/**
 * The Pay path after the shopper pressed Pay, loaded on demand (src/on-demand.ts) once the choice is on screen: the
 * order's body, its request, the check of the answer and the navigation, none of which a shopper sees before Pay. Its errors are `CheckoutError`s; in the script-tag build this module is
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

/**
 * The body to POST, built from the element's fields and checked by order.ts's rules (`orderFields` included): an
 * `invalid-config` error names what is wrong, before anything is sent.
 */
export function orderToSend(input: OrderInput): OrderRequest {
  const order = buildOrderRequest(input);
  const problems = orderFieldProblems(order);
  if (problems.length > 0) throw new CheckoutError('invalid-config', `The order is not valid: ${problems.join('; ')}.`);
  return order;
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
