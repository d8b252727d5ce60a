import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { render, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { MspCheckout } from '../../../src/checkout/msp-checkout.js';
import { backend, choose, gatewayList, settled, shadow } from '../../support/helpers.js';

/** A component of the page's own, which renders <msp-checkout> in its shadow root (as a design system would). */
class ShopPanel extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<h2>Payment</h2><msp-checkout></msp-checkout>';
  }

  get checkout() {
    return this.shadowRoot!.querySelector('msp-checkout')!;
  }
}
customElements.define('shop-panel', ShopPanel);

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.remove();
});

/**
 * fixture() for the page's plain elements, without its wait for an animation frame: a test file running in a
 * background tab may never get one (the wrapper is not a Lit element, so fixture() has nothing else to wait for).
 */
function mount<T extends Element>(template: TemplateResult): T {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  mounted.push(wrapper);
  render(template, wrapper);
  return wrapper.firstElementChild as T;
}

/** Configures an element the way a page writes it, and stops the redirect (the test page must stay). */
async function configure(el: MspCheckout, endpoint: string, gateways = 'DOTPAY,TRUSTLY,IDEAL') {
  el.setAttribute('endpoint', endpoint);
  el.setAttribute('gateways', gateways);
  el.setAttribute('amount', '1000');
  el.setAttribute('currency', 'EUR');
  el.setAttribute('locale', 'en_US');
  el.setAttribute('payment-origins', location.origin);
  el.addEventListener('msp-redirect', (event) => event.preventDefault());
  await el.updateComplete;
  return el;
}

/** A page form that records (and stops) every submission, so that a submitted form is seen, not followed. */
function recordSubmissions(form: HTMLFormElement) {
  const submissions: Event[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submissions.push(event);
  });
  return submissions;
}

describe('<msp-checkout> inside other components and forms', () => {
  it("works inside another component's shadow root; its events reach the page (composed)", async () => {
    const panel = mount<ShopPanel>(html`<shop-panel></shop-panel>`);
    const { endpoint, requests } = backend('success');
    const el = await configure(panel.checkout, endpoint);
    await choose(el, 'TRUSTLY');
    const seen = new Promise<{ path: EventTarget[]; target: EventTarget | null }>((resolve) =>
      document.addEventListener(
        'msp-redirect',
        (event) => resolve({ path: event.composedPath(), target: event.target }),
        { once: true },
      ),
    );
    shadow(el).button().click();
    const { path, target } = await seen;
    expect(path).to.include(el);
    expect(target).to.equal(panel); // retargeted to the page's component, as composed events are
    const [request, ...more] = await requests();
    expect(more).to.have.length(0);
    expect(JSON.parse(request!.body).gateway).to.equal('TRUSTLY');
  });

  it("Pay inside the page's <form> pays and does not submit the page's form", async () => {
    const form = mount<HTMLFormElement>(html`
      <form action="/never" method="post">
        <input name="coupon" aria-label="Coupon" />
        <msp-checkout></msp-checkout>
        <button type="submit">Place order</button>
      </form>
    `);
    const submissions = recordSubmissions(form);
    const { endpoint, requests } = backend('success');
    const el = await configure(form.querySelector('msp-checkout')!, endpoint);
    await choose(el, 'IDEAL');
    const redirected = oneEvent(el, 'msp-redirect');
    shadow(el).button().click();
    await redirected;
    expect((await requests()).map((request) => JSON.parse(request.body).gateway)).to.deep.equal(['IDEAL']);
    expect(submissions).to.have.length(0);
  });

  it("Enter on a method inside the page's <form> pays through the element, not the page's form", async () => {
    const form = mount<HTMLFormElement>(html`
      <form action="/never" method="post">
        <input name="coupon" aria-label="Coupon" />
        <msp-checkout></msp-checkout>
        <button type="submit">Place order</button>
      </form>
    `);
    const submissions = recordSubmissions(form);
    const { endpoint, requests } = backend('success');
    const el = await configure(form.querySelector('msp-checkout')!, endpoint);
    await choose(el, 'DOTPAY');
    shadow(el).radio('DOTPAY').focus();
    const submitted = oneEvent(el, 'msp-submit');
    await sendKeys({ press: 'Enter' });
    expect((await submitted).detail.gateway).to.equal('DOTPAY');
    await settled(el);
    expect(await requests()).to.have.length(1);
    expect(submissions).to.have.length(0);
    // The same key in the page's own field does submit the page's form: the check above could have failed.
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => submissions.length === 1, "Enter in the page's field did not submit its form");
  });

  it("inside a component's shadow root inside the page's <form>, Pay and Enter leave the page's form alone", async () => {
    const form = mount<HTMLFormElement>(html`
      <form action="/never" method="post">
        <shop-panel></shop-panel>
        <button type="submit">Place order</button>
      </form>
    `);
    const submissions = recordSubmissions(form);
    const { endpoint, requests } = backend('success');
    const el = await configure(form.querySelector<ShopPanel>('shop-panel')!.checkout, endpoint);
    await choose(el, 'TRUSTLY');
    shadow(el).radio('TRUSTLY').focus();
    const first = oneEvent(el, 'msp-redirect');
    await sendKeys({ press: 'Enter' });
    await first;
    await settled(el);
    const second = oneEvent(el, 'msp-redirect');
    shadow(el).button().click();
    await second;
    expect(await requests()).to.have.length(2);
    expect(submissions).to.have.length(0);
  });
});

describe('several <msp-checkout> on one page', () => {
  it('keep separate selections, send separate requests, and show an error only on the one that failed', async () => {
    const container = mount<HTMLElement>(html`
      <div>
        <msp-checkout id="first"></msp-checkout>
        <msp-checkout id="second"></msp-checkout>
        <shop-panel></shop-panel>
      </div>
    `);
    const ok = backend('success');
    const failing = backend('msp-error', { code: '1032', info: 'Invalid API key', status: '401' });
    const third = backend('success');
    const first = await configure(container.querySelector<MspCheckout>('#first')!, ok.endpoint);
    const second = await configure(container.querySelector<MspCheckout>('#second')!, failing.endpoint);
    const inPanel = await configure(container.querySelector<ShopPanel>('shop-panel')!.checkout, third.endpoint);

    await choose(first, 'DOTPAY');
    await choose(second, 'TRUSTLY');
    await choose(inPanel, 'IDEAL');
    // Same radio name in each shadow root, yet each keeps its own choice.
    expect([first.selected, second.selected, inPanel.selected]).to.deep.equal(['DOTPAY', 'TRUSTLY', 'IDEAL']);
    expect(shadow(first).radio('DOTPAY').checked).to.be.true;
    expect(shadow(second).radio('TRUSTLY').checked).to.be.true;
    expect(shadow(inPanel).radio('IDEAL').checked).to.be.true;

    const errors: EventTarget[] = [];
    for (const el of [first, second, inPanel]) {
      el.addEventListener('msp-error', (event) => errors.push(event.currentTarget!));
    }
    await Promise.all([first.submit(), second.submit(), inPanel.submit()]);
    await Promise.all([settled(first), settled(second), settled(inPanel)]);

    const gatewaysSent = async (conversation: ReturnType<typeof backend>) =>
      (await conversation.requests()).map((request) => JSON.parse(request.body).gateway);
    expect(await gatewaysSent(ok)).to.deep.equal(['DOTPAY']);
    expect(await gatewaysSent(failing)).to.deep.equal(['TRUSTLY']);
    expect(await gatewaysSent(third)).to.deep.equal(['IDEAL']);
    expect(errors).to.deep.equal([second]);
    expect(shadow(second).alert().textContent).to.contain('Invalid API key');
    expect(shadow(first).alert().textContent!.trim()).to.equal('');
    expect(shadow(inPanel).alert().textContent!.trim()).to.equal('');
  });
});

describe('<msp-checkout> moved in the page while waiting (keyed lists, teleports)', () => {
  it('starts the gateway list over instead of staying on "Loading"', async () => {
    const list = gatewayList('held');
    const el = await fixture<MspCheckout>(
      html`<msp-checkout endpoint="/orders" gateways-endpoint=${list.endpoint}></msp-checkout>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    await list.arrived();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el); // disconnect + connect: the first request is aborted
    await list.arrived(2); // the list asked for again
    await list.release();
    await waitUntil(() => shadow(el).radios().length > 0, 'the list never arrived after the move');
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    elsewhere.remove();
  });

  it('gives back a working Pay button when moved mid-payment', async () => {
    const slow = backend('held'); // never released: the move aborts it
    const el = await fixture<MspCheckout>(html`<msp-checkout></msp-checkout>`);
    await configure(el, slow.endpoint, 'IDEAL');
    shadow(el).button().click();
    await el.updateComplete;
    expect(shadow(el).form().getAttribute('aria-busy')).to.equal('true');
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    expect(shadow(el).form().getAttribute('aria-busy')).to.equal('false');
    expect(shadow(el).button().hasAttribute('aria-disabled')).to.equal(false);
    const good = backend('success');
    el.endpoint = good.endpoint;
    const redirected = oneEvent(el, 'msp-redirect');
    shadow(el).button().click();
    await redirected;
    expect(await good.requests()).to.have.length(1);
    elsewhere.remove();
  });
});
