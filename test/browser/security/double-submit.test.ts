import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { MspCheckout } from '../../../src/checkout/msp-checkout.js';
import { report } from '../../support/figures.js';
import { backend, mount, settled, shadow, waitUntil } from '../../support/helpers.js';
import { openWindow, waitForPath } from '../../support/popup.js';

// One intent to pay, one request, at most one navigation: however often Pay is clicked, Enter repeats or code calls
// submit(). In the test page msp-redirect is cancelled (it is the navigation's last step; a real navigation would
// end the test page); in a window of its own the element really navigates and the payment page's loads are counted.

const SUITE = 'double-submit';

async function payLoads(orderId: string): Promise<number> {
  return ((await (await fetch(`/backend/log?test=pay:${orderId}`)).json()) as unknown[]).length;
}

/** Counts msp-redirect events and cancels them. */
function redirects(el: MspCheckout) {
  const seen: string[] = [];
  el.addEventListener('msp-redirect', (event) => {
    seen.push(event.detail.paymentUrl);
    event.preventDefault();
  });
  return seen;
}

async function record(intents: number, requests: number, navigations: number) {
  await report(SUITE, {
    intents,
    requests,
    'requests per intent (max)': { value: requests / intents, how: 'max' },
    'navigations per intent (max)': { value: navigations / intents, how: 'max' },
  });
}

describe('double submit and retry', () => {
  it('rapid mouse clicks on Pay: 1 request, 1 navigation', async () => {
    // The answer is held until the burst of clicks is over, however slow each sendMouse round trip to the runner is
    // on a loaded machine: a click after a cancelled msp-redirect would be a new intent, rightly sent.
    const { endpoint, requests, release } = backend('held');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    const seen = redirects(el);
    const box = shadow(el).button().getBoundingClientRect();
    const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    for (let i = 0; i < 6; i += 1) await sendMouse({ type: 'click', position });
    for (let i = 0; i < 10; i += 1) shadow(el).button().click();
    await release();
    await waitUntil(() => seen.length > 0, 'no redirect');
    await settled(el);
    const sent = (await requests()).length;
    await record(1, sent, seen.length);
    expect(sent).to.equal(1);
    expect(seen).to.have.length(1);
  });

  it('Enter held down on Pay (repeating keydown, no keyup): 1 request, 1 navigation', async () => {
    const { endpoint, requests, release } = backend('held');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    const seen = redirects(el);
    let keydowns = 0;
    const count = (event: KeyboardEvent) => (keydowns += event.key === 'Enter' ? 1 : 0);
    document.addEventListener('keydown', count, true);
    shadow(el).button().focus();
    for (let i = 0; i < 8; i += 1) await sendKeys({ down: 'Enter' });
    await sendKeys({ up: 'Enter' });
    document.removeEventListener('keydown', count, true);
    await release();
    await waitUntil(() => seen.length > 0, 'no redirect');
    await settled(el);
    const sent = (await requests()).length;
    await record(1, sent, seen.length);
    expect(keydowns).to.equal(8);
    expect(sent).to.equal(1);
    expect(seen).to.have.length(1);
  });

  it('submit() called in a loop: 1 request, 1 navigation, every call resolves', async () => {
    const { endpoint, requests, release } = backend('held');
    const el = await mount({ endpoint, gateways: 'IDEAL' });
    const seen = redirects(el);
    const calls = Array.from({ length: 25 }, () => el.submit());
    await release();
    await Promise.all(calls);
    await settled(el);
    const sent = (await requests()).length;
    await record(1, sent, seen.length);
    expect(sent).to.equal(1);
    expect(seen).to.have.length(1);
  });

  it('in a window of its own, clicks and submit() together: the payment page loads once', async () => {
    const orderId = `double-${Date.now().toString(36)}`;
    const { endpoint, requests, release } = backend('held');
    const view = await openWindow(
      `<!doctype html><html lang="en"><script type="module" src="/src/index.ts"></script>
      <msp-checkout endpoint="${endpoint}" gateways="IDEAL" order-id="${orderId}"
        payment-origins="${location.origin}"></msp-checkout></html>`,
    );
    await waitUntil(() => view.document.querySelector('msp-checkout')?.shadowRoot?.querySelector('button'));
    const el = view.document.querySelector('msp-checkout')!;
    for (let i = 0; i < 10; i += 1) el.shadowRoot!.querySelector('button')!.click();
    for (let i = 0; i < 10; i += 1) void el.submit();
    await release();
    // Once the payment page has loaded (waitForPath waits for it), the checkout's page is gone: a second navigation
    // would have had to start before, and would show in the loads counted below. No waiting for one that might come.
    await waitForPath(view, `/backend/pay/${orderId}`);
    const sent = (await requests()).length;
    const loads = await payLoads(orderId);
    view.close();
    await record(1, sent, loads);
    expect(sent).to.equal(1);
    expect(loads).to.equal(1);
  });

  it('a retry after a timeout whose first request succeeds later: 1 request per click, 1 navigation', async () => {
    const orderId = `late-${Date.now().toString(36)}`;
    const { endpoint, requests, release } = backend('late');
    const view = await openWindow(
      `<!doctype html><html lang="en"><script type="module" src="/src/index.ts"></script>
      <msp-checkout endpoint="${endpoint}" gateways="IDEAL" order-id="${orderId}" timeout="1000"
        payment-origins="${location.origin}"></msp-checkout></html>`,
    );
    await waitUntil(() => view.document.querySelector('msp-checkout')?.shadowRoot?.querySelector('button'));
    const el = view.document.querySelector('msp-checkout')!;
    const button = () => el.shadowRoot!.querySelector('button')!;
    const timedOut = oneEvent(el, 'msp-error');
    button().click();
    expect((await timedOut).detail.code).to.equal('timeout');
    await waitUntil(
      () => el.shadowRoot!.querySelector('form')!.getAttribute('aria-busy') === 'false',
      'the form stayed busy',
    );
    const redirect = oneEvent(el, 'msp-redirect');
    button().click();
    const { detail } = await redirect;
    await waitForPath(view, `/backend/pay/${orderId}`);
    // Now the first request's late success comes: it must not navigate anywhere.
    await release();
    await waitUntil(
      async () => (await requests()).some((entry) => (entry as { lateAnswerLost?: number }).lateAnswerLost),
      'the first request was never answered late',
    );
    const sent = (await requests()).length;
    const loads = await payLoads(orderId);
    view.close();
    await record(2, sent, loads);
    await report(SUITE, { 'late successes that navigated': loads - 1 });
    expect(detail.orderId).to.equal(orderId);
    expect(sent).to.equal(2);
    expect(loads).to.equal(1);
  });
});
