// The order MultiSafepay gets: the shop's order (./shop-order.ts) with the shop's payment options, their return URLs
// carrying the status token, and of the browser's body only customer.locale (in MultiSafepay's ab_CD form) and what
// browserFields allows. What else the page sent is dropped, and named in the log.
import { isRecord } from '../../../shared/guards.js';
import type { HandlerContext } from '../../context.js';
import { customerLocale } from '../../customer-locale.js';
import type { CheckoutOptions, ResolvedOrder } from '../../options.js';
import { failure } from '../../responses.js';
import { statusToken, withStatusToken } from '../../shopper-proof.js';
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
  const { options, browserFields, statusSecret } = context;
  const extra = allowedBrowserFields(body, browserFields);
  logDroppedFields(context, order.order_id, body);
  const customer = allowedCustomer(body['customer'], browserFields);
  if (customer instanceof Response) return customer;
  const token = statusToken(statusSecret, order.order_id);
  const shopOptions = paymentOptions(options, resolved, order.order_id);
  return {
    ...extra,
    ...(customer === undefined ? {} : { customer }),
    type: 'redirect',
    gateway: body['gateway'],
    ...order,
    payment_options: {
      notification_method: 'POST',
      ...shopOptions,
      // MultiSafepay sends the shopper back to these with `transactionid` appended: the token rides along, and the
      // return page sends it with its status request (docs/payment-status.md).
      redirect_url: withStatusToken(shopOptions['redirect_url'], token),
      cancel_url: withStatusToken(shopOptions['cancel_url'], token),
    },
  };
}

/** The browser's top-level fields that browserFields passes on (not `customer`, built apart): objects and strings. */
function allowedBrowserFields(body: BrowserOrder, browserFields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    browserFields
      .filter((field) => field !== 'customer' && !field.includes('.'))
      .filter((field) => isRecord(body[field]) || typeof body[field] === 'string')
      .map((field) => [field, body[field]]),
  );
}

/** Whether browserFields passes on the browser's `customer.<field>`; `locale` always goes (the payment page's language). */
const passesCustomerField = (field: string, browserFields: readonly string[]) =>
  field === 'locale' || browserFields.includes('customer') || browserFields.includes(`customer.${field}`);

/**
 * The customer MultiSafepay gets: `locale` in MultiSafepay's documented ab_CD form (../../customer-locale.ts), and the
 * fields browserFields names, each a string; the 400 for a locale that has no such form or a named field that is not
 * text. `undefined` when nothing is passed on.
 */
function allowedCustomer(
  customer: unknown,
  browserFields: readonly string[],
): Record<string, unknown> | Response | undefined {
  if (!isRecord(customer)) return undefined;
  const passed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(customer)) {
    if (!passesCustomerField(field, browserFields) || value === undefined) continue;
    if (field === 'locale') {
      const checked = customerLocale(value);
      if (checked.problem !== undefined) return failure(400, checked.problem);
      passed[field] = checked.locale;
    } else if (browserFields.includes('customer')) {
      passed[field] = value; // the whole object, as the shop asked
    } else if (typeof value === 'string') {
      passed[field] = value;
    } else {
      return failure(400, `customer.${field} must be a string`);
    }
  }
  return Object.keys(passed).length > 0 ? passed : undefined;
}

/**
 * Names in the log what the page added with orderFields (docs/frameworks.md: var1, customer.email) and browserFields
 * does not pass on: it is dropped so that a browser cannot set MultiSafepay fields the shop did not allow (its
 * fraud screening reads `customer.ip_address`, `forwarded_ip` and `reference`), and said so that it is not lost
 * silently. Names are JSON-quoted: a key from the browser cannot forge a log line.
 */
function logDroppedFields({ logger, browserFields }: HandlerContext, orderId: string, body: BrowserOrder): void {
  const customer = isRecord(body['customer']) ? body['customer'] : {};
  const dropped = [
    ...Object.keys(body).filter((field) => !ELEMENT_FIELDS.has(field) && !browserFields.includes(field)),
    ...Object.keys(customer)
      .filter((field) => !passesCustomerField(field, browserFields))
      .map((field) => `customer.${field}`),
  ];
  if (dropped.length === 0) return;
  const names = dropped.slice(0, 5).map((field) => JSON.stringify(field.slice(0, 40)));
  const allowed = browserFields.length > 0 ? browserFields.join(', ') : 'none';
  logger.warn(
    `msp-checkout/server: order ${orderId}: the browser's ${names.join(', ')}${dropped.length > 5 ? ', …' : ''} not passed on to MultiSafepay (browserFields: ${allowed})`,
  );
}

/** The shop's payment options for this order (its notification, redirect and cancel URLs). */
function paymentOptions(options: CheckoutOptions, resolved: ResolvedOrder, orderId: string): Record<string, unknown> {
  if (typeof options.paymentOptions === 'function') return options.paymentOptions({ ...resolved, order_id: orderId });
  return options.paymentOptions ?? {};
}
