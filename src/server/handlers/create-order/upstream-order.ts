// The order MultiSafepay gets: the shop's order (./shop-order.ts) with the shop's payment options, and of the
// browser's body only the fields browserFields allows, customer.locale in MultiSafepay's ab_CD form. What else the
// page sent is dropped, and named in the log.
import { isRecord } from '../../../shared/guards.js';
import type { HandlerContext } from '../../context.js';
import { customerLocale } from '../../customer-locale.js';
import type { CheckoutOptions, ResolvedOrder } from '../../options.js';
import { failure } from '../../responses.js';
import type { BrowserOrder } from './browser-order.js';
import type { ResolvedShopOrder } from './shop-order.js';

/** The body of `POST /orders`. */
export type UpstreamOrder = Record<string, unknown>;

/** What the element sends of its own (src/shared/order.ts): the body's other fields are the page's `orderFields`. */
const ELEMENT_FIELDS = new Set(['type', 'gateway', 'order_id', 'currency', 'amount', 'description', 'customer']);

/** The order to create at MultiSafepay, or the 400 for a browser field MultiSafepay would refuse. */
export function upstreamOrder(
  context: HandlerContext,
  body: BrowserOrder,
  { resolved, order }: ResolvedShopOrder,
): UpstreamOrder | Response {
  const { options, browserFields } = context;
  const extra = allowedBrowserFields(body, browserFields);
  logDroppedFields(context, order.order_id, body);
  // MultiSafepay's `customer` is an object (Customer.yaml): a string would be refused there, after the shopper waited.
  if (browserFields.includes('customer') && body['customer'] !== undefined && !isRecord(body['customer'])) {
    return failure(400, 'customer must be an object such as {"locale":"en_US"}');
  }
  const customer = customerWithLocale(extra['customer']);
  if (customer instanceof Response) return customer;
  return {
    ...(customer === undefined ? extra : { ...extra, customer }),
    type: 'redirect',
    gateway: body['gateway'],
    ...order,
    payment_options: { notification_method: 'POST', ...paymentOptions(options, resolved, order.order_id) },
  };
}

/** The browser's fields that browserFields passes on: objects and strings only. */
function allowedBrowserFields(body: BrowserOrder, browserFields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    browserFields
      .filter((field) => isRecord(body[field]) || typeof body[field] === 'string')
      .map((field) => [field, body[field]]),
  );
}

/**
 * Names in the log what the page added with orderFields (docs/frameworks.md: var1) and browserFields does not pass
 * on: it is dropped so that a browser cannot set MultiSafepay fields the shop did not allow, and said so that it is
 * not lost silently. Names are JSON-quoted: a key from the browser cannot forge a log line.
 */
function logDroppedFields({ logger, browserFields }: HandlerContext, orderId: string, body: BrowserOrder): void {
  const dropped = Object.keys(body).filter((field) => !ELEMENT_FIELDS.has(field) && !browserFields.includes(field));
  if (dropped.length === 0) return;
  const names = dropped.slice(0, 5).map((field) => JSON.stringify(field.slice(0, 40)));
  logger.warn(
    `msp-checkout/server: order ${orderId}: the browser's ${names.join(', ')}${dropped.length > 5 ? ', …' : ''} not passed on to MultiSafepay (browserFields: ${browserFields.join(', ')})`,
  );
}

/**
 * The browser's customer with its locale in MultiSafepay's documented ab_CD form (../../customer-locale.ts), or the
 * 400 for a locale that has none; `undefined` when there is no locale to rewrite.
 */
function customerWithLocale(customer: unknown): Record<string, unknown> | Response | undefined {
  if (!isRecord(customer) || customer['locale'] === undefined) return undefined;
  const checked = customerLocale(customer['locale']);
  if (checked.problem !== undefined) return failure(400, checked.problem);
  return { ...customer, locale: checked.locale };
}

/** The shop's payment options for this order (its notification, redirect and cancel URLs). */
function paymentOptions(options: CheckoutOptions, resolved: ResolvedOrder, orderId: string): Record<string, unknown> {
  if (typeof options.paymentOptions === 'function') return options.paymentOptions({ ...resolved, order_id: orderId });
  return options.paymentOptions ?? {};
}
