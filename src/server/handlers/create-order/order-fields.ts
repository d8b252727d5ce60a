// What resolveOrder may give beyond amount, currency, description and order_id: MultiSafepay's order fields that the
// shop owns (../../multisafepay-order.ts). They are checked against MultiSafepay's documented types before anything
// is sent, because a wrong shape is the shop's mistake and MultiSafepay would refuse it only after the shopper waited;
// they win over what the browser may set; and a buy-now-pay-later order without its cart, which MultiSafepay refuses
// (src/shared/order-requirements.ts), is refused here, before MultiSafepay is called.
import { isRecord } from '../../../shared/guards.js';
import { hasShoppingCartItems, needsShoppingCart } from '../../../shared/order-requirements.js';
import type {
  MultiSafepayCartItem,
  MultiSafepayCheckoutOptions,
  MultiSafepayCustomer,
  MultiSafepayCustomInfo,
  MultiSafepayDelivery,
  MultiSafepayGatewayInfo,
  MultiSafepayGoogleAnalytics,
  MultiSafepayOrderFields,
  MultiSafepayPlugin,
  MultiSafepaySecondChance,
  MultiSafepayTaxRule,
  MultiSafepayTaxTable,
} from '../../multisafepay-order.js';
import type { ResolvedOrder } from '../../options.js';
import { failure } from '../../responses.js';
import type { UpstreamOrder } from './upstream-order.js';

/** A JSON type as MultiSafepay's schemas document it; `[shape]` is an array of it, an object maps its fields. */
type Shape = 'string' | 'integer' | 'number' | 'boolean' | readonly [Shape] | { readonly [field: string]: Shape };

/** An object's shape, one entry per field of its interface (and no other: `satisfies` keeps them in step). */
type ShapeOf<T> = { readonly [K in keyof Required<T>]: Shape };

const CUSTOMER = {
  locale: 'string',
  ip_address: 'string',
  forwarded_ip: 'string',
  first_name: 'string',
  last_name: 'string',
  gender: 'string',
  birthday: 'string',
  address1: 'string',
  address2: 'string',
  house_number: 'string',
  zip_code: 'string',
  city: 'string',
  state: 'string',
  country: 'string',
  phone: 'string',
  email: 'string',
  disable_send_email: 'boolean',
  user_agent: 'string',
  referrer: 'string',
  reference: 'string',
} as const satisfies ShapeOf<MultiSafepayCustomer>;

const DELIVERY = {
  first_name: 'string',
  last_name: 'string',
  address1: 'string',
  address2: 'string',
  house_number: 'string',
  zip_code: 'string',
  city: 'string',
  state: 'string',
  country: 'string',
  phone: 'string',
  email: 'string',
} as const satisfies ShapeOf<MultiSafepayDelivery>;

const CART_ITEM = {
  name: 'string',
  description: 'string',
  unit_price: 'number',
  quantity: 'integer',
  merchant_item_id: 'string',
  tax_table_selector: 'string',
  weight: { unit: 'string', value: 'number' },
} as const satisfies ShapeOf<MultiSafepayCartItem>;

const TAX_RULE = { rate: 'number', country: 'string' } as const satisfies ShapeOf<MultiSafepayTaxRule>;

const TAX_TABLE = {
  name: 'string',
  standalone: 'boolean',
  rules: [TAX_RULE],
} as const satisfies ShapeOf<MultiSafepayTaxTable>;

const CHECKOUT_OPTIONS = {
  validate_cart: 'boolean',
  tax_tables: { default: { shipping_taxed: 'boolean', rate: 'number' }, alternate: [TAX_TABLE] },
} as const satisfies ShapeOf<MultiSafepayCheckoutOptions>;

const GATEWAY_INFO = {
  qr_enabled: 'boolean',
  qr_size: 'integer',
  allow_multiple: 'boolean',
  allow_change_amount: 'boolean',
  min_amount: 'string',
  max_amount: 'string',
  birthday: 'string',
  bank_account: 'string',
  phone: 'string',
  email: 'string',
  gender: 'string',
} as const satisfies ShapeOf<MultiSafepayGatewayInfo>;

/** The shop's fields and the JSON type MultiSafepay documents for each (the files named in multisafepay-order.ts). */
const SHOP_FIELDS = {
  customer: CUSTOMER,
  delivery: DELIVERY,
  shopping_cart: { items: [CART_ITEM] },
  checkout_options: CHECKOUT_OPTIONS,
  gateway_info: GATEWAY_INFO,
  var1: 'string',
  var2: 'string',
  var3: 'string',
  items: 'string',
  days_active: 'integer',
  seconds_active: 'integer',
  second_chance: { send_mail: 'boolean' } satisfies ShapeOf<MultiSafepaySecondChance>,
  recurring_model: 'string',
  custom_info: { custom_1: 'string', custom_2: 'string', custom_3: 'string' } satisfies ShapeOf<MultiSafepayCustomInfo>,
  plugin: {
    shop: 'string',
    shop_version: 'string',
    plugin_version: 'string',
    partner: 'string',
    shop_root_url: 'string',
  } satisfies ShapeOf<MultiSafepayPlugin>,
  google_analytics: { account: 'string' } satisfies ShapeOf<MultiSafepayGoogleAnalytics>,
  manual: 'boolean',
} as const satisfies ShapeOf<MultiSafepayOrderFields>;

/** resolveOrder's own fields, read elsewhere (./shop-order.ts). */
const ORDER_FIELDS = new Set(['order_id', 'amount', 'currency', 'description']);

/**
 * Fields of MultiSafepay's order that do not come from resolveOrder, and where they come from instead. A shop that
 * returns one means MultiSafepay to get it: refused, rather than an order without it.
 */
const NOT_FROM_RESOLVE_ORDER: Readonly<Record<string, string>> = {
  payment_options: 'give it as the paymentOptions option',
  type: 'this backend creates redirect orders only',
  gateway: "it is the shopper's choice, sent by the element",
};

const JSON_TYPE = {
  string: (value: unknown) => typeof value === 'string',
  integer: (value: unknown) => Number.isSafeInteger(value),
  number: (value: unknown) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value: unknown) => typeof value === 'boolean',
} as const;

/** What a value is, for a problem's wording: never the value itself (a shopper's address stays out of the log). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Where `value` breaks `shape`, each problem naming its path; fields the shape does not know are MultiSafepay's. */
function shapeProblems(value: unknown, shape: Shape, path: string): string[] {
  if (typeof shape === 'string') {
    return JSON_TYPE[shape](value)
      ? []
      : [`${path} must be ${shape === 'integer' ? 'an' : 'a'} ${shape}, got ${kindOf(value)}`];
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return [`${path} must be an array, got ${kindOf(value)}`];
    return value.flatMap((item, index) => shapeProblems(item, shape[0] as Shape, `${path}[${index}]`));
  }
  if (!isRecord(value)) return [`${path} must be an object, got ${kindOf(value)}`];
  const fields = shape as { readonly [field: string]: Shape };
  return Object.entries(value).flatMap(([field, item]) =>
    item === undefined || !Object.hasOwn(fields, field) ? [] : shapeProblems(item, fields[field]!, `${path}.${field}`),
  );
}

/** Field names as a log line shows them: quoted, so that a strange key cannot pass for text of the line. */
const quoted = (field: string) => JSON.stringify(field.slice(0, 40));

/** What is wrong with the fields resolveOrder gave beyond its own: each problem names the field. */
function resolvedFieldProblems(resolved: ResolvedOrder): string[] {
  return Object.entries(resolved).flatMap(([field, value]) => {
    if (value === undefined || ORDER_FIELDS.has(field)) return [];
    if (Object.hasOwn(SHOP_FIELDS, field)) {
      return shapeProblems(value, SHOP_FIELDS[field as keyof typeof SHOP_FIELDS], field);
    }
    const instead = NOT_FROM_RESOLVE_ORDER[field];
    if (instead) return [`${field} is not taken from resolveOrder: ${instead}`];
    return [`${quoted(field)} is not an order field resolveOrder may give (docs/backend.md lists them)`];
  });
}

/** `value` without its undefined fields, which would otherwise hide what the browser gave. */
const defined = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));

/**
 * The order MultiSafepay gets: `upstream` (the order, its payment options and the browser's allowed fields) with the
 * shop's fields from `resolved`, as given. The shop's values win; of an object both give (`customer`), the browser's
 * fields fill in only what the shop left out (its `locale`, say). Refused with the shop's 500: a field of another
 * type than MultiSafepay documents, a field this backend does not send, and a buy-now-pay-later order without its
 * cart. An answer already decided (`upstream` is a Response) passes through.
 */
export function withShopFields(upstream: UpstreamOrder | Response, resolved: ResolvedOrder): UpstreamOrder | Response {
  if (upstream instanceof Response) return upstream;
  const problems = resolvedFieldProblems(resolved);
  if (problems.length > 0) {
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    return failure(
      500,
      `resolveOrder returned an order MultiSafepay cannot take: ${problems.slice(0, 5).join('; ')}${more}`,
    );
  }
  const order: UpstreamOrder = { ...upstream };
  for (const field of Object.keys(SHOP_FIELDS)) {
    const value: unknown = resolved[field as keyof MultiSafepayOrderFields];
    if (value === undefined) continue;
    const browsers = upstream[field];
    order[field] = isRecord(value) && isRecord(browsers) ? { ...browsers, ...defined(value) } : value;
  }
  if (needsShoppingCart(order['gateway']) && !hasShoppingCartItems(order['shopping_cart'])) {
    return failure(
      500,
      `${String(order['gateway'])} is a buy-now-pay-later method: MultiSafepay takes its orders only with a ` +
        'shopping_cart of at least one item, and resolveOrder gave none (the shop must send the cart)',
    );
  }
  return order;
}
