import type { ReactiveController, ReactiveElement } from 'lit';
import { asCheckoutError, CheckoutError, isCheckoutError } from '../internal/errors.js';
import { MspRedirectEvent, MspSubmitEvent } from '../internal/events.js';
import { reportError } from '../internal/integrator-console.js';
import { loadWithin } from '../internal/load-within.js';
import { loadPayRequest, type PayRequestCode } from './on-demand.js';
import type { Payment } from './pay-request.js';

/** Where a payment stands: ready for Pay, waiting for the shop's answer, or leaving for the payment page. */
export type PayPhase = 'idle' | 'busy' | 'redirecting';

/**
 * What happens after Pay: one request per intent, the busy state, the order POSTed to the merchant's endpoint, the
 * redirect to the checked payment page, and its errors, which the next Pay retries. `msp-submit` and `msp-redirect`
 * come before their side effects and may cancel them; a failure is `msp-error` (and the console on a development
 * host). The host renders `phase` and `error`, and wires its form to `submit`, `repeat` and `hold`.
 */
export class PayController implements ReactiveController {
  phase: PayPhase = 'idle';
  /** What the last Pay ran into (no choice, the request, the redirect), until the next one or a choice. */
  error?: CheckoutError;
  /** Counts failures, so that a repeated error can be rendered anew and is announced again. */
  failures = 0;
  /** The Pay request's part, once loaded: it words the errors of the Pay request. */
  part?: PayRequestCode;

  readonly #host: ReactiveElement;
  /** What to pay, or why not (the configuration, no choice). */
  readonly #payment: () => Payment | CheckoutError;
  /** A Pay failed: the host moves focus where the shopper can act. */
  readonly #failed: (error: CheckoutError) => void;
  #abort?: AbortController;
  #watchdog?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveElement, payment: () => Payment | CheckoutError, failed: (error: CheckoutError) => void) {
    this.#host = host;
    this.#payment = payment;
    this.#failed = failed;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pageshow', this.#onPageShow);
    // Moved in the page (a framework's keyed reorder, a teleport) while paying: disconnecting aborted the request,
    // so give back a Pay button rather than staying busy.
    if (this.#host.hasUpdated && this.phase === 'busy') this.#set('idle');
  }

  hostUpdated(): void {
    // The Pay path loads once the choice is on screen (after the first update: Lit sets `hasUpdated` after this
    // call), not with it, and before the shopper presses Pay. A failure here is Pay's to report: it loads the path
    // again.
    if (!this.#host.hasUpdated) loadPayRequest().catch(() => undefined);
  }

  hostDisconnected(): void {
    window.removeEventListener('pageshow', this.#onPageShow);
    this.#abort?.abort();
    clearTimeout(this.#watchdog);
  }

  /**
   * Pays: checks what to pay, fires `msp-submit`, POSTs the order and redirects. Resolves when the attempt has ended
   * (redirecting, failed or cancelled); calls made meanwhile do nothing.
   */
  async pay(): Promise<void> {
    if (this.phase !== 'idle') return;
    const payment = this.#payment();
    if (payment instanceof CheckoutError) {
      this.#fail(payment);
      return;
    }
    this.#set('idle');
    if (!this.#host.dispatchEvent(new MspSubmitEvent(payment.order))) return;

    this.#set('busy');
    const { timeout } = payment;
    const abort = (this.#abort = new AbortController());
    try {
      const part = (this.part = await loadWithin(loadPayRequest, timeout));
      if (abort.signal.aborted) return; // removed from the page
      const page = await part.requestPaymentPage(payment, abort.signal);
      if (!this.#host.dispatchEvent(new MspRedirectEvent(page))) {
        this.#set('idle');
        return;
      }
      this.#set('redirecting');
      // In a frame that may not navigate the top window this throws navigation-blocked, reported below.
      part.navigateToPaymentPage(page.paymentUrl);
      // A navigation that never replaces the page (the payment URL answers 204 or a download, the shopper presses
      // Esc) must not leave "Redirecting…" for good: still here and shown after `timeout`, give the form back.
      clearTimeout(this.#watchdog);
      this.#watchdog = setTimeout(() => {
        if (this.phase === 'redirecting' && this.#host.ownerDocument.visibilityState === 'visible') this.#set('idle');
      }, timeout);
    } catch (error) {
      if (abort.signal.aborted && !isCheckoutError(error)) return; // removed from the page
      this.#fail(asCheckoutError(error));
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  /** The shopper chose a method: a missing choice is no longer the error. */
  chose(): void {
    if (this.error?.code === 'no-gateway-selected') this.#set('idle');
  }

  /** The form's submit (the Pay button, Enter): a Pay. */
  submit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.pay();
  };

  /**
   * The form is not inert while busy, so focus stays on Pay: a held-down Enter (key repeat) and the further clicks of
   * a double or triple click are the same intent as their first press, not a new payment once the first one ends.
   */
  repeat = (event: KeyboardEvent | MouseEvent): void => {
    if ('repeat' in event ? event.repeat && event.key === 'Enter' : event.detail > 1) event.preventDefault();
  };

  /** While busy the choice stays as it was sent: a click or arrow key does not check another method. */
  hold = (event: Event): void => {
    if (this.phase !== 'idle') event.preventDefault();
  };

  #fail(error: CheckoutError) {
    this.failures += 1;
    this.#set('idle', error);
    reportError(this.#host, error);
    this.#failed(error);
  }

  /** A phase change comes with no error (there is none while a Pay is under way), or with the one that ended it. */
  #set(phase: PayPhase, error?: CheckoutError) {
    this.phase = phase;
    this.error = error;
    this.#host.requestUpdate();
  }

  #onPageShow = (event: PageTransitionEvent) => {
    // Back from the payment page through the back-forward cache: the page is restored as it was left,
    // mid-redirect. Give the shopper a working form again.
    if (event.persisted && this.phase !== 'idle') this.#set('idle');
  };
}
