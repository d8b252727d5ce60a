import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import { CheckoutError } from '../internal/errors.js';
import { MspSelectEvent } from '../internal/events.js';
import { reportError } from '../internal/integrator-console.js';
import { toBcp47 } from '../internal/msp-locale.js';
import { DEFAULT_TIMEOUT_MS, timerMs } from '../internal/network.js';
import { TextsController } from '../internal/texts-controller.js';
import { theme } from '../internal/theme.styles.js';
import { gatewayId, type Gateway, type GatewaysInput } from '../shared/gateway-input.js';
import { iconFolder, logoUrl } from '../shared/gateway-logos.js';
import { amountFromAttribute, formatAmount } from '../shared/money.js';
import { buildOrderRequest } from '../shared/order.js';
import { DEFAULT_PAYMENT_ORIGINS } from '../shared/payment-url.js';
import { gatewaysEndpointProblem } from './config.js';
import { ConfigController } from './config-controller.js';
import { GatewayListController, type GatewayListArgs } from './gateway-list-controller.js';
import { styles } from './msp-checkout.styles.js';
import { PayController } from './pay-controller.js';
import type { Payment } from './pay-request.js';
import { shopperMessage, type ElementTexts, type StringsOverride } from './strings.js';
import { checkoutTexts } from './translations.js';
import { payableHere } from './wallets.js';

let instances = 0;

/** Where focus goes in the shadow root: the choice, and the Pay button. */
const RADIO = 'input[type="radio"]';
const PAY = 'button[type="submit"]';

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

  /**
   * Adds or extends a language for every `<msp-checkout>` on the page: `MspCheckout.registerLocale('sv', { pay:
   * 'Betala', ... })`, or from a script tag `customElements.get('msp-checkout').registerLocale(...)`. Missing keys
   * fall back to the language, then to English.
   */
  static registerLocale(locale: string, strings: StringsOverride): void {
    checkoutTexts.set(locale, strings);
  }

  /** URL of the merchant's create-order endpoint (required). Relative URLs resolve against the page. */
  @property() endpoint: string = '';

  /**
   * Payment methods in display order: the attribute takes comma-separated gateway ids (`DOTPAY,ALIPAY,IDEAL`);
   * the property also takes an array of ids or of `{ id, name, icon }` objects (`icon`: a logo URL, https or a path
   * on the page's own server). `APPLEPAY` shows only where the browser can pay with it. Without `gateways` and
   * `gateways-endpoint`, Pay stands alone and the order goes without `gateway`: MultiSafepay's page lists the methods.
   */
  @property() gateways: GatewaysInput = '';

  /** Amount in minor units (cents): `1000` is €10.00. Shown on the Pay button and sent with the order. */
  @property({ converter: amountFromAttribute }) amount?: number;

  /** ISO 4217 currency code, e.g. `EUR`. Required with `amount`. */
  @property() currency?: string;

  /**
   * Order description sent with the order: plain text, at most 200 characters (the reference backend sends the shop's
   * own, from `resolveOrder`).
   */
  @property() description?: string;

  /** The merchant's order id (at most 50 characters). */
  @property({ attribute: 'order-id' }) orderId?: string;

  /**
   * URL of the merchant's gateway list (MultiSafepay's `GET /gateways` or `GET /payment-methods`, passed through).
   * The element GETs it with `currency`, `amount`, `country` and `locale` as query parameters, filters the answer
   * and, when `gateways` is also set, keeps only those, in that order.
   */
  @property({ attribute: 'gateways-endpoint' }) gatewaysEndpoint?: string;

  /**
   * Logos from this folder (https, or a path on this site) with MultiSafepay's file names: `/logos/` shows
   * `/logos/ideal.svg`; MultiSafepay's is `https://media.multisafepay.com/img/methods/svg/` (docs/logos.md).
   * Without logos asked for, no image loads.
   */
  @property() icons?: string;

  /**
   * Colour scheme: `light`, `dark`, or `auto` (follow the shopper's system). Without it the element follows the
   * page's own `color-scheme`, so a light page stays light when the system is dark.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** The shopper's country, ISO 3166 alpha-2 (`NL`): filters the endpoint's gateways and orders preferred ones first. */
  @property() country?: string;

  /** MultiSafepay locale such as `en_US` or `nl_NL`; defaults to the browser's language. Sent as `customer.locale`. */
  @property() locale?: string;

  /** The chosen gateway id. */
  @property({ reflect: true }) selected?: string;

  /**
   * Space-separated origins `payment_url` may point to: https only, http also on localhost.
   * Default: `https://payv2.multisafepay.com https://testpayv2.multisafepay.com`.
   */
  @property({ attribute: 'payment-origins' }) paymentOrigins: string = DEFAULT_PAYMENT_ORIGINS;

  /**
   * Milliseconds before the request is abandoned, and before a redirect that never leaves the page gives the form
   * back. Default and fallback for invalid values: 30000.
   */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT_MS;

  /**
   * Extra MultiSafepay order fields merged into the request (`var1`, `customer.email`, ...). The element's own
   * fields (gateway, order_id, currency, amount, description, customer.locale) win over them. The reference backend
   * passes on only those its `browserFields` option lists.
   */
  @property({ attribute: false }) orderFields?: Record<string, unknown>;

  /** Overrides for any of the element's texts, on top of its language (docs/languages.md). */
  @property({ attribute: false }) strings?: StringsOverride;

  /**
   * Does what the Pay button does: checks the choice, creates the order through `endpoint` and redirects.
   * Resolves when the attempt has ended (redirecting, failed or cancelled); calls made meanwhile do nothing.
   */
  submit(): Promise<void> {
    return this.#pay.pay();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Gateway ids are upper case; `selected="ideal"` means IDEAL, as `gateways="ideal"` does.
    if (changed.has('selected') && this.selected) this.selected = gatewayId(this.selected);
  }

  /**
   * What follows from the offered list and the payment's phase, here rather than in willUpdate: Lit runs the
   * controllers' hostUpdate between the two, so the gateway list's status (a load that just started) is this
   * update's own. Properties set before super.update() belong to this update.
   */
  protected override update(changed: PropertyValues<this>): void {
    const offered = this.#offeredGateways();
    const { state } = this.#gatewayList.status;
    // Busy, redirecting or back: the status region says that, and what it said before is over.
    if (this.#pay.phase !== this.#seenPhase) {
      this.#seenPhase = this.#pay.phase;
      this.#announcement = '';
    }
    // A list loading says so itself. The methods went away while the shopper was here (WCAG 4.1.3): say so, once.
    if (state === 'loading') this.#announcement = '';
    else if (state !== 'failed' && this.#offered.length > 0 && offered.length === 0) {
      this.#announcement = this.#i18n.texts.noGateways;
    }
    this.#offered = offered;
    if (offered.length === 1 && !this.selected) this.selected = offered[0]!.id;
    super.update(changed);
  }

  protected override updated(): void {
    // Checked state is set here, not bound: the browser unchecks a radio when the shopper checks another, which a
    // binding does not see, so a page that puts `selected` back from an msp-select listener would show one method and
    // pay with another.
    for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>(RADIO)) {
      radio.checked = radio.value === this.selected;
    }
  }

  /** The texts in the shopper's language, with the page's `strings` on top. */
  readonly #i18n = new TextsController<ElementTexts>(this, checkoutTexts);
  /** The merchant's gateway list, when `gateways-endpoint` is set: loaded, reloaded and retried by the controller. */
  readonly #gatewayList = new GatewayListController(this, () => this.#listArgs(), {
    loaded: () => this.#announceList(),
    failed: (error) => reportError(this, error),
  });
  /** The attributes parsed, checked and reported. */
  readonly #config = new ConfigController(
    this,
    // Undefined before the first update (a Pay called at once): MultiSafepay's names then.
    () => this.#i18n.texts?.gatewayNames,
    () => this.#offered,
  );
  /** What happens after Pay. */
  readonly #pay = new PayController(
    this,
    () => this.#payment(),
    // Focus goes where the shopper can act: the choice when it is missing, otherwise the Pay button to retry.
    (error) => void this.updateComplete.then(() => this.#focus(error.code === 'no-gateway-selected' ? RADIO : PAY)),
  );
  /** What the shopper is offered, as the last update rendered it. */
  #offered: Gateway[] = [];
  /** The payment's phase the last update saw. */
  #seenPhase = this.#pay.phase;
  /** What the status region says when the element is not busy: a list that arrived, emptied or lost the choice. */
  #announcement = '';
  /**
   * Icon URLs that failed to load: hidden (a torn-picture glyph helps nobody; the name is enough). Kept by URL, not
   * on the <img>, because rows are reused by position when the list changes.
   */
  #brokenIcons = new Set<string>();
  /**
   * Radios of another element on the page are another group (each has its own form and shadow root), but checkers
   * that look at the whole document (IBM Equal Access) group radios by name across elements: one name per element.
   */
  #radioName = `gateway-${(instances += 1)}`;
  /** The list is loading because the shopper pressed Retry: Retry stays (busy) and keeps focus meanwhile. */
  #retrying = false;
  /** The shopper asked for the rest of a long list. */
  #showAll = false;

  /** The currency code as MultiSafepay wants it; the attribute may be written in lower case. */
  get #currency(): string | undefined {
    return this.currency?.toUpperCase();
  }

  /** The amount when it is a number at all (an attribute like "abc" parses to NaN): for filtering and queries. */
  get #amount(): number | undefined {
    return Number.isFinite(this.amount) ? this.amount : undefined;
  }

  get #timeout(): number {
    return timerMs(this.timeout);
  }

  /** What Pay sends, or why it cannot: the configuration, or no method chosen. */
  #payment(): Payment | CheckoutError {
    // Worked out now: the page may have set the element up in the same task as its call of submit().
    const gateway = this.#offeredGateways().find((offered) => offered.id === this.selected);
    const problem =
      this.#config.error ??
      (gateway || this.#noList ? undefined : new CheckoutError('no-gateway-selected', 'No payment method was chosen.'));
    if (problem) return problem;
    return {
      endpoint: this.endpoint,
      order: buildOrderRequest({
        gateway: gateway?.id,
        locale: this.#i18n.locale,
        orderId: this.orderId,
        currency: this.#currency,
        amount: this.amount,
        description: this.description,
        extraFields: this.orderFields,
      }),
      origins: this.#config.origins.origins,
      timeout: this.#timeout,
    };
  }

  /**
   * Neither `gateways` nor `gateways-endpoint`: Pay alone, and the order goes without `gateway`, so that
   * MultiSafepay's payment page lists the methods. Entries that are not gateway ids are a list gone wrong, not none.
   */
  get #noList(): boolean {
    const { gateways, invalid } = this.#config.gateways;
    return !this.gatewaysEndpoint && gateways.length === 0 && invalid.length === 0;
  }

  /** What the shopper is offered: `gateways`, or the endpoint's list restricted by it, filtered and named. */
  #offeredGateways(): Gateway[] {
    const own = this.#config.gateways.gateways;
    const folder = iconFolder(this.icons);
    // The logo: the page's own icon for the gateway, else the icons folder's, else the gateway list's.
    const withLogo = (gateway: Gateway): Gateway => {
      const icon =
        own.find((mine) => mine.id === gateway.id)?.icon ?? (folder ? logoUrl(folder, gateway.id) : gateway.icon);
      return icon === gateway.icon ? gateway : { ...gateway, icon };
    };
    let listed = own;
    if (this.gatewaysEndpoint) {
      const list = this.#gatewayList.status;
      if (list.state !== 'loaded' || !list.code) return [];
      const { restrictGateways, filterGateways, nameGateways } = list.code;
      const restricted = restrictGateways(list.options, own);
      const offered = filterGateways(restricted, {
        country: this.country,
        currency: this.currency,
        amount: this.#amount,
      });
      listed = nameGateways(offered, this.strings?.gatewayNames, this.#i18n.texts.gatewayNames);
    }
    return listed.filter(({ id }) => payableHere(id)).map(withLogo);
  }

  /**
   * A long list from the endpoint is collapsed; a merchant's own `gateways` list is always shown in full (without an
   * endpoint the list's status is `static`).
   */
  #hiddenGateways(): Gateway[] {
    const list = this.#gatewayList.status;
    if (this.#showAll || list.state !== 'loaded' || !list.code) return [];
    return list.code.collapsedGateways(this.#offered, this.selected);
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
        locale: this.#i18n.locale,
      },
      timeout: this.#timeout,
    };
  }

  /**
   * Said once per arrival, politely: how many methods came, or that none did, and a choice that went away. A choice
   * the new list no longer offers is cleared.
   */
  #announceList() {
    const texts = this.#i18n.texts;
    const offered = this.#offered;
    const count = offered.length;
    this.#announcement = count ? texts.gatewaysLoaded.replace('{count}', String(count)) : texts.noGateways;
    if (this.selected && !offered.some((gateway) => gateway.id === this.selected)) {
      this.selected = undefined;
      this.dispatchEvent(new MspSelectEvent({ gateway: '', name: '' }));
      this.#announcement += ` ${texts.selectionDropped}`;
    }
    this.requestUpdate();
  }

  /** Focuses the first of `selectors` that matches, in the order given. */
  #focus(...selectors: string[]) {
    for (const selector of selectors) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  }

  // The handlers are methods, not bound functions: Lit calls a listener with the element as `this`.
  #onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    this.selected = input.value;
    this.#announcement = '';
    this.#pay.chose();
    const gateway = this.#offered.find((candidate) => candidate.id === input.value);
    if (gateway) this.dispatchEvent(new MspSelectEvent({ gateway: gateway.id, name: gateway.name }));
  }

  #onIconError(event: Event) {
    // Only an <img> with a `src` has this listener.
    this.#brokenIcons.add((event.target as HTMLImageElement).getAttribute('src')!);
    this.requestUpdate();
  }

  /** Retry stays, busy, while the list loads; then focus goes on to what the shopper can use next. */
  async #onRetryList() {
    if (this.#retrying) return;
    // Retry stays where it is, marked busy, while the list loads: focus is not dropped to the page (WCAG 2.4.3).
    this.#retrying = true;
    await this.#gatewayList.retry();
    this.#retrying = false;
    this.requestUpdate();
    await this.updateComplete;
    this.#focus('[part="retry"]', `${RADIO}:checked`, RADIO, PAY);
  }

  async #onShowAll() {
    if (this.#pay.phase !== 'idle') return;
    const firstHidden = this.#hiddenGateways()[0];
    this.#showAll = true;
    this.requestUpdate();
    await this.updateComplete;
    if (firstHidden) this.#focus(`input[value="${firstHidden.id}"]`);
  }

  /**
   * The radiogroup holds the radios only; what the list says instead of radios (loading, empty, failed with Retry)
   * and "More payment methods" follow it. With no radios the fieldset is no group: its legend reads as a heading
   * line over the message, not as an empty, required group.
   */
  #renderGateways(busy: boolean, invalid: boolean) {
    const texts = this.#i18n.texts;
    const offered = this.#offered;
    const list = this.#gatewayList.status.state;
    // A list loading or failed offers nothing (#offeredGateways).
    const radios = offered.length > 0;
    const hidden = this.#hiddenGateways();
    const shown = offered.filter((gateway) => !hidden.includes(gateway));
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
        <legend part="legend"><slot name="legend">${texts.legend}</slot></legend>
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
              ${texts.retry}
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
              ${texts.moreGateways.replace('{count}', String(hidden.length))}
            </button>`
      }
    `;
  }

  #renderGateway(gateway: Gateway, box: boolean) {
    // The name's direction is its own (dir="auto", which also isolates it): a brand reads "Alipay+" in a
    // right-to-left language too, where the surrounding direction would show "+Alipay".
    return html`
      <label part="gateway" class="gateway">
        <input
          part="radio"
          type="radio"
          name=${this.#radioName}
          .value=${gateway.id}
          @click=${this.#pay.hold}
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
        <span part="gateway-name label" dir="auto">${gateway.name}</span>
      </label>
    `;
  }

  #renderListMessage() {
    const texts = this.#i18n.texts;
    const list = this.#gatewayList.status;
    if (list.state === 'loading') {
      return html`<p id="list-message" part="loading" class="loading">
        <span class="spinner" aria-hidden="true"></span>${texts.loadingGateways}
      </p>`;
    }
    if (list.state === 'failed') {
      // Its own sentence: the shopper started no payment yet (the reason only where it helps: connection, time).
      const reason = shopperMessage(list.error, texts) ?? texts.errorGatewayList;
      return html`<div part="list-error" class="list-error" role="alert">
        <p id="list-message">${`${texts.gatewaysFailed} ${reason}`}</p>
      </div>`;
    }
    return html`<p id="list-message" part="empty" class="empty">${texts.noGateways}</p>`;
  }

  /**
   * Each failure renders its message in new nodes, so the same error twice is announced twice (WCAG 3.3.1, 4.1.3):
   * failures take two templates in turn, and Lit renders a template other than the last one anew. The two must
   * differ: the minifier merges identical template literals into one, which then updates a repeated message in place,
   * silently. (`keyed` does the same for 180 B gzip more in the script-tag file.)
   */
  #renderError(error: CheckoutError) {
    const texts = this.#i18n.texts;
    const code = error.errorCode ? ` (${error.errorCode})` : '';
    // error_info is the backend's own text, in English whatever the shopper's language (WCAG 3.1.2).
    // The Pay request's errors are worded by its part, which is loaded when they happen.
    const part = this.#pay.part;
    const sentence = shopperMessage(error, texts) ?? part?.payShopperMessage(error, texts) ?? texts.errorNetwork;
    const message = html`<p>${sentence}</p>
      ${
        part && error.errorInfo && error.code === 'msp-error'
          ? html`<p part="error-detail" class="detail">
              ${`${part.payText(texts, 'mspDetail')} `}<span lang="en" dir="ltr">${error.errorInfo}</span>${code}
            </p>`
          : nothing
      }`;
    return this.#pay.failures % 2 ? html`${message}` : html`${nothing}${message}`;
  }

  protected override render() {
    const { texts, lang, dir } = this.#i18n;
    const { phase } = this.#pay;
    const busy = phase !== 'idle';
    // What the form is doing, said on the Pay button and in the status region.
    const doing = busy ? texts[phase === 'busy' ? 'processing' : 'redirecting'] : undefined;
    const currency = this.#currency;
    const amount = this.#amount;
    // The Pay button's words: what it is doing while busy, else Pay with the amount when the configuration is sound.
    const payLabel =
      doing ??
      (amount === undefined || !currency || this.#config.error
        ? texts.pay
        : texts.payAmount.replace('{amount}', formatAmount(amount, currency, toBcp47(this.#i18n.locale))));
    const error = this.#pay.error ?? this.#config.error;
    const invalid = error?.code === 'no-gateway-selected';
    const noList = this.#noList;
    // The alert region (#error) is always in the DOM, so that screen readers announce what is put into it.
    // Busy is not inert: focus stays on Pay (or the radio Enter was pressed on), announced busy and unavailable,
    // and what is on screen stays in the accessibility tree (WCAG 2.4.3, 4.1.2). submit() refuses a second run.
    return html`<div lang=${lang} dir=${dir}>
      <slot name="heading"></slot>
      <form
        part="form"
        novalidate
        aria-label=${ifDefined(noList ? texts.legend : undefined)}
        aria-busy=${busy ? 'true' : 'false'}
        @submit=${this.#pay.submit}
        @keydown=${this.#pay.repeat}
      >
        ${noList ? nothing : this.#renderGateways(busy, invalid)}
        <button
          part="submit"
          type="submit"
          @click=${this.#pay.repeat}
          ?disabled=${this.#offered.length === 0 && !noList}
          aria-disabled=${ifDefined(busy ? 'true' : undefined)}
          aria-describedby=${ifDefined(error && !invalid ? 'error' : undefined)}
        >
          ${payLabel}
        </button>
      </form>
      <div id="error" part="error" class="error ${error ? 'shown' : ''}" role="alert">
        ${error ? this.#renderError(error) : nothing}
      </div>
      <p id="notice" part="notice" class="notice">${texts.redirectNotice}</p>
      <slot name="note"></slot>
      <div class="visually-hidden" role="status">${doing ?? this.#announcement}</div>
    </div>`;
  }
}
