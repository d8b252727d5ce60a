// The fake's answers in MultiSafepay's documented shapes, field by field. Sources (MultiSafepay/docs):
// openapi/components/examples/responses/postOrdersRedirect.json (POST /orders), getOrder.json and
// schemas/OrderDetails.yaml (GET /orders/{id}), content/payment-management/webhook.md (the notification body, the
// same order object plus amount_refunded), listGateways.json (GET /gateways), listPaymentMethods.json and
// schemas/PaymentMethod.yaml (GET /payment-methods).
import { needsShoppingCart } from '../../shared/order-requirements.js';
import type { FakeGateway } from './fake-gateways.js';
import type { FakeOrder } from './fake-order.js';
import { iconUrls } from './placeholder-logos.js';

/**
 * The 38 currencies MultiSafepay lists (MultiSafepay/docs openapi/components/examples/responses/
 * listPaymentMethods.json, allowed_currencies).
 */
export const MULTISAFEPAY_CURRENCIES: readonly string[] = [
  'AED', 'AUD', 'BRL', 'CAD', 'CHF', 'CLP', 'CNY', 'COP', 'CZK', 'DKK', 'EUR', 'GBP', 'HKD', 'HRK', 'HUF', 'ILS',
  'INR', 'ISK', 'JPY', 'KRW', 'MXN', 'MYR', 'NOK', 'NZD', 'PEN', 'PHP', 'PLN', 'RON', 'RUB', 'SEK', 'SGD', 'THB',
  'TRY', 'TWD', 'UAH', 'USD', 'VEF', 'ZAR',
]; // prettier-ignore

/** A moment as MultiSafepay writes it: `2025-05-14T08:48:10` (no milliseconds, no zone). */
export function multisafepayTime(date: Date = new Date()): string {
  return date.toISOString().slice(0, 19);
}

const CUSTOMER_FIELDS = [
  'address1', 'address2', 'city', 'cocnumber', 'company_name', 'country', 'country_name', 'email', 'first_name',
  'house_number', 'last_name', 'locale', 'phone1', 'phone2', 'state', 'zip_code',
]; // prettier-ignore

/** The `customer` object as MultiSafepay gives it back: every documented field, null where not given. */
function customerData(customer: Record<string, unknown>) {
  return Object.fromEntries(
    CUSTOMER_FIELDS.map((field) => {
      const value = customer[field];
      return [field, typeof value === 'string' ? value : null];
    }),
  );
}

/** The order object of `GET /orders/{id}` and of notification bodies. */
export function orderDetails(order: FakeOrder, gatewayName: string) {
  const externalId = String(order.transaction_id).split('').reverse().join('');
  return {
    amount: order.amount,
    amount_refunded: 0,
    ...(order.completed ? { completed: order.completed } : {}),
    costs: [
      {
        amount: 0.29,
        description: `0.29 For ${gatewayName} Transactions`,
        transaction_id: order.transaction_id + 1,
        type: 'SYSTEM',
      },
    ],
    created: order.created,
    currency: order.currency,
    custom_info: { custom_1: null, custom_2: null, custom_3: null },
    customer: customerData(order.customer),
    description: order.description,
    fastcheckout: 'NO',
    financial_status: order.status,
    items: null,
    modified: order.modified,
    order_id: order.order_id,
    payment_details: {
      account_holder_name: null,
      account_id: null,
      external_transaction_id: externalId,
      recurring_flow: null,
      recurring_id: null,
      recurring_model: null,
      type: order.gateway,
    },
    payment_methods: [
      {
        amount: order.amount,
        currency: order.currency,
        description: order.description,
        external_transaction_id: externalId,
        payment_description: gatewayName,
        status: order.status,
        type: order.gateway,
      },
    ],
    reason: order.status === 'completed' ? 'SUCCESS' : null,
    reason_code: null,
    related_transactions: null,
    status: order.status,
    transaction_id: order.transaction_id,
    var1: order.var1,
    var2: order.var2,
    var3: order.var3,
  };
}

/** An item of `GET /gateways`. */
export function gatewayItem(gateway: FakeGateway) {
  return { id: gateway.id, description: gateway.name };
}

/** An item of `GET /payment-methods`; its icons are the fake's own placeholders, served at `origin`. */
export function paymentMethodItem(gateway: FakeGateway, origin: string) {
  return {
    additional_data: {},
    allowed_amount: { max: null, min: 0 },
    allowed_countries: gateway.countries,
    allowed_currencies: gateway.currencies,
    apps: { fastcheckout: { is_enabled: false }, payment_components: { has_fields: false, is_enabled: true } },
    brands: [],
    icon_urls: iconUrls(gateway.id, origin),
    id: gateway.id,
    name: gateway.name,
    preferred_countries: gateway.countries,
    required_customer_data: [],
    shopping_cart_required: needsShoppingCart(gateway.id),
    tokenization: { is_enabled: false, models: null },
    type: 'payment-method',
  };
}
