import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { backend, choose, mount, settled, shadow } from '../../support/helpers.js';

describe('<msp-checkout> submitting the order', () => {
  it('POSTs MultiSafepay order JSON with the custom header to the endpoint', async () => {
    const { endpoint, requests } = backend('success');
    const el = await mount({ endpoint, description: 'Order 42 at Example Shop', orderId: 'order-42' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    await choose(el, 'DOTPAY');
    const redirected = oneEvent(el, 'msp-redirect');
    shadow(el).button().click();
    await redirected;
    const [request, ...more] = await requests();
    expect(more).to.have.length(0);
    expect(request!.method).to.equal('POST');
    expect(request!.headers['content-type']).to.equal('application/json');
    expect(request!.headers['x-msp-checkout']).to.equal('1');
    expect(JSON.parse(request!.body)).to.deep.equal({
      type: 'redirect',
      gateway: 'DOTPAY',
      order_id: 'order-42',
      currency: 'EUR',
      amount: 1000,
      description: 'Order 42 at Example Shop',
      customer: { locale: 'en_US' },
    });
  });

  it("sends the order without gateway when there is no list: MultiSafepay's page lists the methods", async () => {
    const { endpoint, requests } = backend('success');
    const el = await mount({ endpoint, gateways: '', orderId: 'order-43' });
    const errors: Event[] = [];
    el.addEventListener('msp-error', (event) => errors.push(event));
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    const redirected = oneEvent(el, 'msp-redirect');
    shadow(el).button().click();
    await redirected;
    const [request] = await requests();
    const body = JSON.parse(request!.body);
    expect(body).to.not.have.property('gateway');
    expect(body).to.deep.equal({
      type: 'redirect',
      order_id: 'order-43',
      currency: 'EUR',
      amount: 1000,
      customer: { locale: 'en_US' },
    });
    expect(errors).to.have.length(0);
  });

  it('leaves out absent optional fields and sends amount as a number', async () => {
    const { endpoint, requests } = backend('success');
    const el = await mount({ endpoint, gateways: 'ALIPAY', amount: '250', currency: 'usd', locale: 'zh-cn' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    const redirected = oneEvent(el, 'msp-redirect');
    await el.submit();
    await redirected;
    const [request] = await requests();
    expect(JSON.parse(request!.body)).to.deep.equal({
      type: 'redirect',
      gateway: 'ALIPAY',
      currency: 'USD',
      amount: 250,
      customer: { locale: 'zh_CN' },
    });
  });

  it("merges the integrator's orderFields without letting them replace the element's fields", async () => {
    const { endpoint, requests } = backend('success');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    el.orderFields = { var1: 'campaign-7', gateway: 'PAYPAL', customer: { email: 'a@example.com', locale: 'xx' } };
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    await el.submit();
    const body = JSON.parse((await requests())[0]!.body);
    expect(body.var1).to.equal('campaign-7');
    expect(body.gateway).to.equal('IDEAL');
    expect(body.customer).to.deep.equal({ email: 'a@example.com', locale: 'en_US' });
  });

  it('fires a cancelable msp-submit with the order body; cancelling sends nothing', async () => {
    const { endpoint, requests } = backend('success');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    const submitted = oneEvent(el, 'msp-submit');
    el.addEventListener('msp-submit', (event) => event.preventDefault());
    shadow(el).button().click();
    const event = await submitted;
    expect(event.cancelable).to.be.true;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.gateway).to.equal('IDEAL');
    expect(event.detail.amount).to.equal(1000);
    await el.updateComplete;
    expect(shadow(el).form().getAttribute('aria-busy')).to.equal('false');
    expect(await requests()).to.have.length(0);
  });

  it('says what is missing when Pay is pressed without a choice, and moves focus to the choice', async () => {
    const { endpoint, requests } = backend('success');
    const el = await mount({ endpoint });
    const failed = oneEvent(el, 'msp-error');
    shadow(el).button().click();
    expect((await failed).detail.code).to.equal('no-gateway-selected');
    await el.updateComplete;
    expect(shadow(el).alert().textContent).to.contain('Choose a payment method.');
    expect(shadow(el).form().querySelector('fieldset')!.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => shadow(el).focused() === shadow(el).radio('DOTPAY'), 'focus did not move to the choice');
    await choose(el, 'IDEAL');
    expect(shadow(el).alert().textContent!.trim()).to.equal('');
    expect(await requests()).to.have.length(0);
  });

  it('shows progress and is busy while waiting, with the form still in the tree (not inert)', async () => {
    const { endpoint, release } = backend('held');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    shadow(el).button().click();
    await el.updateComplete;
    expect(shadow(el).form().getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).form().inert).to.be.false;
    expect(shadow(el).button().getAttribute('aria-disabled')).to.equal('true');
    expect(shadow(el).button().textContent!.trim()).to.equal('Processing…');
    expect(shadow(el).status().textContent).to.contain('Processing');
    await release();
    await settled(el);
    expect(shadow(el).button().hasAttribute('aria-disabled')).to.be.false;
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay €10.00');
  });

  it('sends exactly one request on a double click', async () => {
    const { endpoint, requests, release } = backend('held');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    let redirects = 0;
    el.addEventListener('msp-redirect', (event) => {
      redirects += 1;
      event.preventDefault();
    });
    const button = shadow(el).button();
    button.click();
    button.click();
    await release();
    await settled(el);
    expect(await requests()).to.have.length(1);
    expect(redirects).to.equal(1);
  });

  it('sends exactly one request on a double Enter', async () => {
    // The answer is held until both presses are in (each key press is a round trip to the test runner, slow on a
    // busy machine), so the second surely comes while the first is under way; the test checks that it did.
    const { endpoint, requests, release } = backend('held');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    shadow(el).button().focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    expect(shadow(el).form().getAttribute('aria-busy'), 'the first payment ended before the second press').to.equal(
      'true',
    );
    await release();
    await settled(el);
    expect(await requests()).to.have.length(1);
  });

  it('submits from a radio with Enter, and submit() called in a loop sends one request', async () => {
    // Held until the loop is over: an answer that came between the Enter and the loop would end the first intent, and
    // a submit() after it would rightly be a second one.
    const { endpoint, requests, release } = backend('held');
    const el = await mount({ endpoint });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    await choose(el, 'ALIPAY');
    shadow(el).radio('ALIPAY').focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 10; i += 1) void el.submit();
    await release();
    await settled(el);
    expect(await requests()).to.have.length(1);
  });

  it('aborts its request when it is removed from the page, and stays quiet', async () => {
    // Never answered (the test releases nothing): submit() can only settle because the request was aborted.
    const { endpoint, requests, arrived } = backend('held');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    const events: string[] = [];
    for (const type of ['msp-error', 'msp-redirect'] as const) el.addEventListener(type, () => events.push(type));
    const pending = el.submit();
    await arrived();
    el.remove();
    await pending;
    await waitUntil(async () => (await requests())[0]?.aborted, 'the server never saw the request aborted');
    expect(events).to.deep.equal([]);
  });
  it('waits for a long timeout instead of timing out at once (timeout="3000000000")', async () => {
    // A timer of more than 2^31-1 ms fires at once in browsers: while the request waits at the server (a round trip to
    // it, arrived(), and back, many timer turns), such a timeout would have ended it.
    const { endpoint, arrived, release } = backend('held');
    const el = await mount({ endpoint, gateways: 'IDEAL', timeout: '3000000000' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    const errors: string[] = [];
    el.addEventListener('msp-error', (event) => errors.push(event.detail.code));
    const redirected = oneEvent(el, 'msp-redirect');
    const submitted = el.submit();
    await arrived();
    expect(errors).to.deep.equal([]);
    await release();
    await submitted;
    expect(errors).to.deep.equal([]);
    await redirected;
  });
});
