import { isRecord } from './guards.js';

/**
 * The gateways whose orders MultiSafepay takes only with a `shopping_cart`: the buy-now-pay-later methods, which
 * assess the cart's lines before they lend. Sources, MultiSafepay/docs at 9e11aa0a: every BNPL method's own page
 * ("A `shopping_cart` object is required for all BNPL orders": content/payment-methods/klarna.md:102, in3.md:83,
 * riverty.md:75, billink.md:74, pay-after-delivery.md:113, pay-after-delivery-installments.md:85,
 * betaalpermaand.md:89); the BNPL order schema, whose `required` list names `shopping_cart` for every id of
 * GatewayIdentifiersBNPL.yaml (openapi/components/schemas/orders/BNPL.yaml:82-90); and MultiSafepay's PHP SDK, which
 * refuses to send these without one (MultiSafepay/php-sdk@c4673135 src/Api/Transactions/Gateways.php:15-30,
 * SHOPPING_CART_REQUIRED_GATEWAYS: this list, which also keeps retired and pilot ids such as PAYAFTER and IN3B2B).
 * E-Invoicing's own page calls the cart optional (content/payment-methods/e-invoicing.md:412), against
 * ShoppingCartBNPL.yaml:4, BNPL.yaml and the SDK: it is kept, because an order with its cart is taken under every
 * reading and one without it is not.
 */
export const SHOPPING_CART_GATEWAYS: readonly string[] = [
  'AFTERPAY',
  'BILLINK',
  'BNPL_INST',
  'BNPL_INSTM',
  'BNPL_MF',
  'BNPL_OB',
  'EINVOICE',
  'IN3',
  'IN3B2B',
  'KLARNA',
  'PAYAFTER',
  'SANTANDER',
  'ZINIA',
  'ZINIA_IN3',
];

/** Whether MultiSafepay takes an order for this gateway only with a `shopping_cart` (ids in any case). */
export function needsShoppingCart(gateway: unknown): boolean {
  return typeof gateway === 'string' && SHOPPING_CART_GATEWAYS.includes(gateway.toUpperCase());
}

/**
 * Whether `cart` is a shopping cart in MultiSafepay's sense: an object with at least one line in `items`
 * (openapi/components/schemas/ShoppingCart.yaml). An empty cart tells a lender nothing, so it counts as none.
 */
export function hasShoppingCartItems(cart: unknown): boolean {
  return isRecord(cart) && Array.isArray(cart['items']) && cart['items'].length > 0;
}
