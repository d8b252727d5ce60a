// The floor: the least a redirect checkout element can do, with no library. A fieldset of radios and a Pay
// button in shadow DOM; on submit it POSTs to `endpoint`, fires cancelable events and goes to `payment_url`.
// Measured by scripts/bench.mjs next to <msp-checkout>, so every msp-checkout figure has a ratio to this.
class FloorCheckout extends HTMLElement {
  #currency = 'EUR';

  connectedCallback() {
    if (this.shadowRoot) return;
    this.#currency = this.getAttribute('currency') || 'EUR';
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<form novalidate><fieldset><legend>Payment method</legend></fieldset><button type="submit"></button></form>`;
    const fieldset = root.querySelector('fieldset');
    for (const id of (this.getAttribute('gateways') || '').split(',')) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'gateway';
      input.value = id;
      label.append(input, ` ${id}`);
      fieldset.append(label);
    }
    root.querySelector('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    this.#renderButton();
  }

  get currency() {
    return this.#currency;
  }

  set currency(value) {
    this.#currency = value;
    this.#renderButton();
  }

  /** Same shape as Lit's, so the benchmark can await both elements alike; rendering here is synchronous. */
  get updateComplete() {
    return Promise.resolve(true);
  }

  #renderButton() {
    const button = this.shadowRoot?.querySelector('button');
    if (!button) return;
    const amount = Number(this.getAttribute('amount')) / 100;
    const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: this.#currency }).format(amount);
    button.textContent = `Pay ${price}`;
  }

  async #submit() {
    const checked = this.shadowRoot.querySelector('input:checked');
    if (!checked) return;
    const order = { type: 'redirect', gateway: checked.value, amount: Number(this.getAttribute('amount')) };
    if (!this.dispatchEvent(new CustomEvent('floor-submit', { detail: order, cancelable: true }))) return;
    const response = await fetch(this.getAttribute('endpoint'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-MSP-Checkout': '1' },
      body: JSON.stringify(order),
    });
    const body = await response.json();
    const paymentUrl = body?.data?.payment_url;
    if (typeof paymentUrl !== 'string') return;
    const detail = { orderId: body.data.order_id, paymentUrl };
    if (this.dispatchEvent(new CustomEvent('floor-redirect', { detail, cancelable: true }))) {
      window.location.assign(paymentUrl);
    }
  }
}

customElements.define('floor-checkout', FloorCheckout);
