import { DEV_MODE } from '../internal/dev-mode.js';
import { CheckoutError } from '../internal/errors.js';
import type { NormalizedGateways } from '../shared/gateway-input.js';
import {
  amountTextProblem,
  badOrderFields,
  orderFieldProblems,
  show,
  type OrderFieldNames,
  type OrderFields,
} from '../shared/order.js';
import { parseUrl, type ParsedOrigins } from '../shared/payment-url.js';

/** The attributes the configuration check reads, as the element holds them. */
export interface CheckoutConfig {
  endpoint: string | null | undefined;
  gatewaysEndpoint?: string | null | undefined;
  amount?: number | null | undefined;
  currency?: string | null | undefined;
  orderId?: string | null | undefined;
  description?: string | null | undefined;
  /** Reads `amount` as written, to quote it when it is not the digits of an integer (the amount is then NaN). */
  getAttribute(name: string): string | null;
}

/**
 * Checks the element's configuration the way a merchant would want it checked while building the page (whole
 * sentences in the development build; the production build names the attribute and the value it got): the
 * first problem, as a `missing-endpoint` or `invalid-config` error that names the attribute, or `undefined`.
 * `gateways` and `origins` are the parsed lists; a relative endpoint resolves against the page's base URL.
 */
export function configProblem(
  config: CheckoutConfig,
  gateways: NormalizedGateways,
  origins: ParsedOrigins,
): CheckoutError | undefined {
  const { endpoint, gatewaysEndpoint, amount } = config;
  const baseUrl = document.baseURI;
  const amountText = Number.isNaN(amount) ? config.getAttribute('amount') : null;
  const currency = config.currency?.toUpperCase();
  if (!endpoint?.trim()) {
    return new CheckoutError(
      'missing-endpoint',
      DEV_MODE ? 'The endpoint attribute is missing: set it to your create-order URL.' : 'endpoint is missing',
    );
  }
  const problems: string[] = [];
  const endpointProblem = urlProblem('endpoint', endpoint, baseUrl);
  if (endpointProblem) problems.push(endpointProblem);
  if (gateways.invalid.length > 0) {
    const entries = quoted(gateways.invalid);
    problems.push(DEV_MODE ? `gateways has entries that are not gateway ids: ${entries}` : `gateways got ${entries}`);
  }
  if (origins.invalid.length > 0) {
    const entries = quoted(origins.invalid);
    problems.push(
      DEV_MODE
        ? `payment-origins accepts https origins (http only on localhost): ${entries}`
        : `payment-origins got ${entries}`,
    );
  } else if (origins.origins.length === 0) {
    problems.push(
      DEV_MODE
        ? "payment-origins names no origin: list where payment_url may point, or leave it out for MultiSafepay's"
        : 'payment-origins is empty',
    );
  }
  const listProblem = gatewaysEndpoint && gatewaysEndpointProblem(gatewaysEndpoint, baseUrl);
  if (listProblem) problems.push(listProblem);
  const badText = amountText !== null;
  if (badText) problems.push(DEV_MODE ? amountTextProblem(amountText) : `amount got "${amountText}"`);
  const hasAmount = !badText && amount !== null && amount !== undefined;
  if (hasAmount && !currency) {
    problems.push(DEV_MODE ? 'currency is required when amount is set' : 'currency is missing');
  }
  // The order's fields as they would be sent: absent ones (undefined) are not judged.
  const fields = {
    amount: hasAmount ? amount : undefined,
    currency: currency || undefined,
    order_id: config.orderId || undefined,
    description: config.description || undefined,
  };
  problems.push(...orderProblems(fields));
  return problems.length === 0
    ? undefined
    : new CheckoutError('invalid-config', `Check the attributes: ${problems.join('; ')}.`);
}

/**
 * order.ts's problems with the order's fields as the attributes set them (no gateway chosen yet; `order_id` is the
 * `order-id` attribute), worded as this build words configuration errors: the rule in the development build, the
 * attribute and what it got in production (the rules' sentences stay out of the script tag).
 */
export function orderProblems(fields: OrderFields): string[] {
  if (DEV_MODE) return orderFieldProblems(fields, { partial: true, names: ATTRIBUTE_NAMES });
  return badOrderFields(fields, true).map((field) => `${ATTRIBUTE_NAMES[field] ?? field} got ${show(fields[field])}`);
}

/** The order's fields the element's attributes name otherwise. */
const ATTRIBUTE_NAMES: OrderFieldNames = { order_id: 'order-id' };

/** What is wrong with a `gateways-endpoint` value, or `undefined` when it is an http(s) URL. */
export function gatewaysEndpointProblem(value: string, base: string): string | undefined {
  return urlProblem('gateways-endpoint', value, base);
}

/** What is wrong with an attribute that must be an http(s) URL (relative to `base`), or `undefined`. */
function urlProblem(name: string, value: string, base: string): string | undefined {
  if (/^https?:$/.test(parseUrl(value, base)?.protocol ?? '')) return undefined;
  return DEV_MODE ? `${name} must be an http(s) URL, got "${value}"` : `${name} got "${value}"`;
}

/** `"a", "b"`: entries as a message lists them. */
function quoted(entries: readonly string[]): string {
  return entries.map((entry) => `"${entry}"`).join(', ');
}
