// What the browser sent to create an order. Refused before any work: what a page on another site could send (403, as
// the contract says), a body that cannot be read as a JSON object, and one the element could never have sent.
import { isRecord } from '../../../shared/guards.js';
import { orderFieldProblems } from '../../../shared/order.js';
import type { HandlerContext } from '../../context.js';
import { BodyError, crossSiteProblem, readText } from '../../request-guards.js';
import { failure } from '../../responses.js';

/** The browser's body: a JSON object whose own order fields pass the element's rules. */
export type BrowserOrder = Record<string, unknown>;

/** `"1000"` as 1000 (MultiSafepay's example requests write the amount so); anything else as it is. */
const digitsAsNumber = (value: unknown) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

/** The browser's body, read and checked, or the refusal to answer instead. */
export async function readBrowserOrder(context: HandlerContext, request: Request): Promise<BrowserOrder | Response> {
  const crossSite = crossSiteRefusal(request, context.options.allowedOrigins);
  if (crossSite) return crossSite;
  const body = await readJsonObject(request, context.maxBodyBytes);
  if (body instanceof Response) return body;
  return typeRefusal(body) ?? elementRulesRefusal(body) ?? gatewayRefusal(body, context.allowedGateways) ?? body;
}

/** The element's own fields, and what type each has when it sends them. */
const FIELD_TYPES: Readonly<Record<string, string>> = {
  type: 'a string',
  gateway: 'a string',
  order_id: 'a string',
  currency: 'a string',
  description: 'a string',
  amount: 'a number',
};

/**
 * The 400 for an element field of another type than the element sends (an object where a string belongs): refused
 * here, before any rule reads it, so that no value built to break a rule's reading (`{"toString":"x"}`) gets further.
 */
function typeRefusal(body: BrowserOrder): Response | undefined {
  const problems = Object.entries(FIELD_TYPES)
    .filter(([field, type]) => {
      const value = body[field];
      if (value === undefined) return false;
      // The amount may be written as digits (MultiSafepay's example requests do): a string is checked by its rule.
      if (field === 'amount') return typeof value !== 'number' && typeof value !== 'string';
      return typeof value !== 'string' && type === 'a string';
    })
    .map(([field, type]) => `${field} must be ${type}`);
  if (body['customer'] !== undefined && !isRecord(body['customer'])) {
    problems.push('customer must be an object such as {"locale":"en_US"}');
  }
  return problems.length > 0 ? failure(400, problems.join('; ')) : undefined;
}

/** The 400 for a gateway this shop does not accept (`allowedGateways`), before the order is looked up. */
function gatewayRefusal(body: BrowserOrder, allowed: ReadonlySet<string> | undefined): Response | undefined {
  if (allowed === undefined || allowed.has(body['gateway'] as string)) return undefined;
  return failure(400, `gateway ${JSON.stringify(body['gateway'])} is not accepted by this shop`);
}

/** The 403 for anything a page on another site could send: another method, a form's content type, another origin. */
function crossSiteRefusal(request: Request, allowedOrigins: readonly string[] | undefined): Response | undefined {
  if (request.method !== 'POST') return failure(403, 'Use POST', { Allow: 'POST' });
  const contentType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== 'application/json') return failure(403, 'The body must be application/json');
  const problem = crossSiteProblem(request, allowedOrigins);
  return problem ? failure(403, problem) : undefined;
}

/** The body as a JSON object; a body too large (413) or too slow (408), not JSON or not an object (400) is refused. */
async function readJsonObject(request: Request, limit: number): Promise<BrowserOrder | Response> {
  let body: unknown;
  try {
    body = JSON.parse(await readText(request, limit));
  } catch (error) {
    if (error instanceof BodyError) return failure(error.status, error.message);
    return failure(400, 'The body is not valid JSON');
  }
  if (!isRecord(body)) return failure(400, 'The body must be a JSON object');
  return body;
}

/**
 * The 400 for a body the element could never have sent. The browser's fields are checked with the element's own rules
 * (src/shared/order.ts), although amount, currency and description then come from resolveOrder. The amount may be
 * written as digits, as MultiSafepay's own example requests do ("amount": "1000" in its "Create Dotpay order" /
 * "Create Alipay order" pages, the project's reference create-order-dotpay.md).
 */
function elementRulesRefusal(body: BrowserOrder): Response | undefined {
  if (body['type'] !== undefined && body['type'] !== 'redirect') return failure(400, 'type must be "redirect"');
  const problems = orderFieldProblems(
    {
      gateway: body['gateway'],
      order_id: body['order_id'],
      amount: digitsAsNumber(body['amount']),
      currency: body['currency'],
      description: body['description'],
    },
    // Without a gateway, MultiSafepay's payment page lists the methods (its orders/PaymentPage.yaml: "If unset").
    { partial: body['gateway'] === undefined },
  );
  return problems.length > 0 ? failure(400, problems.join('; ')) : undefined;
}
