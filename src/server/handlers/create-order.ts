// The create-order handler only wires its steps, each in ./create-order/: what the browser sent (browser-order), the
// order the shop knows (shop-order), the order MultiSafepay gets (upstream-order), one order per order id across
// retries and instances, given again only to the browser that created it (create-once), and the call to MultiSafepay with its answer (post-order). A step that refuses
// gives the answer to send.
import type { HandlerContext } from '../context.js';
import type { FetchHandler } from '../options.js';
import { json } from '../responses.js';
import { browserMark, browserMarkCookie } from '../shopper-proof.js';
import { readBrowserOrder } from './create-order/browser-order.js';
import { createOnce } from './create-order/create-once.js';
import { withShopFields } from './create-order/order-fields.js';
import { resolveShopOrder } from './create-order/shop-order.js';
import { upstreamOrder } from './create-order/upstream-order.js';

/** POST: creates the MultiSafepay order for what `resolveOrder` says the shopper pays, and answers its payment page. */
export function createOrderHandler(context: HandlerContext): FetchHandler {
  const create = createOnce(context);
  return async function createOrder(request) {
    const body = await readBrowserOrder(context, request);
    if (body instanceof Response) return body;
    const shopOrder = await resolveShopOrder(context, body, request);
    if (shopOrder instanceof Response) return shopOrder;
    const upstream = withShopFields(upstreamOrder(context, body, shopOrder), shopOrder.resolved);
    if (upstream instanceof Response) return upstream;
    // The browser's mark: only the browser that created an order is given its payment page again.
    const mark = browserMark(request);
    const result = await create(shopOrder.order.order_id, upstream, mark.owner);
    return json(result.status, result.body, mark.isNew ? { 'Set-Cookie': browserMarkCookie(mark, request) } : {});
  };
}
