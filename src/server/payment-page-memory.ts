// Where the server remembers the payment page of each order it created. MultiSafepay gives the page's address only
// in its answer to POST /orders: GET /orders/{id} documents no `payment_url` (MultiSafepay/docs,
// openapi/components/schemas/OrderDetails.yaml and openapi/components/examples/responses/getOrder.json), so a retry
// of an order id can only be answered with the same page if someone kept it. This is the one seam a shared store
// (several server instances, restarts) plugs into.
import { remember } from './bounded-memory.js';

/** What is remembered per order id: the page, and what the order was created with. */
export interface RememberedPaymentPage {
  payment_url: string;
  gateway: string;
  amount: number;
  currency: string;
}

/** Remembers payment pages by order id. Either method may be synchronous or return a promise. */
export interface PaymentPageMemory {
  get(orderId: string): RememberedPaymentPage | undefined | Promise<RememberedPaymentPage | undefined>;
  set(orderId: string, page: RememberedPaymentPage): void | Promise<void>;
}

/** This process's memory, bounded: enough for one instance; not shared with another one nor kept over a restart. */
export function processPaymentPageMemory(): PaymentPageMemory {
  const pages = new Map<string, RememberedPaymentPage>();
  return {
    get: (orderId) => pages.get(orderId),
    set: (orderId, page) => remember(pages, orderId, page),
  };
}

/** The same order again: same gateway, amount and currency. Anything else is MultiSafepay's to decide. */
export function samePaymentPage(page: RememberedPaymentPage, order: Omit<RememberedPaymentPage, 'payment_url'>) {
  return page.gateway === order.gateway && page.amount === order.amount && page.currency === order.currency;
}
