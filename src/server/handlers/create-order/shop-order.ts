// The order the shopper pays, as the shop's server knows it: resolveOrder looks it up (in the shop's session or
// database) and the browser's amount, currency and description are never used. An order resolveOrder does not know
// is a 404; one it fails to look up, or gives in a form MultiSafepay would refuse, is the shop's 500, logged.
import { isCurrencyCode, isMinorAmount } from '../../../shared/money.js';
import { orderFieldProblems } from '../../../shared/order.js';
import type { HandlerContext } from '../../context.js';
import type { ResolvedOrder } from '../../options.js';
import { failure } from '../../responses.js';
import type { BrowserOrder } from './browser-order.js';

/** The order's own fields, as MultiSafepay gets them. */
export interface ShopOrder {
  order_id: string;
  currency: string;
  amount: number;
  description: string;
}

/** What resolveOrder answered (with any fields of the shop's own, for paymentOptions) and the order checked in it. */
export interface ResolvedShopOrder {
  resolved: ResolvedOrder;
  order: ShopOrder;
}

/** The shop's order for the browser's body, or the refusal to answer instead. */
export async function resolveShopOrder(
  context: HandlerContext,
  body: BrowserOrder,
  request: Request,
): Promise<ResolvedShopOrder | Response> {
  const { options, logger } = context;
  let resolved: ResolvedOrder | null | undefined;
  try {
    resolved = await options.resolveOrder({ body, request });
  } catch (error) {
    logger.warn(`msp-checkout/server: resolveOrder failed: ${error instanceof Error ? error.message : error}`);
    return failure(500, 'The order could not be looked up');
  }
  if (!resolved) return failure(404, 'Unknown order');
  const order = {
    order_id: resolved.order_id ?? body['order_id'],
    currency: resolved.currency,
    amount: resolved.amount,
    description: resolved.description,
  };
  const problems = shopOrderProblems(order, body['gateway']);
  if (problems.length > 0) {
    logger.warn(`msp-checkout/server: resolveOrder returned an invalid order: ${problems.join('; ')}`);
    return failure(500, 'The order could not be looked up');
  }
  return { resolved, order: order as ShopOrder };
}

/** What is wrong with the order resolveOrder gave, by the element's rules and MultiSafepay's required fields. */
function shopOrderProblems(order: Record<keyof ShopOrder, unknown>, gateway: unknown): string[] {
  const problems = orderFieldProblems({ ...order, gateway }, { partial: gateway === undefined });
  if (order.order_id === undefined) problems.push('order_id is missing');
  if (!isMinorAmount(order.amount)) problems.push('amount is missing');
  if (!isCurrencyCode(order.currency)) problems.push('currency is missing');
  if (typeof order.description !== 'string' || order.description === '') problems.push('description is missing');
  return problems;
}
