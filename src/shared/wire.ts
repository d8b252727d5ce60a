/**
 * The wire between the elements and the shop's backend, written once for both sides: the header that marks the
 * elements' requests, and the failure envelope (MultiSafepay's own shape, which the backend passes through) with the
 * mark of the backend's own refusals.
 */

/**
 * The custom header every request of the elements carries, with the value `1`. A cross-site form or `no-cors` request
 * cannot set it, so a backend that requires it refuses requests forged by other sites (docs/backend-contract.md).
 */
export const CHECKOUT_HEADER = 'X-MSP-Checkout';

/**
 * The `error_source` of the backend's own refusals (cross-site checks, an unknown order, an invalid body): the
 * element reports them as the shop's, not as MultiSafepay's.
 */
export const SHOP_SOURCE = 'shop';

/** MultiSafepay's failure shape, which the element reads: `{ success: false, data: {}, error_code, error_info }`. */
export type FailureBody = {
  success: false;
  data: Record<string, never>;
  error_code: number;
  error_info: string;
  error_source?: typeof SHOP_SOURCE;
};

/** MultiSafepay's failure shape; `shop` marks a refusal of the backend itself. */
export function failureBody(code: number, info: string, { shop = false } = {}): FailureBody {
  return {
    success: false,
    data: {},
    error_code: code,
    error_info: info,
    ...(shop ? { error_source: SHOP_SOURCE } : {}),
  };
}
