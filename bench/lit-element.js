// The minimal Lit element: what bench/floor-element.js does (radios, a Pay button with the amount formatted by Intl,
// POST on submit, cancelable events, redirect), written the Lit way. scripts/bench.mjs bundles it with Lit inside
// (esbuild, minified, Lit's production build) like the script-tag file, so that <msp-checkout>'s figures have a
// ratio to "Lit and nothing of ours" next to their ratio to the vanilla floor.
import { LitElement, css, html } from 'lit';

class LitCheckout extends LitElement {
  static properties = {
    endpoint: {},
    gateways: {},
    amount: { type: Number },
    currency: {},
    selected: { state: true },
  };

  static styles = css`
    :host {
      display: block;
    }
    fieldset {
      display: grid;
      border: 0;
      padding: 0;
    }
  `;

  constructor() {
    super();
    this.endpoint = '';
    this.gateways = '';
    this.amount = 0;
    this.currency = 'EUR';
  }

  render() {
    const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: this.currency }).format(
      this.amount / 100,
    );
    return html`<form novalidate @submit=${this.#onSubmit}>
      <fieldset>
        <legend>Payment method</legend>
        ${this.gateways
          .split(',')
          .map(
            (id) =>
              html`<label
                ><input type="radio" name="gateway" .value=${id} @change=${() => (this.selected = id)} /> ${id}</label
              >`,
          )}
      </fieldset>
      <button type="submit">Pay ${price}</button>
    </form>`;
  }

  #onSubmit = async (event) => {
    event.preventDefault();
    if (!this.selected) return;
    const order = { type: 'redirect', gateway: this.selected, amount: this.amount };
    const init = { detail: order, cancelable: true, bubbles: true, composed: true };
    if (!this.dispatchEvent(new CustomEvent('lit-submit', init))) return;
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-MSP-Checkout': '1' },
      body: JSON.stringify(order),
    });
    const body = await response.json();
    const paymentUrl = body?.data?.payment_url;
    if (typeof paymentUrl !== 'string') return;
    const detail = { orderId: body.data.order_id, paymentUrl };
    if (
      this.dispatchEvent(new CustomEvent('lit-redirect', { detail, cancelable: true, bubbles: true, composed: true }))
    ) {
      window.location.assign(paymentUrl);
    }
  };
}

customElements.define('lit-checkout', LitCheckout);
