import type { CheckoutError } from './errors.js';
import type { OrderRequest } from '../shared/order.js';

// Every event bubbles and is composed: it leaves the element's shadow root and reaches the page's listeners.

export interface MspSelectDetail {
  /** The chosen gateway id, e.g. `DOTPAY`. */
  gateway: string;
  /** Its display name, e.g. `Dotpay`. */
  name: string;
}

/** The shopper chose a payment method. */
export class MspSelectEvent extends CustomEvent<MspSelectDetail> {
  constructor(detail: MspSelectDetail) {
    super('msp-select', { bubbles: true, composed: true, detail });
  }
}

/**
 * The order is about to be sent to the endpoint; `detail` is the request body. Cancel it with
 * `preventDefault()` to stop the request (to validate the page's own form first, for instance).
 */
export class MspSubmitEvent extends CustomEvent<OrderRequest> {
  constructor(detail: OrderRequest) {
    super('msp-submit', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

export interface MspRedirectDetail {
  orderId: string | undefined;
  /** The checked payment URL the window is about to go to. */
  paymentUrl: string;
}

/**
 * The order exists and the window is about to go to MultiSafepay's payment page. Cancel it with
 * `preventDefault()` to navigate yourself (a single-page app's router, a new tab).
 */
export class MspRedirectEvent extends CustomEvent<MspRedirectDetail> {
  constructor(detail: MspRedirectDetail) {
    super('msp-redirect', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

/** Something went wrong; `detail` is the `CheckoutError` with its stable `code`. */
export class MspErrorEvent extends CustomEvent<CheckoutError> {
  constructor(detail: CheckoutError) {
    super('msp-error', { bubbles: true, composed: true, detail });
  }
}

export interface MspStatusDetail {
  /** The order id asked about; `undefined` when the page's `transactionid` was missing or not an order id. */
  orderId: string | undefined;
  /**
   * MultiSafepay's order status as the shop's endpoint reported it (`completed`, `initialized`, `cancelled`, ...), or
   * `unknown` for an order the shop does not know.
   */
  status: string;
  /** `true` when the element will not ask again: the status is final, or it stayed pending past `pending-timeout`. */
  final: boolean;
}

/**
 * `<msp-payment-status>` learnt something new about the order: a first answer, a change of status, or that it stops
 * asking. For the shop's own analytics, or to move on (`final && status === 'completed'`).
 */
export class MspStatusEvent extends CustomEvent<MspStatusDetail> {
  constructor(detail: MspStatusDetail) {
    super('msp-status', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'msp-status': MspStatusEvent;
    'msp-select': MspSelectEvent;
    'msp-submit': MspSubmitEvent;
    'msp-redirect': MspRedirectEvent;
    'msp-error': MspErrorEvent;
  }
}
