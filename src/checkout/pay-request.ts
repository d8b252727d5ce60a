import { CheckoutError } from '../internal/errors.js';
import { requestText } from '../internal/network.js';
import { parseOrderResponse } from '../internal/response.js';
import type { OrderRequest } from '../shared/order.js';
import { checkPaymentUrl } from '../shared/payment-url.js';

export { navigateToPaymentPage } from './navigate.js';
export { payShopperMessage, payText } from './pay-texts.js';

/**
 * The Pay path after the shopper pressed Pay. The npm build loads it on demand (on-demand.ts: an app's bundler
 * makes it a chunk of its own, behind a network request anyway); the script-tag file has it inside
 * (on-demand.script-tag.ts). Its errors are `CheckoutError`s, which the element takes by name
 * (`asCheckoutError`), as it does those of the gateway list's part, a standalone file with its own copy of the class.
 */

export interface PaymentPage {
  orderId: string | undefined;
  /** The checked, serialized `payment_url`: the only thing ever navigated to. */
  paymentUrl: string;
}

/** What one Pay sends and where, read from the element when the shopper pays. */
export interface Payment {
  endpoint: string;
  order: OrderRequest;
  /** Where `payment_url` may point (the parsed `payment-origins`). */
  origins: readonly string[];
  /** Milliseconds for the request, and for a redirect that never leaves the page. */
  timeout: number;
}

/** POSTs the order to the merchant's endpoint and checks the `payment_url` it answers with. */
export async function requestPaymentPage(
  { endpoint, order, origins, timeout }: Payment,
  signal: AbortSignal,
): Promise<PaymentPage> {
  const created = parseOrderResponse(await requestText({ url: endpoint, body: order, timeout, signal }));
  const checked = checkPaymentUrl(created.paymentUrl, origins);
  if (!checked.ok) throw new CheckoutError('invalid-payment-url', `Refused to navigate: ${checked.reason}.`);
  return { orderId: created.orderId, paymentUrl: checked.url };
}
