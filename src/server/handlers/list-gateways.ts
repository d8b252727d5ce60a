import { isCurrencyCode, isMinorAmount } from '../../shared/money.js';
import { remember } from '../bounded-memory.js';
import type { HandlerContext } from '../context.js';
import { customerLocale } from '../customer-locale.js';
import type { FetchHandler } from '../options.js';
import { failure, json } from '../responses.js';

/** GET: the payment methods MultiSafepay offers for the filters in the query, cached per filter set. */
export function listGatewaysHandler(context: HandlerContext): FetchHandler {
  const { callApi, gatewaysCacheMs } = context;
  const cache = new Map<string, { expires: number; body: unknown }>();

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
    if (amount) {
      if (!/^\d{1,15}$/.test(amount) || !isMinorAmount(Number(amount))) return failure(400, 'invalid amount');
      query.set('amount', amount);
    }
    if (country) {
      if (!/^[A-Za-z]{2}$/.test(country)) return failure(400, 'country must be an ISO 3166 alpha-2 code');
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
    const cached = cache.get(key);
    if (cached && cached.expires > Date.now()) return json(200, cached.body, { 'X-Cache': 'hit' });
    const result = await callApi('GET', `/payment-methods${key ? `?${key}` : ''}`);
    if (result.status !== 200) return json(result.status, result.body);
    const data = Array.isArray(result.body['data']) ? result.body['data'] : [];
    const answer = { success: true, data };
    remember(cache, key, { expires: Date.now() + gatewaysCacheMs, body: answer });
    return json(200, answer, { 'X-Cache': 'miss' });
  };
}
