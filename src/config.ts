import { DEV_MODE } from './dev-mode.js';
import { CheckoutError } from './errors.js';
import { isCurrencyCode, isMinorAmount } from './money.js';
import { isOrderDescription, isOrderId, orderFieldProblems, show, type OrderFields } from './order.js';

export interface ConfigInput {
  endpoint: string | null | undefined;
  /** The page's base URL, against which a relative endpoint resolves. */
  baseUrl: string;
  invalidGateways: readonly string[];
  invalidOrigins: readonly string[];
  /** The valid payment origins: none means no payment page could ever be opened. */
  origins: readonly string[];
  gatewaysEndpoint?: string | null | undefined;
  amount: number | null | undefined;
  /** The `amount` attribute's text when it is not the digits of an integer (the amount is then NaN). */
  amountText?: string | null | undefined;
  currency: string | null | undefined;
  orderId: string | null | undefined;
  description: string | null | undefined;
}

/**
 * Checks the element's configuration the way a merchant would want it checked while building the page (whole
 * sentences in the development build; the production build names the attribute and the value it got): the
 * first problem, as a `missing-endpoint` or `invalid-config` error that names the attribute, or `undefined`.
 */
export function configProblem(input: ConfigInput): CheckoutError | undefined {
  if (!input.endpoint || input.endpoint.trim() === '') {
    return new CheckoutError(
      'missing-endpoint',
      DEV_MODE ? 'The endpoint attribute is missing: set it to your create-order URL.' : 'endpoint is missing',
    );
  }
  const problems: string[] = [];
  if (!isHttpUrl(input.endpoint, input.baseUrl))
    problems.push(
      DEV_MODE ? `endpoint must be an http(s) URL, got "${input.endpoint}"` : `endpoint got "${input.endpoint}"`,
    );
  if (input.invalidGateways.length > 0) {
    const entries = input.invalidGateways.map(quote).join(', ');
    problems.push(DEV_MODE ? `gateways has entries that are not gateway ids: ${entries}` : `gateways got ${entries}`);
  }
  if (input.invalidOrigins.length > 0) {
    const entries = input.invalidOrigins.map(quote).join(', ');
    problems.push(
      DEV_MODE
        ? `payment-origins accepts https origins (http only on localhost): ${entries}`
        : `payment-origins got ${entries}`,
    );
  }
  if (input.origins.length === 0 && input.invalidOrigins.length === 0) {
    problems.push(
      DEV_MODE
        ? "payment-origins names no origin: list where payment_url may point, or leave it out for MultiSafepay's"
        : 'payment-origins is empty',
    );
  }
  const listProblem = input.gatewaysEndpoint && gatewaysEndpointProblem(input.gatewaysEndpoint, input.baseUrl);
  if (listProblem) problems.push(listProblem);
  const badText = input.amountText !== null && input.amountText !== undefined;
  if (badText) {
    problems.push(
      DEV_MODE
        ? `amount must be the digits of an integer number of cents (1000 for 10.00), got "${input.amountText}"`
        : `amount got "${input.amountText}"`,
    );
  }
  const hasAmount = !badText && input.amount !== null && input.amount !== undefined;
  if (hasAmount && !input.currency) {
    problems.push(DEV_MODE ? 'currency is required when amount is set' : 'currency is missing');
  }
  const fields = {
    ...(hasAmount ? { amount: input.amount } : {}),
    ...(input.currency ? { currency: input.currency } : {}),
    ...(input.orderId ? { order_id: input.orderId } : {}),
    ...(input.description ? { description: input.description } : {}),
  };
  problems.push(
    ...(DEV_MODE
      ? orderFieldProblems(fields, { partial: true, names: { order_id: 'order-id' } })
      : orderAttributesGot(fields)),
  );
  return problems.length === 0
    ? undefined
    : new CheckoutError('invalid-config', `Check the attributes: ${problems.join('; ')}.`);
}

/**
 * The production build's words for the order's attributes that break order.ts's rules: the attribute and what it got
 * (the development build says the rule, with orderFieldProblems).
 */
function orderAttributesGot(fields: OrderFields): string[] {
  const got = (attribute: string, value: unknown) => `${attribute} got ${show(value)}`;
  const problems: string[] = [];
  if (fields.amount !== undefined && !isMinorAmount(fields.amount)) problems.push(got('amount', fields.amount));
  if (fields.currency !== undefined && !isCurrencyCode(fields.currency))
    problems.push(got('currency', fields.currency));
  if (fields.order_id !== undefined && !isOrderId(fields.order_id)) problems.push(got('order-id', fields.order_id));
  if (fields.description !== undefined && !isOrderDescription(fields.description)) {
    problems.push(got('description', fields.description));
  }
  return problems;
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
