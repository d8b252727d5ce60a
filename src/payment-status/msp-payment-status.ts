import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { CheckoutError } from '../internal/errors.js';
import { MspErrorEvent, MspStatusEvent } from '../internal/events.js';
import { isDevelopmentHost } from '../internal/integrator-console.js';
import { DEFAULT_TIMEOUT_MS, timerMs } from '../internal/network.js';
import { TextsController } from '../internal/texts-controller.js';
import { theme } from '../internal/theme.styles.js';
import { isOrderId } from '../shared/order.js';
import { styles } from './msp-payment-status.styles.js';
import { fetchStatus } from './status-request.js';
import {
  DEFAULT_PENDING_TIMEOUT_MS,
  nextDelay,
  outcomeOf,
  UNKNOWN_ORDER,
  type StatusOutcome,
} from './status-response.js';
import { isConfigError, statusErrorMessage, type StatusStrings, type StatusStringsOverride } from './strings.js';
import { statusTexts } from './translations.js';

/**
 * The shopper's way back from the payment page (`redirect_url` and `cancel_url`): asks the merchant's server for the
 * order's status and says, in the shopper's language, what happened. Arriving back proves nothing, so while
 * MultiSafepay has not confirmed the payment the element keeps asking (1 s, then less and less often, paused while
 * the page is hidden or offline) and after `pending-timeout` says plainly that the shop will confirm by e-mail.
 *
 * @summary The return page: "paid", "pending", "cancelled"... for the order in `?transactionid=`.
 *
 * @fires {MspStatusEvent} msp-status - The status is known or changed, or the element stopped asking. `detail`: `{ orderId, status, final }`.
 * @fires {MspErrorEvent} msp-error - The status could not be asked. `detail`: a `CheckoutError` with a stable `code`.
 *
 * @slot completed - Shown when the payment is in, e.g. a "Continue shopping" link.
 * @slot pending - Shown while the payment is pending, and after the element stopped asking.
 * @slot cancelled - Shown when the shopper cancelled, e.g. a link back to the checkout.
 * @slot declined - Shown when the payment was declined, e.g. a link back to the checkout.
 * @slot expired - Shown when the payment expired.
 * @slot void - Shown when the payment was voided.
 * @slot refunded - Shown when the payment was refunded.
 * @slot chargeback - Shown after a chargeback.
 * @slot unknown - Shown when the shop does not know the order (or the page has no valid `transactionid`).
 * @slot error - Shown when the status could not be asked, under the error and the retry button.
 *
 * @csspart status - The sentence that says what happened, a heading (level from `heading-level`).
 * @csspart spinner - The busy indicator while the element asks or waits for a pending payment.
 * @csspart error - The alert region that shows why the status could not be asked.
 * @csspart error-detail - The integrator-facing detail under an error message (`error_info`, or what is wrong with the page's set-up), in English, marked `lang="en"`.
 * @csspart retry - The button that asks again, after an error or after the element stopped asking.
 *
 * @cssprop --msp-checkout-accent - Colour of the retry button and the busy indicator.
 * @cssprop --msp-checkout-text - Text colour.
 * @cssprop --msp-checkout-muted - Colour of secondary text.
 * @cssprop --msp-checkout-border - Colour of the busy indicator's track.
 * @cssprop --msp-checkout-error - Colour of error messages.
 * @cssprop --msp-checkout-success - Colour of the sentence when the payment is in (default: the text colour).
 * @cssprop --msp-checkout-radius - Corner radius.
 * @cssprop --msp-checkout-spacing - Base spacing.
 * @cssprop --msp-checkout-font - Font shorthand.
 * @cssprop --msp-checkout-focus-ring - Colour of the focus indicator.
 * @cssprop --msp-checkout-background - Background the element draws behind itself when `theme` is set (default: white or near-black, so that the chosen theme reads on any page).
 */
export class MspPaymentStatus extends LitElement {
  static override styles = [theme, styles];

  /**
   * Adds or extends a language for every `<msp-payment-status>` on the page: `MspPaymentStatus.registerLocale('sv',
   * { completed: 'Tack!', ... })`, or from a script tag `customElements.get('msp-payment-status').registerLocale(...)`.
   * Missing keys fall back to the language, then to English.
   */
  static registerLocale(locale: string, strings: StatusStringsOverride): void {
    statusTexts.set(locale, strings);
  }

  /**
   * URL of the merchant's status endpoint (required), e.g. the reference server's `orderStatus`. The element GETs it
   * with `?transactionid=<order id>` and expects `{"success":true,"data":{"order_id","status"}}`.
   */
  @property() endpoint: string = '';

  /**
   * The order to ask about. Default: the `transactionid` parameter of the page's URL, which MultiSafepay appends to
   * `redirect_url` and `cancel_url`. Checked with the checkout's order-id rule before it is sent: an id that breaks
   * it shows "unknown order" without a request.
   */
  @property({ attribute: 'order-id' }) orderId?: string;

  /** MultiSafepay locale such as `en_US` or `pl_PL`, or a language (`pl`); defaults to the browser's language. */
  @property() locale?: string;

  /**
   * Colour scheme: `light`, `dark`, or `auto` (follow the shopper's system). Without it the element follows the
   * page's own `color-scheme`.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Milliseconds before one status request is abandoned. Default and fallback for invalid values: 30000. */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT_MS;

  /**
   * Milliseconds to keep asking while the payment is pending, counting only time the page is visible and online.
   * After it the element says that the shop will confirm by e-mail, and offers to check again.
   * Default and fallback for invalid values: 120000 (two minutes).
   */
  @property({ type: Number, attribute: 'pending-timeout' }) pendingTimeout: number = DEFAULT_PENDING_TIMEOUT_MS;

  /** Level of the heading that says what happened, 1 to 6, to fit the page's outline. Default: 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = 2;

  /** Overrides for any of the element's texts, on top of its language (docs/languages.md). */
  @property({ attribute: false }) strings?: StatusStringsOverride;

  /** Asks again now, as the retry button does (after an error, or after the element stopped asking). */
  refresh(): Promise<void> {
    return this.#retry();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onPageBack);
    window.addEventListener('online', this.#onPageBack);
    window.addEventListener('offline', this.#onOffline);
    // Moved in the page: disconnecting stopped the asking, so start over (unless the outcome is already final).
    if (this.hasUpdated && !this.#isFinal) void this.#check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onPageBack);
    window.removeEventListener('online', this.#onPageBack);
    window.removeEventListener('offline', this.#onOffline);
    this.#stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('endpoint') && !changed.has('orderId')) return;
    // A new order or endpoint: forget what was known and ask from the start (`#check` stops what is under way).
    this.status = undefined;
    this.error = undefined;
    this.offline = false;
    this.#reported = '';
    this.#waited = this.#delay = 0;
    this.gaveUp = false;
    void this.#check();
  }

  /** The texts in the shopper's language, with the page's `strings` on top. */
  readonly #i18n = new TextsController<StatusStrings>(this, statusTexts);
  /** The status the endpoint answered, or `unknown` for an order the shop does not know. */
  @state() private status?: string;
  /** Why the status could not be asked. */
  @state() private error?: CheckoutError;
  /** Still pending after `pending-timeout`: the element stopped asking. */
  @state() private gaveUp = false;
  /** The device is offline: asking waits for the connection. */
  @state() private offline = false;
  /** Retry was pressed and its question is out: the button stays, busy, so focus stays on it. */
  @state() private retrying = false;
  /** Aborts the question that is out; set only while one is (nothing shows it: the sentence says what is known). */
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  /** The next wait before asking again while pending. */
  #delay = 0;
  /** Milliseconds waited while pending (and visible and online): what `pending-timeout` limits. */
  #waited = 0;
  /** A check is due but the page is hidden or offline: it runs when the page is back. */
  #paused = false;
  /** What the last `msp-status` said, so that one is fired only on a change. */
  #reported = '';

  get #isFinal(): boolean {
    const outcome = this.#outcome;
    return outcome !== undefined && (outcome !== 'pending' || this.gaveUp);
  }

  get #canAsk(): boolean {
    return document.visibilityState !== 'hidden' && navigator.onLine !== false;
  }

  /** The checked order id, from the attribute or the page's `?transactionid=`; `undefined` when there is none. */
  get #orderId(): string | undefined {
    const id = this.orderId ?? new URLSearchParams(location.search).get('transactionid');
    return isOrderId(id) ? id : undefined;
  }

  get #outcome(): StatusOutcome | undefined {
    return this.status === undefined ? undefined : outcomeOf(this.status);
  }

  /** The one sentence that says where things stand. */
  get #sentence(): string {
    const { texts } = this.#i18n;
    const outcome = this.#outcome;
    if (outcome === 'pending' && this.gaveUp) return texts.pendingLimit;
    if (outcome === 'unknown') return texts.unknownOrder;
    if (outcome && outcome !== 'pending') return texts[outcome];
    if (this.offline) return texts.offline;
    if (outcome === 'pending') return texts.pending;
    if (this.error) return texts.unavailable;
    return texts.checking;
  }

  #stop() {
    this.#abort?.abort();
    this.#abort = undefined;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#paused = false;
  }

  async #check(): Promise<void> {
    this.#stop();
    const orderId = this.#orderId;
    if (!this.endpoint?.trim()) {
      this.#fail(
        new CheckoutError('missing-endpoint', 'The endpoint attribute is missing: set it to your status URL.'),
      );
      return;
    }
    if (orderId === undefined) {
      // Nothing was sent: a missing or tampered `transactionid` is an order this shop cannot know.
      this.error = undefined;
      this.#settle(UNKNOWN_ORDER);
      if (DEV_MODE && isDevelopmentHost()) {
        console.warn('<msp-payment-status>: no valid order id (order-id attribute or ?transactionid=) on this page.');
      }
      return;
    }
    // Offline, a request can only fail: wait for the connection. (A hidden page still asks once, so that it is right
    // when the shopper looks; only the asking again while pending waits for the page to be visible.)
    if (navigator.onLine === false) {
      this.offline = this.#paused = true;
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.offline = false;
    this.error = undefined;
    try {
      const status = await fetchStatus(this.endpoint, orderId, {
        timeout: timerMs(this.timeout),
        signal: abort.signal,
      });
      if (abort.signal.aborted) return;
      this.#settle(status);
    } catch (error) {
      if (abort.signal.aborted && !(error instanceof CheckoutError)) return; // replaced, removed or offline
      if (!navigator.onLine) {
        // Not the shop's fault: wait for the connection instead of showing an error.
        this.offline = this.#paused = true;
        return;
      }
      this.#fail(
        error instanceof CheckoutError ? error : new CheckoutError('network-error', String(error), { cause: error }),
      );
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  /** A status arrived: show it, ask again later while it is pending, and tell the page of a change. */
  #settle(status: string) {
    this.status = status;
    if (outcomeOf(status) === 'pending') {
      const left = timerMs(this.pendingTimeout, DEFAULT_PENDING_TIMEOUT_MS) - this.#waited;
      if (left > 0) {
        const wait = Math.min((this.#delay = nextDelay(this.#delay)), left);
        this.#timer = setTimeout(() => {
          this.#timer = undefined;
          if (!this.#canAsk) {
            this.#paused = true;
            this.offline = !navigator.onLine;
            return;
          }
          this.#waited += wait;
          void this.#check();
        }, wait);
      } else {
        this.gaveUp = true;
      }
    }
    // `msp-status` on every change of status or finality, never twice for the same.
    const final = this.#isFinal;
    const key = `${status} ${final}`;
    if (key === this.#reported) return;
    this.#reported = key;
    this.#dispatchSoon(new MspStatusEvent({ orderId: this.#orderId, status, final }));
  }

  #fail(error: CheckoutError) {
    this.error = error;
    this.#dispatchSoon(new MspErrorEvent(error));
    if (isDevelopmentHost()) console.warn(`<msp-payment-status> ${error.code}: ${error.message}`);
  }

  /**
   * An outcome known at once (no order id on the page, no endpoint) is decided while the page is still parsed, before
   * a listener that the page adds in a script after the tag exists: such an event waits until the document is parsed
   * and the page's scripts have run, as the checkout's configuration error does. (Only an outcome known without a
   * request is decided that early, so nothing overtakes it.)
   */
  #dispatchSoon(event: Event) {
    const send = () => this.dispatchEvent(event);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => setTimeout(send));
    else send();
  }

  // The page's and the window's listeners are fields: they are added and removed as the same functions.
  #onPageBack = () => {
    if (this.#paused && this.#canAsk) {
      this.#paused = false;
      void this.#check();
    }
  };

  #onOffline = () => {
    if (this.#abort || this.#timer !== undefined) {
      this.#stop();
      this.offline = this.#paused = true;
    }
  };

  async #retry() {
    if (this.retrying) return;
    // The button stays where it is, marked busy, while the question is out: focus is not dropped to the page
    // (WCAG 2.4.3, as the checkout's Retry).
    this.retrying = true;
    this.#waited = this.#delay = 0;
    this.gaveUp = false;
    await this.#check();
    this.retrying = false;
    await this.updateComplete;
    // Focus stays on the button when it is still there (failed again); when it has gone, the sentence that
    // replaced it is where the shopper reads on.
    const target =
      this.renderRoot.querySelector<HTMLElement>('[part="retry"]') ??
      this.renderRoot.querySelector<HTMLElement>('[part="status"]');
    target?.focus();
  }

  #renderError() {
    const error = this.error;
    // The integrator's detail: the backend's error_info, or what is wrong with the page's set-up. It is English
    // developer text whatever the shopper's language, marked so that a screen reader reads it so (WCAG 3.1.2).
    const detail = error?.errorInfo ?? (error && isConfigError(error) ? error.message : undefined);
    // The alert region is always in the DOM, so that screen readers announce what is put into it.
    return html`<div id="error" part="error" class="error" role="alert">
      ${
        error
          ? html`<p>${statusErrorMessage(error, this.#i18n.texts)}</p>
              ${detail ? html`<p part="error-detail" class="detail" lang="en" dir="ltr">${detail}</p>` : nothing}`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const { lang, dir } = this.#i18n;
    const outcome = this.#outcome;
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6;
    const busy = !this.error && !this.gaveUp && !this.offline && (outcome === undefined || outcome === 'pending');
    const slot = this.error && outcome === undefined ? 'error' : (outcome ?? '');
    const sentence = this.#sentence;
    return html`<div class="base ${outcome ?? ''}" lang=${lang} dir=${dir} aria-busy=${busy ? 'true' : 'false'}>
      <div class="line">
        ${busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
        <p
          id="sentence"
          part="status"
          class="sentence"
          role="heading"
          aria-level=${level ? this.headingLevel : 2}
          tabindex="-1"
        >
          ${sentence}
        </p>
      </div>
      ${this.#renderError()}
      ${
        this.error || this.gaveUp || this.retrying
          ? html`<button
              part="retry"
              type="button"
              class="retry"
              aria-describedby="sentence error"
              aria-disabled=${this.retrying ? 'true' : 'false'}
              @click=${this.#retry}
            >
              ${this.#i18n.texts.retry}
            </button>`
          : nothing
      }
      ${slot ? html`<slot name=${slot}></slot>` : nothing}
      <div class="visually-hidden" role="status">${outcome || this.offline ? sentence : nothing}</div>
    </div>`;
  }
}

// With the events' types, so that its `addEventListener('msp-status', ...)` knows `detail` (their global event map).
export type { MspErrorEvent, MspStatusEvent } from '../internal/events.js';
