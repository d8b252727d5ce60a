import { isRecord } from '../../shared/guards.js';
import { isCurrencyCode, isMinorAmount } from '../../shared/money.js';
import type { HandlerContext } from '../context.js';
import { customerLocale, isCountry } from '../customer-locale.js';
import type { ApiResult } from '../multisafepay-client.js';
import type { FetchHandler } from '../options.js';
import { failure, json } from '../responses.js';

/**
 * Most lists kept, one per currency, country and locale asked: a shop's shoppers ask for a few dozen, and a list of
 * MultiSafepay's is some tens of KB, so a flood of made-up combinations holds a few MB at most.
 */
export const GATEWAY_LISTS_KEPT = 200;

interface CachedList {
  expires: number;
  methods: unknown[];
}

/**
 * GET: the payment methods MultiSafepay offers for `?currency=&country=&locale=`, and for `&amount=` those whose
 * `allowed_amount` admits it. The list is fetched once per currency, country and locale (concurrent requests share
 * the call) and cached for `gatewaysCacheMs`; the amount only filters it, so that no amount costs a call of its own.
 */
export function listGatewaysHandler(context: HandlerContext): FetchHandler {
  const { callApi, gatewaysCacheMs, allowedGateways } = context;
  // A Map keeps insertion order; a write deletes first, so the first key is the least recently fetched.
  const cache = new Map<string, CachedList>();
  const inFlight = new Map<string, Promise<ApiResult>>();

  /** MultiSafepay's list for `key`: one call for any number of requests asking at once. */
  const fetchList = (key: string) => {
    let call = inFlight.get(key);
    if (!call) {
      call = callApi('GET', `/payment-methods${key ? `?${key}` : ''}`);
      inFlight.set(key, call);
      const settled = () => inFlight.delete(key);
      call.then(settled, settled);
    }
    return call;
  };

  return async function listGateways(request) {
    if (request.method !== 'GET') return failure(405, 'Use GET', { Allow: 'GET' });
    const url = new URL(request.url);
    const query = new URLSearchParams();
    const currency = url.searchParams.get('currency');
    const amount = url.searchParams.get('amount');
    const country = url.searchParams.get('country');
    const locale = url.searchParams.get('locale');
    if (currency) {
      if (!isCurrencyCode(currency)) return failure(400, 'currency must be an ISO 4217 code');
      query.set('currency', currency);
    }
    if (amount && (!/^\d{1,15}$/.test(amount) || !isMinorAmount(Number(amount)))) {
      return failure(400, 'invalid amount');
    }
    if (country) {
      // A country that exists: every made-up pair of letters would otherwise be a list, and a call, of its own.
      if (!/^[A-Za-z]{2}$/.test(country) || !isCountry(country.toUpperCase())) {
        return failure(400, 'country must be the ISO 3166 alpha-2 code of a country');
      }
      query.set('country', country.toUpperCase());
    }
    if (locale) {
      // The same rule as customer.locale (../customer-locale.ts): en-us is sent as en_US; a language without a
      // two-letter code (fil_PH, yue_HK, haw_US) is not passed on: the list does not depend on the language (the
      // element names the methods itself), so those shoppers get MultiSafepay's list for the other filters.
      const checked = customerLocale(locale);
      if (checked.problem !== undefined) return failure(400, checked.problem.replace('customer.locale', 'locale'));
      if (!checked.fallback) query.set('locale', checked.locale);
    }
    query.sort();
    const key = query.toString();
    const now = Date.now();
    let list = cache.get(key);
    const hit = list !== undefined && list.expires > now;
    if (!hit) {
      const result = await fetchList(key);
      if (result.status !== 200) return json(result.status, result.body);
      list = {
        expires: Date.now() + gatewaysCacheMs,
        methods: Array.isArray(result.body['data']) ? result.body['data'] : [],
      };
      cache.delete(key);
      cache.set(key, list);
      while (cache.size > GATEWAY_LISTS_KEPT) cache.delete(cache.keys().next().value as string);
    }
    const minor = amount ? Number(amount) : undefined;
    const data = list!.methods.filter((method) => admits(method, minor) && offered(method, allowedGateways));
    return json(200, { success: true, data }, { 'X-Cache': hit ? 'hit' : 'miss' });
  };
}

/**
 * Whether a method's `allowed_amount` (`{"min","max"}` in minor units, `max: null` for no upper bound; MultiSafepay/docs
 * openapi/components/schemas/PaymentMethod.yaml) admits `amount`, bounds inclusive. A method without bounds, or
 * without an amount to check, is kept.
 */
function admits(method: unknown, amount: number | undefined): boolean {
  if (amount === undefined || !isRecord(method) || !isRecord(method['allowed_amount'])) return true;
  const { min, max } = method['allowed_amount'];
  return (typeof min !== 'number' || amount >= min) && (typeof max !== 'number' || amount <= max);
}

/** Whether a method is one of the shop's `allowedGateways` (all are, without the option). */
function offered(method: unknown, allowedGateways: ReadonlySet<string> | undefined): boolean {
  if (allowedGateways === undefined) return true;
  return isRecord(method) && typeof method['id'] === 'string' && allowedGateways.has(method['id']);
}
