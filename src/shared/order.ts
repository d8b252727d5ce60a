import { isRecord } from './guards.js';
import { isGatewayId } from './gateway-input.js';
import { isCurrencyCode, isMinorAmount } from './money.js';

/**
 * The body the element POSTs to the merchant's endpoint: MultiSafepay's own `POST /orders` shape, without
 * `payment_options` and without the API key, which only the merchant's server adds.
 */
export interface OrderRequest {
  type: 'redirect';
  /** Absent when the shopper chooses on MultiSafepay's payment page, which then lists the methods. */
  gateway?: string;
  order_id?: string;
  currency?: string;
  amount?: number;
  description?: string;
  customer: { locale: string; [field: string]: unknown };
  [field: string]: unknown;
}

export interface OrderInput {
  /** Undefined: no choice here; MultiSafepay's payment page lists the methods. */
  gateway?: string | undefined;
  locale: string;
  orderId?: string | null | undefined;
  currency?: string | null | undefined;
  amount?: number | null | undefined;
  description?: string | null | undefined;
  /** Extra MultiSafepay fields from the integrator (`var1`, `customer.email`, ...). They never replace ours. */
  extraFields?: Readonly<Record<string, unknown>> | null | undefined;
}

/** MultiSafepay's limits for the fields the browser may send. */
const ORDER_LIMITS = { orderId: 50, description: 200 } as const;

// Control characters never belong in an id or a description, and MultiSafepay does not render HTML in a
// description: refuse tags early rather than have the order fail with error 1008.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const HTML_TAG = /<\s*[a-z!/?]/i;

export interface OrderFields {
  gateway?: unknown;
  order_id?: unknown;
  currency?: unknown;
  amount?: unknown;
  description?: unknown;
}

export type OrderFieldNames = Partial<Record<keyof OrderFields, string>>;

/** Each field's rule, in the order problems are told. */
const ORDER_FIELD_RULES: Readonly<Record<keyof OrderFields, (value: unknown) => boolean>> = {
  gateway: isGatewayId,
  amount: isMinorAmount,
  currency: isCurrencyCode,
  order_id: isOrderId,
  description: isOrderDescription,
};

/**
 * The fields that break their rule, shared by the element (before it sends) and by a backend (before it trusts): an
 * empty list means the fields are valid. Absent optional fields are fine; `gateway` is required unless `partial`
 * (checking configuration before a choice).
 */
export function badOrderFields(fields: OrderFields, partial = false): Array<keyof OrderFields> {
  return (Object.keys(ORDER_FIELD_RULES) as Array<keyof OrderFields>).filter(
    (field) =>
      (fields[field] !== undefined || (field === 'gateway' && !partial)) && !ORDER_FIELD_RULES[field](fields[field]),
  );
}

/** How the amount rules say what an amount in minor units means. */
const AMOUNT_EXAMPLE = '(1000 for 10.00)';

/** What each rule says, after the field's name as the reader wrote it. */
const ORDER_FIELD_RULE_TEXTS: Readonly<Record<keyof OrderFields, (value: unknown) => string>> = {
  gateway: (value) => `must be a MultiSafepay gateway id such as "IDEAL", got ${show(value)}`,
  amount: (value) => `must be a positive integer in minor units ${AMOUNT_EXAMPLE}, got ${show(value)}`,
  currency: (value) => `must be an ISO 4217 code such as "EUR", got ${show(value)}`,
  order_id: (value) => `must be 1 to ${ORDER_LIMITS.orderId} printable characters, got ${show(value)}`,
  description: () => `must be plain text of at most ${ORDER_LIMITS.description} characters`,
};

/**
 * badOrderFields() in words: one readable problem per bad field, naming the rule. `names` calls a field what the
 * reader wrote (the element's `order-id` attribute for `order_id`).
 */
export function orderFieldProblems(
  fields: OrderFields,
  { partial = false, names = {} }: { partial?: boolean; names?: OrderFieldNames } = {},
): string[] {
  return badOrderFields(fields, partial).map(
    (field) => `${names[field] ?? field} ${ORDER_FIELD_RULE_TEXTS[field](fields[field])}`,
  );
}

/**
 * The amount written as text that is not the digits of an integer number of cents (`amountFromAttribute` reads it as
 * NaN), in words: the amount's rule as a page writes it, with the text quoted as it was written.
 */
export function amountTextProblem(text: string): string {
  return `amount must be the digits of an integer number of cents ${AMOUNT_EXAMPLE}, got "${text}"`;
}

/**
 * An `order_id` MultiSafepay takes: 1 to 50 characters, not all blank, no control characters. The checkout's
 * `order-id` follows it, and the return page and the reference server check a `transactionid` from a URL with it.
 */
export function isOrderId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.trim() !== '' &&
    value.length <= ORDER_LIMITS.orderId &&
    !CONTROL_CHARACTERS.test(value)
  );
}

/** A `description` as plain text: at most 200 characters, no control characters, nothing that reads as an HTML tag. */
function isOrderDescription(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= ORDER_LIMITS.description &&
    !CONTROL_CHARACTERS.test(value) &&
    !HTML_TAG.test(value)
  );
}

/** Builds the request body; absent optional fields are left out rather than sent empty. */
export function buildOrderRequest(input: OrderInput): OrderRequest {
  const extra = input.extraFields ?? {};
  const extraCustomer = isRecord(extra['customer']) ? extra['customer'] : {};
  const order: OrderRequest = {
    ...extra,
    type: 'redirect',
    gateway: input.gateway,
    customer: { ...extraCustomer, locale: input.locale },
  };
  // Without a gateway the shopper chooses on MultiSafepay's page: no extra field may choose for them.
  if (!input.gateway) delete order.gateway;
  // An empty attribute is as good as none.
  if (input.orderId) order.order_id = input.orderId;
  if (input.currency) order.currency = input.currency;
  if (typeof input.amount === 'number') order.amount = input.amount;
  if (input.description) order.description = input.description;
  return order;
}

/** A value as a message quotes it: strings in quotes, anything else as it prints. */
export function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
