import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { CheckoutErrorCode } from '../../../src/internal/errors.js';
import { report } from '../../support/figures.js';
import { backend, mount, shadow } from '../../support/helpers.js';

// A network that fails in every way a shop's does, against a misbehaving server on 127.0.0.1: the element must
// end every attempt (an error, by its own timeout where the server never ends it), never stay busy, and abort its
// request when it leaves. How long after the timeout the error comes is measured (a figure of the table), not
// asserted: on a loaded machine timers run late, and that is no fault of the element.

const SUITE = 'network-faults';
const TIMEOUT = 1500;

async function closedPortEndpoint(): Promise<string> {
  const { port } = (await (await fetch('/backend/closed-port')).json()) as { port: number };
  return `http://127.0.0.1:${port}/checkout/create-order`;
}

interface Fault {
  name: string;
  endpoint: () => Promise<string> | string;
  /** The code; a name lookup may also outlast the timeout, depending on the machine's resolver. */
  code: CheckoutErrorCode | CheckoutErrorCode[];
}

const faults: Fault[] = [
  // Held until the client goes away: nothing but the element's timeout can end it.
  { name: 'no headers before the timeout', endpoint: () => backend('held').endpoint, code: 'timeout' },
  { name: 'headers, then a body that stalls', endpoint: () => backend('stall-body').endpoint, code: 'timeout' },
  { name: 'headers, then a body trickled for ever', endpoint: () => backend('trickle').endpoint, code: 'timeout' },
  { name: 'the connection reset before any answer', endpoint: () => backend('drop').endpoint, code: 'network-error' },
  { name: 'the connection reset in the body', endpoint: () => backend('reset-body').endpoint, code: 'network-error' },
  { name: 'offline: nothing listens on the port', endpoint: closedPortEndpoint, code: 'network-error' },
  {
    name: 'offline: a host that does not resolve',
    endpoint: () => 'http://msp-checkout-offline.invalid/checkout/create-order',
    code: ['network-error', 'timeout'],
  },
];

describe('network faults', () => {
  for (const fault of faults) {
    it(`${fault.name}: ${[fault.code].flat().join(' or ')}, and the form usable again`, async () => {
      const el = await mount({ endpoint: await fault.endpoint(), gateways: 'IDEAL', timeout: String(TIMEOUT) });
      const failed = oneEvent(el, 'msp-error');
      const started = performance.now();
      shadow(el).button().click();
      await el.updateComplete;
      const wasBusy = shadow(el).form().getAttribute('aria-busy') === 'true';
      const { detail } = await failed;
      const elapsed = Math.round(performance.now() - started);
      await el.updateComplete;
      const stuck = shadow(el).form().getAttribute('aria-busy') !== 'false' || shadow(el).form().inert ? 1 : 0;
      await report(SUITE, {
        'faults injected': 1,
        'stuck busy states': stuck,
        'max time to error (ms)': { value: elapsed, how: 'max' },
        'timeout (ms)': { value: TIMEOUT, how: 'set' },
      });
      expect(wasBusy).to.be.true;
      expect(detail.code).to.be.oneOf([fault.code].flat());
      // The timeout is never early (a server that never answers can only be ended by it).
      if (detail.code === 'timeout') expect(elapsed).to.be.at.least(TIMEOUT - 50);
      expect(stuck).to.equal(0);
      expect(shadow(el).button().disabled).to.be.false;
      expect(shadow(el).alert().textContent!.trim()).not.to.equal('');
    });
  }

  it('slow headers within the timeout are waited for, not abandoned', async () => {
    // The answer is held until the request has reached the server and the element is seen waiting for it; then it
    // comes, well within a timeout far beyond any machine's load.
    const { endpoint, arrived, release } = backend('held');
    const el = await mount({
      endpoint,
      gateways: 'IDEAL',
      timeout: '30000',
      paymentOrigins: location.origin,
    });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    const redirected = oneEvent(el, 'msp-redirect');
    shadow(el).button().click();
    await arrived();
    expect(shadow(el).form().getAttribute('aria-busy'), 'still waiting for the held answer').to.equal('true');
    await release();
    expect((await redirected).detail.paymentUrl).to.contain('/backend/pay/');
  });

  it('aborts its request when removed from the page: the server sees the connection closed', async () => {
    const { endpoint, requests } = backend('hold');
    const el = await mount({ endpoint, gateways: 'IDEAL', timeout: '20000' });
    const errors: string[] = [];
    el.addEventListener('msp-error', (event) => errors.push(event.detail.code));
    shadow(el).button().click();
    await waitUntil(async () => (await requests()).length === 1, 'the request did not reach the server');
    const removedAt = Date.now();
    el.remove();
    let abortedAt = 0;
    await waitUntil(async () => {
      abortedAt = ((await requests())[0] as { aborted?: number }).aborted ?? 0;
      return abortedAt > 0;
    }, 'the server never saw the request aborted');
    await report(SUITE, {
      'requests aborted on removal (server-side)': 1,
      'abort seen by the server after (ms)': { value: Math.max(0, abortedAt - removedAt), how: 'max' },
    });
    expect(errors).to.deep.equal([]); // nobody is there to read an error
  });
});
