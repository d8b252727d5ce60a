import type { CheckoutError } from './errors.js';
import type { OrderRequest } from './order.js';

const BUBBLES_COMPOSED = { bubbles: true, composed: true } as const;

export interface MspSelectDetail {
  /** The chosen gateway id, e.g. `DOTPAY`. */
  gateway: string;
  /** Its display name, e.g. `Dotpay`. */
  name: string;
}

/** The shopper chose a payment method. */
export class MspSelectEvent extends CustomEvent<MspSelectDetail> {
  constructor(detail: MspSelectDetail) {
    super('msp-select', { ...BUBBLES_COMPOSED, detail });
  }
}

/**
 * The order is about to be sent to the endpoint; `detail` is the request body. Cancel it with
 * `preventDefault()` to stop the request (to validate the page's own form first, for instance).
 */
export class MspSubmitEvent extends CustomEvent<OrderRequest> {
  constructor(detail: OrderRequest) {
    super('msp-submit', { ...BUBBLES_COMPOSED, cancelable: true, detail });
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
    super('msp-redirect', { ...BUBBLES_COMPOSED, cancelable: true, detail });
  }
}

/** Something went wrong; `detail` is the `CheckoutError` with its stable `code`. */
export class MspErrorEvent extends CustomEvent<CheckoutError> {
  constructor(detail: CheckoutError) {
    super('msp-error', { ...BUBBLES_COMPOSED, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'msp-select': MspSelectEvent;
    'msp-submit': MspSubmitEvent;
    'msp-redirect': MspRedirectEvent;
    'msp-error': MspErrorEvent;
  }
}
