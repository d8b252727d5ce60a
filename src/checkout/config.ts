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
import type { ParsedOrigins } from '../shared/payment-url.js';

/** The attributes the configuration check reads, as the element holds them. */
export interface CheckoutConfig {
  endpoint: string | null | undefined;
  gatewaysEndpoint?: string | null | undefined;
  amount?: number | null | undefined;
  currency?: string | null | undefined;
  orderId?: string | null | undefined;
  description?: string | null | undefined;
}

/** What the check reads besides the attributes: the parsed lists, the page's base URL, the amount as written. */
export interface ParsedConfig {
  gateways: NormalizedGateways;
  origins: ParsedOrigins;
  /** The page's base URL, against which a relative endpoint resolves. */
  baseUrl: string;
  /** The `amount` attribute's text when it is not the digits of an integer (the amount is then NaN). */
  amountText?: string | null | undefined;
}

/**
 * Checks the element's configuration the way a merchant would want it checked while building the page (whole
 * sentences in the development build; the production build names the attribute and the value it got): the
 * first problem, as a `missing-endpoint` or `invalid-config` error that names the attribute, or `undefined`.
 */
export function configProblem(config: CheckoutConfig, parsed: ParsedConfig): CheckoutError | undefined {
  const { endpoint, gatewaysEndpoint, amount } = config;
  const { gateways, origins, baseUrl, amountText } = parsed;
  const currency = config.currency?.toUpperCase();
  if (!endpoint || endpoint.trim() === '') {
    return new CheckoutError(
      'missing-endpoint',
      DEV_MODE ? 'The endpoint attribute is missing: set it to your create-order URL.' : 'endpoint is missing',
    );
  }
  const problems: string[] = [];
  if (!isHttpUrl(endpoint, baseUrl))
    problems.push(DEV_MODE ? `endpoint must be an http(s) URL, got "${endpoint}"` : `endpoint got "${endpoint}"`);
  if (gateways.invalid.length > 0) {
    const entries = gateways.invalid.map(quote).join(', ');
    problems.push(DEV_MODE ? `gateways has entries that are not gateway ids: ${entries}` : `gateways got ${entries}`);
  }
  if (origins.invalid.length > 0) {
    const entries = origins.invalid.map(quote).join(', ');
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
  const badText = amountText !== null && amountText !== undefined;
  if (badText) problems.push(DEV_MODE ? amountTextProblem(amountText) : `amount got "${amountText}"`);
  const hasAmount = !badText && amount !== null && amount !== undefined;
  if (hasAmount && !currency) {
    problems.push(DEV_MODE ? 'currency is required when amount is set' : 'currency is missing');
  }
  problems.push(
    ...orderProblems(
      {
        ...(hasAmount ? { amount } : {}),
        ...(currency ? { currency } : {}),
        ...(config.orderId ? { order_id: config.orderId } : {}),
        ...(config.description ? { description: config.description } : {}),
      },
      { partial: true, names: { order_id: 'order-id' } },
    ),
  );
  return problems.length === 0
    ? undefined
    : new CheckoutError('invalid-config', `Check the attributes: ${problems.join('; ')}.`);
}

/**
 * order.ts's problems with the order's fields, worded as this build words configuration errors: the rule in the
 * development build, the field and what it got in production (the rules' sentences stay out of the script tag).
 */
export function orderProblems(
  fields: OrderFields,
  options: { partial?: boolean; names?: OrderFieldNames } = {},
): string[] {
  if (DEV_MODE) return orderFieldProblems(fields, options);
  return badOrderFields(fields, options.partial).map(
    (field) => `${options.names?.[field] ?? field} got ${show(fields[field])}`,
  );
}

/** What is wrong with a `gateways-endpoint` value, or `undefined` when it is an http(s) URL. */
export function gatewaysEndpointProblem(value: string, base: string): string | undefined {
  return isHttpUrl(value, base) ? undefined : `gateways-endpoint must be an http(s) URL, got "${value}"`;
}

function isHttpUrl(value: string, base: string): boolean {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function quote(value: string): string {
  return `"${value}"`;
}
