import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { configProblem, gatewaysEndpointProblem, orderProblems } from './config.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { asCheckoutError, CheckoutError, isCheckoutError } from '../internal/errors.js';
import { MspErrorEvent, MspRedirectEvent, MspSelectEvent, MspSubmitEvent } from '../internal/events.js';
import { isImageUrl, logoUrl } from '../shared/gateway-logos.js';
import { isDevelopmentHost, warnAboutGateways, warnAboutIcons, warnOnce } from '../internal/integrator-console.js';
import { GatewayListController, type GatewayListArgs } from './gateway-list-controller.js';
import { gatewayId, normalizeGateways, type Gateway, type GatewaysInput } from '../shared/gateway-input.js';
import { browserLocale, toBcp47, toMspLocale } from '../internal/msp-locale.js';
import { Memo } from '../internal/memo.js';
import { amountFromAttribute, formatAmount } from '../shared/money.js';
import { loadWithin } from '../internal/load-within.js';
import { DEFAULT_TIMEOUT_MS } from '../internal/network.js';
import { loadPayRequest, type PayRequestCode } from './on-demand.js';
import { buildOrderRequest } from '../shared/order.js';
import { DEFAULT_PAYMENT_ORIGINS, parsePaymentOrigins } from '../shared/payment-url.js';
import { shopperMessage, mergeStrings, type StringsOverride } from './strings.js';
import { checkoutTexts, textDirection } from './translations.js';
import { styles } from './msp-checkout.styles.js';
import { theme } from '../internal/theme.styles.js';

type Phase = 'idle' | 'busy' | 'redirecting';

let instances = 0;

/**
 * A payment-method choice and a Pay button for MultiSafepay redirect payments. On Pay it POSTs the order to the
 * merchant's own endpoint, which creates the MultiSafepay order with its secret API key, and then sends the
 * top-level window to the checked `payment_url` (from inside an iframe too: never the frame itself; a sandboxed frame
 * needs `allow-top-navigation-by-user-activation`, otherwise Pay fails with `navigation-blocked`).
 *
 * @summary Pay with MultiSafepay's redirect payment methods (Dotpay, Alipay, iDEAL, ...).
 *
 * @fires {MspSelectEvent} msp-select - The shopper chose a payment method. `detail`: `{ gateway, name }`.
 * @fires {MspSubmitEvent} msp-submit - Before the request; cancelable. `detail`: the order body.
 * @fires {MspRedirectEvent} msp-redirect - Before navigation; cancelable. `detail`: `{ orderId, paymentUrl }`.
 * @fires {MspErrorEvent} msp-error - Something failed. `detail`: a `CheckoutError` with a stable `code`.
 *
 * @slot heading - A heading above the payment methods, e.g. `<h2 slot="heading">Payment</h2>`.
 * @slot legend - Replaces the text of the payment-method legend.
 * @slot note - Content under the Pay button, its errors and notice, e.g. a link to the shop's terms.
 *
 * @csspart form - The form around the choice and the button.
 * @csspart methods - The fieldset holding the payment methods.
 * @csspart legend - The fieldset's legend.
 * @csspart gateway - One payment method (a label around its radio).
 * @csspart radio - The radio button of a payment method.
 * @csspart icon - The logo of a payment method (from `icon`, `icons` or the gateway list), in a fixed box.
 * @csspart gateway-name - The name of a payment method.
 * @csspart label - The name of a payment method, as `gateway-name` (the same element, both part names).
 * @csspart loading - The message shown while the gateway list loads.
 * @csspart list-error - The message shown when the gateway list could not be loaded.
 * @csspart retry - The button that loads the gateway list again.
 * @csspart more - The button that shows the rest of a long gateway list.
 * @csspart empty - The message shown when no payment method is available.
 * @csspart submit - The Pay button.
 * @csspart notice - The line under the Pay button (and its errors) saying that the shopper continues on the payment page.
 * @csspart error - The alert region that shows errors.
 * @csspart error-detail - The integrator-facing detail (`error_info`) under an error message.
 *
 * @cssprop --msp-checkout-accent - Colour of the Pay button and the chosen method.
 * @cssprop --msp-checkout-accent-text - Text colour on the accent (default: black or white, whichever reads on it).
 * @cssprop --msp-checkout-text - Text colour.
 * @cssprop --msp-checkout-muted - Colour of secondary text.
 * @cssprop --msp-checkout-surface - Background of a payment method.
 * @cssprop --msp-checkout-background - Background the element draws behind itself when `theme` is set (default: white or
 *   near-black, so that the chosen theme reads on any page).
 * @cssprop --msp-checkout-border - Border colour of a payment method.
 * @cssprop --msp-checkout-chosen-border - Border colour of the chosen payment method (default: the accent).
 * @cssprop --msp-checkout-chosen-shadow - Box shadow of the chosen payment method (default: a 1 px inner accent line).
 * @cssprop --msp-checkout-chosen-surface - Background of the chosen payment method (default: the surface).
 * @cssprop --msp-checkout-error - Colour of error messages.
 * @cssprop --msp-checkout-radius - Corner radius.
 * @cssprop --msp-checkout-spacing - Base spacing.
 * @cssprop --msp-checkout-font - Font shorthand.
 * @cssprop --msp-checkout-focus-ring - Colour of the focus indicator.
 */
export class MspCheckout extends LitElement {
  static override styles = [theme, styles];
  static override properties = {
    endpoint: {},
    gateways: {},
    amount: { converter: amountFromAttribute },
    currency: {},
    description: {},
    orderId: { attribute: 'order-id' },
    gatewaysEndpoint: { attribute: 'gateways-endpoint' },
    icons: {},
    theme: { reflect: true },
    country: {},
    locale: {},
    selected: { reflect: true },
    paymentOrigins: { attribute: 'payment-origins' },
    timeout: { type: Number },
    orderFields: { attribute: false },
    strings: { attribute: false },
    phase: { state: true },
    error: { state: true },
    showAllGateways: { state: true },
  };

  /**
   * Adds or extends a language for every `<msp-checkout>` on the page: `MspCheckout.registerLocale('sv', { pay:
   * 'Betala', ... })`, or from a script tag `customElements.get('msp-checkout').registerLocale(...)`. Missing keys
   * fall back to the language, then to English.
   */
  static registerLocale(locale: string, strings: StringsOverride): void {
    checkoutTexts.set(locale, strings);
  }

  #abort?: AbortController;
  /** The merchant's gateway list, when `gateways-endpoint` is set: loaded, reloaded and retried by the controller. */
  #gatewayList = new GatewayListController(this, () => this.#listArgs(), {
    loaded: () => this.#announceList(),
    failed: (error) => this.#report(error),
  });
  /** The configuration error last sent as `msp-error`, so that each is reported once, not on every render. */
  #reportedConfig?: string;
  /** The configuration error the last update saw, to report a new one soon. */
  #seenConfigError?: CheckoutError;
  /** Every text for the current locale, with the page's `strings` on top; recomputed when either changes. */
  #texts = new Memo(
    () => [this.#mspLocale, this.strings, checkoutTexts.version()],
    () => mergeStrings(checkoutTexts.get(this.#mspLocale), this.strings),
  );
  #gateways = new Memo(
    () => [this.gateways, this.#texts.value],
    () => normalizeGateways(this.gateways, this.#texts.value.gatewayNames),
  );
  #origins = new Memo(
    () => [this.paymentOrigins],
    () => parsePaymentOrigins(this.paymentOrigins),
  );
  #configError = new Memo(
    () => [
      this.endpoint,
      this.#gateways.value,
      this.#origins.value,
      this.gatewaysEndpoint,
      this.amount,
      this.currency,
      this.orderId,
      this.description,
    ],
    () => this.#checkConfig(),
  );
  /** What the shopper is offered: `gateways`, or the endpoint's list restricted by it, filtered and named. */
  #offered = new Memo(
    () => [
      this.#gatewayList.status,
      this.#gateways.value,
      this.country,
      this.currency,
      this.#amount,
      this.#texts.value,
      this.strings,
      this.icons,
    ],
    () => this.#offeredGateways(),
  );
  /** The offered list the last update saw, to notice one that emptied while the shopper was here. */
  #seenOffered: Gateway[] = [];
  /**
   * Icon URLs that failed to load: hidden (a torn-picture glyph helps nobody; the name is enough). Kept by URL, not
   * on the <img>, because rows are reused by position when the list changes.
   */
  #brokenIcons = new Set<string>();
  #redirectWatchdog?: ReturnType<typeof setTimeout>;
  /** What the status region says when the element is not busy: a list that arrived, emptied or lost the choice. */
  #announcement = '';
  /** Counts failures, so that a repeated error replaces the alert's text node and is announced again. */
  #failures = 0;
  /**
   * Radios of another element on the page are another group (each has its own form and shadow root), but checkers
   * that look at the whole document (IBM Equal Access) group radios by name across elements: one name per element.
   */
  #radioName = `gateway-${(instances += 1)}`;
  /** The list is loading because the shopper pressed Retry: Retry stays (busy) and keeps focus meanwhile. */
  #retrying = false;
  /** The Pay request's part, once loaded: it words the errors of the Pay request. */
  #pay?: PayRequestCode;

  /** @internal */
  private phase: Phase = 'idle';
  /** @internal */
  private error?: CheckoutError;
  /** @internal */
  private showAllGateways = false;

  /** URL of the merchant's create-order endpoint (required). Relative URLs resolve against the page. */
  endpoint: string = '';

  /**
   * Payment methods in display order: the attribute takes comma-separated gateway ids (`DOTPAY,ALIPAY,IDEAL`);
   * the property also takes an array of ids or of `{ id, name, icon }` objects (`icon`: a logo URL, https or a path
   * on the page's own server).
   */
  gateways: GatewaysInput = '';

  /** Amount in minor units (cents): `1000` is €10.00. Shown on the Pay button and sent with the order. */
  amount?: number;

  /** ISO 4217 currency code, e.g. `EUR`. Required with `amount`. */
  currency?: string;

  /**
   * Order description sent with the order: plain text, at most 200 characters (the reference backend sends the shop's
   * own, from `resolveOrder`).
   */
  description?: string;

  /** The merchant's order id (at most 50 characters). */
  orderId?: string;

  /**
   * URL of the merchant's gateway list (MultiSafepay's `GET /gateways` or `GET /payment-methods`, passed through).
   * The element GETs it with `currency`, `amount`, `country` and `locale` as query parameters, filters the answer
   * and, when `gateways` is also set, keeps only those, in that order.
   */
  gatewaysEndpoint?: string;

  /**
   * Logos from this folder (https, or a path on this site) with MultiSafepay's file names: `/logos/` shows
   * `/logos/ideal.svg`; MultiSafepay's is `https://media.multisafepay.com/img/methods/svg/` (docs/logos.md).
   * Without logos asked for, no image loads.
   */
  icons?: string;

  /**
   * Colour scheme: `light`, `dark`, or `auto` (follow the shopper's system). Without it the element follows the
   * page's own `color-scheme`, so a light page stays light when the system is dark.
   */
  theme?: 'light' | 'dark' | 'auto';

  /** The shopper's country, ISO 3166 alpha-2 (`NL`): filters the endpoint's gateways and orders preferred ones first. */
  country?: string;

  /** MultiSafepay locale such as `en_US` or `nl_NL`; defaults to the browser's language. Sent as `customer.locale`. */
  locale?: string;

  /** The chosen gateway id. */
  selected?: string;

  /**
   * Space-separated origins `payment_url` may point to: https only, http also on localhost.
   * Default: `https://payv2.multisafepay.com https://testpayv2.multisafepay.com`.
   */
  paymentOrigins: string = DEFAULT_PAYMENT_ORIGINS;

  /**
   * Milliseconds before the request is abandoned, and before a redirect that never leaves the page gives the form
   * back. Default and fallback for invalid values: 30000.
   */
  timeout: number = DEFAULT_TIMEOUT_MS;

  /**
   * Extra MultiSafepay order fields merged into the request (`var1`, `customer.email`, ...). The element's own
   * fields (gateway, order_id, currency, amount, description, customer.locale) win over them. The reference backend
   * passes on only those its `browserFields` option lists.
   */
  orderFields?: Record<string, unknown>;

  /** Overrides for any of the element's texts, on top of its language (docs/languages.md). */
  strings?: StringsOverride;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.#onPageShow);
    // Languages registered or loaded while in the page show at once (docs/languages.md), and those that came while
    // it was away show now.
    checkoutTexts.elements.add(this);
    this.requestUpdate();
    // Moved in the page (a framework's keyed reorder, a teleport) while paying: disconnecting aborted the request,
    // so give back a Pay button rather than staying busy. (The gateway list's controller starts its load over.)
    if (this.hasUpdated && this.phase === 'busy') this.#setPhase('idle');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.#onPageShow);
    checkoutTexts.elements.delete(this);
    this.#abort?.abort();
    clearTimeout(this.#redirectWatchdog);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('locale')) {
      // The first render may be in English for the few milliseconds a shipped language takes to load (the registry
      // asks for a render when it arrives).
      void checkoutTexts.load(this.#mspLocale);
    }
    if (DEV_MODE && (changed.has('gateways') || changed.has('icons'))) {
      const folder = this.icons?.trim() && !this.#iconBase ? [this.icons] : [];
      warnAboutIcons(this, [...(this.#gateways.value.invalidIcons ?? []), ...folder]);
    }
    // Gateway ids are upper case; `selected="ideal"` means IDEAL, as `gateways="ideal"` does.
    if (changed.has('selected') && this.selected) this.selected = gatewayId(this.selected);
    // A configuration error is reported once, soon after it appears; the first update checks the order-id too.
    const configError = this.#configError.value;
    if (!this.hasUpdated || configError !== this.#seenConfigError) {
      this.#seenConfigError = configError;
      this.#checkSoon();
    }
  }

  /**
   * What follows from the offered list, here rather than in willUpdate: Lit runs the controllers' hostUpdate between
   * the two, so the gateway list's status (a load that just started) is this update's own. Properties set before
   * super.update() belong to this update.
   */
  protected override update(changed: PropertyValues<this>): void {
    const offered = this.#offered.value;
    if (offered !== this.#seenOffered) {
      const emptied = this.#seenOffered.length > 0 && offered.length === 0;
      this.#seenOffered = offered;
      if (DEV_MODE) warnAboutGateways(this, this.#gateways.value.gateways, offered);
      // The methods went away while the shopper was here (WCAG 4.1.3): say so, once.
      const { state } = this.#gatewayList.status;
      if (emptied && (state === 'static' || state === 'loaded')) this.#announcement = this.#texts.value.noGateways;
    }
    if (this.#gatewayList.status.state === 'loading') this.#announcement = '';
    const [only, ...others] = offered;
    if (only && others.length === 0 && !this.selected) this.selected = only.id;
    super.update(changed);
  }

  protected override firstUpdated(): void {
    // The Pay path loads once the choice is on screen, not with it, and before the shopper presses Pay. A failure
    // here is Pay's to report: it loads the path again.
    loadPayRequest().catch(() => undefined);
  }

  protected override updated(): void {
    // Checked state is set here, not bound: the browser unchecks a radio when the shopper checks another, which a
    // binding does not see, so a page that puts `selected` back from an msp-select listener would show one method and
    // pay with another.
    for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      radio.checked = radio.value === this.selected;
    }
  }

  /**
   * A configuration error is an `msp-error` as soon as it is known, not only on Pay; but not before the page's own
   * scripts have run, or a listener added right after the tag would miss it: after the document is parsed (which
   * runs deferred and module scripts too), else after the current task, and only if it is still the error then.
   * A missing order-id is judged then too: code that creates the element sets it after the first render.
   */
  #checkSoon() {
    const error = this.#configError.value;
    const check = () => {
      if (error && this.#configError.value === error && error.message !== this.#reportedConfig) {
        this.#reportedConfig = error.message;
        this.#report(error);
      }
      if (DEV_MODE && !this.orderId && this.isConnected) {
        warnOnce(
          this,
          'order-id',
          'order-id is missing: without it a retry after a timeout may create a second order.',
        );
      }
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => setTimeout(check));
    else setTimeout(check);
  }

  get #iconBase(): string | undefined {
    const base = this.icons?.trim();
    return base && isImageUrl(base) ? base : undefined;
  }

  #checkConfig() {
    return configProblem({
      endpoint: this.endpoint,
      baseUrl: document.baseURI,
      invalidGateways: this.#gateways.value.invalid,
      invalidOrigins: this.#origins.value.invalid,
      origins: this.#origins.value.origins,
      gatewaysEndpoint: this.gatewaysEndpoint,
      amount: this.amount,
      amountText: Number.isNaN(this.amount) ? this.getAttribute('amount') : undefined,
      currency: this.#currency,
      orderId: this.orderId,
      description: this.description,
    });
  }

  #offeredGateways(): Gateway[] {
    const own = this.#gateways.value.gateways;
    const base = this.#iconBase;
    // The logo: the page's own icon for the gateway, else the icons folder's, else the gateway list's.
    const withLogo = (gateway: Gateway): Gateway => {
      const icon =
        own.find((mine) => mine.id === gateway.id)?.icon ?? (base ? logoUrl(base, gateway.id) : gateway.icon);
      return icon === gateway.icon ? gateway : { ...gateway, icon };
    };
    if (!this.gatewaysEndpoint) return own.map(withLogo);
    const list = this.#gatewayList.status;
    if (list.state !== 'loaded' || !list.code) return [];
    const { restrictGateways, filterGateways, nameGateways } = list.code;
    const restricted = restrictGateways(list.options, own);
    const offered = filterGateways(restricted, {
      country: this.country,
      currency: this.currency,
      amount: this.#amount,
    });
    return nameGateways(offered, this.strings?.gatewayNames, this.#texts.value.gatewayNames).map(withLogo);
  }

  /** The gateway list's arguments: a change of any of them loads the list again. */
  #listArgs(): GatewayListArgs | undefined {
    if (!this.gatewaysEndpoint) return undefined;
    return {
      endpoint: this.gatewaysEndpoint,
      problem: gatewaysEndpointProblem(this.gatewaysEndpoint, document.baseURI),
      query: {
        currency: this.#currency,
        amount: this.#amount,
        country: this.country?.toUpperCase(),
        locale: this.#mspLocale,
      },
      timeout: this.#timeout,
    };
  }

  /** Said once per arrival, politely: how many methods came, or that none did, and a choice that went away. */
  #announceList() {
    const texts = this.#texts.value;
    const count = this.#offered.value.length;
    const dropped = this.#dropVanishedSelection();
    this.#announcement =
      (count ? texts.gatewaysLoaded.replace('{count}', String(count)) : texts.noGateways) +
      (dropped ? ` ${texts.selectionDropped}` : '');
    this.requestUpdate();
  }

  /** Clears a choice the new list no longer offers; true when it did. */
  #dropVanishedSelection(): boolean {
    if (!this.selected || this.#offered.value.some((gateway) => gateway.id === this.selected)) return false;
    this.selected = undefined;
    this.dispatchEvent(new MspSelectEvent({ gateway: '', name: '' }));
    return true;
  }

  #onIconError = (event: Event) => {
    this.#brokenIcons.add((event.target as HTMLImageElement).getAttribute('src') ?? '');
    this.requestUpdate();
  };

  /** Retry stays, busy, while the list loads; then focus goes on to what the shopper can use next. */
  #onRetryList = async () => {
    if (this.#retrying) return;
    // Retry stays where it is, marked busy, while the list loads: focus is not dropped to the page (WCAG 2.4.3).
    this.#retrying = true;
    await this.#gatewayList.retry();
    this.#retrying = false;
    this.requestUpdate();
    await this.updateComplete;
    const next =
      this.renderRoot.querySelector<HTMLElement>('[part="retry"]') ??
      this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
      this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]') ??
      this.renderRoot.querySelector<HTMLButtonElement>('button[type="submit"]');
    next?.focus();
  };

  /** A long list from the endpoint is collapsed; a merchant's own `gateways` list is always shown in full. */
  #hiddenGateways(): Gateway[] {
    const list = this.#gatewayList.status;
    if (this.showAllGateways || !this.gatewaysEndpoint || list.state !== 'loaded' || !list.code) return [];
    return list.code.collapsedGateways(this.#offered.value, this.selected);
  }

  #onShowAll = async () => {
    if (this.phase !== 'idle') return;
    const firstHidden = this.#hiddenGateways()[0];
    this.showAllGateways = true;
    await this.updateComplete;
    if (firstHidden) this.renderRoot.querySelector<HTMLInputElement>(`input[value="${firstHidden.id}"]`)?.focus();
  };

  #onPageShow = (event: PageTransitionEvent) => {
    // Back from the payment page through the back-forward cache: the page is restored as it was left,
    // mid-redirect. Give the shopper a working form again.
    if (event.persisted && this.phase !== 'idle') this.#setPhase('idle');
  };

  /** While busy the choice stays as it was sent: a click or arrow key does not check another method. */
  #onRadioClick = (event: Event) => {
    if (this.phase !== 'idle') event.preventDefault();
  };

  #onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.selected = input.value;
    this.#announcement = '';
    if (this.error?.code === 'no-gateway-selected') this.error = undefined;
    const gateway = this.#offered.value.find((candidate) => candidate.id === input.value);
    if (gateway) this.dispatchEvent(new MspSelectEvent({ gateway: gateway.id, name: gateway.name }));
  };

  /**
   * The form is not inert while busy, so focus stays on Pay: a held-down Enter (key repeat) and the further clicks of
   * a double or triple click are the same intent as their first press, not a new payment once the first one ends.
   */
  #onRepeat = (event: KeyboardEvent | MouseEvent) => {
    if ('repeat' in event ? event.repeat && event.key === 'Enter' : event.detail > 1) event.preventDefault();
  };

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.submit();
  };

  #redirect(orderId: string | undefined, paymentUrl: string, navigate: (url: string) => void) {
    if (!this.dispatchEvent(new MspRedirectEvent({ orderId, paymentUrl }))) {
      this.#setPhase('idle');
      return;
    }
    this.#setPhase('redirecting');
    // In a frame that may not navigate the top window this throws navigation-blocked, which submit() reports.
    navigate(paymentUrl);
    // A navigation that never replaces the page (the payment URL answers 204 or a download, the shopper presses
    // Esc) must not leave "Redirecting…" for good: still here and shown after `timeout`, give the form back.
    clearTimeout(this.#redirectWatchdog);
    this.#redirectWatchdog = setTimeout(() => {
      if (this.phase === 'redirecting' && this.ownerDocument.visibilityState === 'visible') this.#setPhase('idle');
    }, this.#timeout);
  }

  #fail(error: CheckoutError) {
    this.error = error;
    this.#failures += 1;
    this.#report(error);
    // Focus goes where the shopper can act: the choice when it is missing, otherwise the Pay button to retry.
    void this.updateComplete.then(() => {
      const target =
        error.code === 'no-gateway-selected'
          ? this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')
          : this.renderRoot.querySelector<HTMLButtonElement>('button[type="submit"]');
      target?.focus();
    });
  }

  /**
   * `msp-error` for the page; on a development host also the console, where an integrator looks first (from every
   * build: the warnings without an error are the development build's).
   */
  #report(error: CheckoutError) {
    this.dispatchEvent(new MspErrorEvent(error));
    if (isDevelopmentHost()) console.warn(`<msp-checkout> ${error.code}: ${error.message}`);
  }

  #setPhase(phase: Phase) {
    this.phase = phase;
    this.#announcement = '';
  }

  get #mspLocale(): string {
    return toMspLocale(this.locale) ?? browserLocale();
  }

  /** The currency code as MultiSafepay wants it; the attribute may be written in lower case. */
  get #currency(): string | undefined {
    return this.currency?.toUpperCase();
  }

  /** The amount when it is a number at all (an attribute like "abc" parses to NaN): for filtering and queries. */
  get #amount(): number | undefined {
    return typeof this.amount === 'number' && Number.isFinite(this.amount) ? this.amount : undefined;
  }

  get #timeout(): number {
    // setTimeout treats anything above 2^31 - 1 ms (about 24.8 days) as 0: that is not a timeout anyone meant.
    return Number.isFinite(this.timeout) && this.timeout > 0 && this.timeout <= 2 ** 31 - 1
      ? this.timeout
      : DEFAULT_TIMEOUT_MS;
  }

  get #payLabel(): string {
    const strings = this.#texts.value;
    const currency = this.#currency;
    if (typeof this.amount !== 'number' || !currency || this.#configError.value) return strings.pay;
    return strings.payAmount.replace('{amount}', formatAmount(this.amount, currency, toBcp47(this.#mspLocale)));
  }

  /**
   * Does what the Pay button does: checks the choice, creates the order through `endpoint` and redirects.
   * Resolves when the attempt has ended (redirecting, failed or cancelled); calls made meanwhile do nothing.
   */
  async submit(): Promise<void> {
    if (this.phase !== 'idle') return;
    const selected = this.#offered.value.find((gateway) => gateway.id === this.selected);
    const problem =
      this.#configError.value ??
      (selected ? undefined : new CheckoutError('no-gateway-selected', 'No payment method was chosen.'));
    if (problem) {
      this.#fail(problem);
      return;
    }
    const order = buildOrderRequest({
      gateway: selected!.id,
      locale: this.#mspLocale,
      orderId: this.orderId,
      currency: this.#currency,
      amount: this.amount,
      description: this.description,
      extraFields: this.orderFields,
    });
    const problems = orderProblems(order);
    if (problems.length > 0) {
      this.#fail(new CheckoutError('invalid-config', `The order is not valid: ${problems.join('; ')}.`));
      return;
    }
    this.error = undefined;
    if (!this.dispatchEvent(new MspSubmitEvent(order))) return;

    this.#setPhase('busy');
    const abort = (this.#abort = new AbortController());
    try {
      const timeout = this.#timeout;
      const pay = (this.#pay = await loadWithin(loadPayRequest, timeout));
      if (abort.signal.aborted) return; // removed from the page
      const { orderId, paymentUrl } = await pay.requestPaymentPage(this.endpoint, order, {
        timeout,
        signal: abort.signal,
        origins: this.#origins.value.origins,
      });
      this.#redirect(orderId, paymentUrl, pay.navigateToPaymentPage);
    } catch (error) {
      if (abort.signal.aborted && !isCheckoutError(error)) return; // removed from the page
      this.#setPhase('idle');
      this.#fail(asCheckoutError(error));
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  /**
   * The radiogroup holds the radios only; what the list says instead of radios (loading, empty, failed with Retry)
   * and "More payment methods" follow it. With no radios the fieldset is no group: its legend reads as a heading
   * line over the message, not as an empty, required group.
   */
  #renderGateways(busy: boolean) {
    const strings = this.#texts.value;
    const invalid = this.error?.code === 'no-gateway-selected';
    const offered = this.#offered.value;
    const list = this.#gatewayList.status.state;
    const radios = list !== 'loading' && list !== 'failed' && offered.length > 0;
    const hidden = radios ? this.#hiddenGateways() : [];
    const shown = hidden.length === 0 ? offered : offered.filter((gateway) => !hidden.includes(gateway));
    // When any method has a logo, every row gets the box, so that names line up.
    const box = shown.some((gateway) => gateway.icon);
    return html`
      <fieldset
        part="methods"
        role=${radios ? 'radiogroup' : 'none'}
        aria-required=${ifDefined(radios ? 'true' : undefined)}
        aria-disabled=${ifDefined(radios && busy ? 'true' : undefined)}
        aria-describedby=${ifDefined(radios ? (invalid ? 'notice error' : 'notice') : undefined)}
        aria-invalid=${ifDefined(radios ? (invalid ? 'true' : 'false') : undefined)}
      >
        <legend part="legend"><slot name="legend">${strings.legend}</slot></legend>
        ${radios ? shown.map((gateway) => this.#renderGateway(gateway, box)) : nothing}
      </fieldset>
      ${radios ? nothing : this.#renderListMessage()}
      ${
        list === 'failed' || (this.#retrying && list === 'loading')
          ? html`<button
              part="retry"
              type="button"
              class="retry"
              aria-describedby="list-message"
              aria-disabled=${ifDefined(list === 'loading' ? 'true' : undefined)}
              @click=${this.#onRetryList}
            >
              ${strings.retry}
            </button>`
          : nothing
      }
      ${
        hidden.length === 0
          ? nothing
          : html`<button
              part="more"
              type="button"
              class="more"
              aria-expanded="false"
              aria-disabled=${ifDefined(busy ? 'true' : undefined)}
              @click=${this.#onShowAll}
            >
              ${strings.moreGateways.replace('{count}', String(hidden.length))}
            </button>`
      }
    `;
  }

  #renderListMessage() {
    const strings = this.#texts.value;
    const list = this.#gatewayList.status;
    if (list.state === 'loading') {
      return html`<p id="list-message" part="loading" class="loading">
        <span class="spinner" aria-hidden="true"></span>${strings.loadingGateways}
      </p>`;
    }
    if (list.state === 'failed') {
      // Its own sentence: the shopper started no payment yet (the reason only where it helps: connection, time).
      const { code } = list.error;
      const reason =
        code === 'network-error'
          ? strings.errorNetwork
          : code === 'timeout'
            ? strings.errorTimeout
            : strings.errorGatewayList;
      return html`<div part="list-error" class="list-error" role="alert">
        <p id="list-message">${`${strings.gatewaysFailed} ${reason}`}</p>
      </div>`;
    }
    return html`<p id="list-message" part="empty" class="empty">${strings.noGateways}</p>`;
  }

  #renderGateway(gateway: Gateway, box: boolean) {
    return html`
      <label part="gateway" class="gateway">
        <input
          part="radio"
          type="radio"
          name=${this.#radioName}
          .value=${gateway.id}
          @click=${this.#onRadioClick}
          @change=${this.#onChange}
        />
        ${
          gateway.icon
            ? html`<img
                part="icon"
                class="icon"
                src=${gateway.icon}
                alt=""
                width="40"
                height="24"
                loading="lazy"
                ?hidden=${this.#brokenIcons.has(gateway.icon)}
                @error=${this.#onIconError}
              />`
            : box
              ? html`<span class="icon"></span>`
              : nothing
        }
        <span part="gateway-name label">${gateway.name}</span>
      </label>
    `;
  }

  #renderError(error: CheckoutError | undefined) {
    // The alert region is always in the DOM, so that screen readers announce what is put into it. Each failure
    // renders its message in new nodes, so the same error twice is announced twice (WCAG 3.3.1, 4.1.3): `keyed`
    // replaces the DOM when its key changes. (Two identical template literals taken in turn did it in the source,
    // but the minifier merged them into one, and the production file updated a repeated message in place, silently.)
    return html`<div id="error" part="error" class="error ${error ? 'shown' : ''}" role="alert">
      ${error ? keyed(this.#failures, this.#renderErrorMessage(error)) : nothing}
    </div>`;
  }

  #renderErrorMessage(error: CheckoutError) {
    const strings = this.#texts.value;
    const code = error.errorCode ? ` (${error.errorCode})` : '';
    // error_info is the backend's own text, in English whatever the shopper's language (WCAG 3.1.2).
    // The Pay request's errors are worded by its part, which is loaded when they happen.
    const pay = this.#pay;
    return html`<p>
        ${shopperMessage(error, strings) ?? pay?.payShopperMessage(error, strings) ?? strings.errorNetwork}
      </p>
      ${
        pay && error.errorInfo && error.code === 'msp-error'
          ? html`<p part="error-detail" class="detail">
              ${`${pay.payText(strings, 'mspDetail')} `}<span lang="en" dir="ltr">${error.errorInfo}</span>${code}
            </p>`
          : nothing
      }`;
  }

  #renderStatus() {
    if (this.phase === 'busy') return this.#texts.value.processing;
    if (this.phase === 'redirecting') return this.#texts.value.redirecting;
    return this.#announcement;
  }

  protected override render() {
    const busy = this.phase !== 'idle';
    const locale = this.#mspLocale;
    const error = this.error ?? this.#configError.value;
    // lang and dir follow the language the texts are in, which may differ from the page's (WCAG 3.1.2): English
    // while a language loads, or when it is not shipped.
    const speaks = checkoutTexts.has(locale);
    // Busy is not inert: focus stays on Pay (or the radio Enter was pressed on), announced busy and unavailable,
    // and what is on screen stays in the accessibility tree (WCAG 2.4.3, 4.1.2). submit() refuses a second run.
    return html`<div lang=${speaks ? toBcp47(locale) : 'en'} dir=${speaks ? textDirection(locale) : 'ltr'}>
      <slot name="heading"></slot>
      <form
        part="form"
        novalidate
        aria-busy=${busy ? 'true' : 'false'}
        @submit=${this.#onSubmit}
        @keydown=${this.#onRepeat}
      >
        ${this.#renderGateways(busy)}
        <button
          part="submit"
          type="submit"
          @click=${this.#onRepeat}
          ?disabled=${this.#offered.value.length === 0}
          aria-disabled=${ifDefined(busy ? 'true' : undefined)}
          aria-describedby=${ifDefined(error && error.code !== 'no-gateway-selected' ? 'error' : undefined)}
        >
          ${this.phase === 'busy' ? this.#texts.value.processing : this.phase === 'redirecting' ? this.#texts.value.redirecting : this.#payLabel}
        </button>
      </form>
      ${this.#renderError(error)}
      <p id="notice" part="notice" class="notice">${this.#texts.value.redirectNotice}</p>
      <slot name="note"></slot>
      <div class="visually-hidden" role="status">${this.#renderStatus()}</div>
    </div>`;
  }
}
