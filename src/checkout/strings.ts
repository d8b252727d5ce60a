// The checkout's texts: their keys (`CheckoutStrings`), overrides, and the shopper's sentence for an error.
import type { CheckoutError } from '../internal/errors.js';

/** Every text the element shows. Override some or all through the `strings` property. */
export interface CheckoutStrings {
  legend: string;
  /** Describes the choice under its legend: what happens after Pay. */
  redirectNotice: string;
  /** The Pay button with an amount; `{amount}` is replaced by the formatted amount (`€10.00`). */
  payAmount: string;
  /** The Pay button without an amount. */
  pay: string;
  processing: string;
  redirecting: string;
  noGateways: string;
  loadingGateways: string;
  /** Starts the message when the gateway list could not be loaded. */
  gatewaysFailed: string;
  /** Follows `gatewaysFailed` when the list failed for a reason other than the connection or the time it took. */
  errorGatewayList: string;
  /** Said (not shown) when the gateway list arrives; `{count}` is how many methods it offers. */
  gatewaysLoaded: string;
  /** Said (not shown) when a new list no longer offers the method the shopper had chosen. */
  selectionDropped: string;
  retry: string;
  /** The button that shows the rest of a long list; `{count}` is how many more. */
  moreGateways: string;
  errorNoGatewaySelected: string;
  errorConfig: string;
  errorNetwork: string;
  errorTimeout: string;
  errorHttp: string;
  errorUnexpectedResponse: string;
  errorPaymentUrl: string;
  /** The page embeds the checkout in a frame that may not send the shopper's window to the payment page. */
  errorNavigationBlocked: string;
  errorMspGeneric: string;
  errorMspAmount: string;
  errorMspCurrency: string;
  errorMspOrderId: string;
  /** The order's payment was started before (another window, another server) and its page is not known any more. */
  errorMspPaymentStarted: string;
  errorMspDescription: string;
  errorMspCountry: string;
  errorMspShopUnavailable: string;
  errorMspGatewayUnavailable: string;
  errorMspDeclined: string;
  /** Introduces the answer's `error_info` (MultiSafepay's, or the merchant backend's own) under the shopper's message. */
  mspDetail: string;
  /**
   * Names of payment methods in this language, by gateway id, where they differ from MultiSafepay's English name
   * (`{ BANKTRANS: 'Bankoverschrijving' }`). Brand names (iDEAL, Dotpay) are not translated. A name from the
   * merchant's `gateways` objects or gateway list wins.
   */
  gatewayNames: Readonly<Record<string, string>>;
}

/** Some or all of the texts, as the `strings` property and `registerLocale` take them. */
export type StringsOverride = Partial<CheckoutStrings>;

/**
 * `override` on top of `base`, with `gatewayNames` merged name by name rather than replaced as a whole. Only texts
 * count: a key left `undefined` (as frameworks pass an unset prop) keeps the base text.
 */
export function mergeStrings<T extends StringsOverride>(base: T, override: StringsOverride | undefined): T {
  if (!override) return base;
  const merged: Record<string, unknown> = { ...base, gatewayNames: { ...base.gatewayNames } };
  for (const [key, value] of Object.entries(override)) {
    if (typeof value === 'string') merged[key] = value;
  }
  for (const [id, name] of Object.entries(override.gatewayNames ?? {})) {
    if (typeof name === 'string') (merged['gatewayNames'] as Record<string, string>)[id] = name;
  }
  return merged as T;
}

/** The keys whose value is one text (all but `gatewayNames`). */
export type TextKey = Exclude<keyof CheckoutStrings, 'gatewayNames'>;

/** The texts of the Pay request's errors: English for them comes with that part (pay-texts.ts). */
export type PayTextKey =
  | 'errorHttp'
  | 'errorUnexpectedResponse'
  | 'errorPaymentUrl'
  | 'errorNavigationBlocked'
  | 'errorMspGeneric'
  | 'errorMspAmount'
  | 'errorMspCurrency'
  | 'errorMspOrderId'
  | 'errorMspPaymentStarted'
  | 'errorMspDescription'
  | 'errorMspCountry'
  | 'errorMspShopUnavailable'
  | 'errorMspGatewayUnavailable'
  | 'errorMspDeclined'
  | 'mspDetail';

/** The texts an element holds: every one, except that the Pay request's errors may still be missing in English. */
export type ElementTexts = Omit<CheckoutStrings, PayTextKey> & Partial<Pick<CheckoutStrings, PayTextKey>>;

/**
 * The message a shopper reads for an error the element words itself (the page's configuration, the choice, the
 * connection): chosen by code, never the server's free text. `undefined` for the Pay request's errors, which its part
 * words (`payShopperMessage`).
 */
export function shopperMessage(error: CheckoutError, strings: ElementTexts): string | undefined {
  switch (error.code) {
    case 'missing-endpoint':
    case 'invalid-config':
      // The shopper cannot mend the page: a plain sentence. What is wrong goes to msp-error and the console.
      return strings.errorConfig;
    case 'no-gateway-selected':
      return strings.errorNoGatewaySelected;
    case 'network-error':
      return strings.errorNetwork;
    case 'timeout':
      return strings.errorTimeout;
    default:
      return undefined;
  }
}
