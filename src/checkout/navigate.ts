import { DEV_MODE } from '../internal/dev-mode.js';
import { CheckoutError } from '../internal/errors.js';

/**
 * Sends the shopper's browser to the (checked) payment page. The page always opens in the top-level window, never
 * inside a frame: a payment page squeezed into a shop's iframe hides its address bar from the shopper and breaks
 * bank apps and 3-D Secure. Inside a frame that may not navigate the top window (a sandbox without
 * `allow-top-navigation-by-user-activation`, or the shopper's click too long ago), the browser refuses and this
 * throws a `navigation-blocked` CheckoutError telling the integrator what to allow. It never falls back to the frame.
 */
export function navigateToPaymentPage(url: string, view: Window = window): void {
  const top = view.top;
  if (top === null || top === view) {
    view.location.assign(url);
    return;
  }
  try {
    // `href` is the one Location member a frame may set on a cross-origin top window (`assign` is not).
    top.location.href = url;
  } catch (cause) {
    throw new CheckoutError('navigation-blocked', FRAME_ADVICE, { cause });
  }
}

const FRAME_ADVICE = DEV_MODE
  ? 'This frame may not open the payment page in the top window. Give the iframe ' +
    'sandbox="allow-top-navigation-by-user-activation" (or no sandbox) and call submit() only from a click, ' +
    'or cancel msp-redirect and open event.detail.paymentUrl yourself.'
  : 'This frame may not open the payment page in the top window: sandbox="allow-top-navigation-by-user-activation".';
