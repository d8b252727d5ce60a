import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CheckoutErrorCode } from '../../../src/internal/errors.js';
import { report } from '../../support/figures.js';
import { backend, mount, shadow } from '../../support/helpers.js';

// A network that fails in every way a shop's does, against a misbehaving server on 127.0.0.1: the element must
// end every attempt (an error within its timeout + 1 s), never stay busy, and abort its request when it leaves.

const SUITE = 'network-faults';
const TIMEOUT = 1500;
const SLACK = 1000;

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
  { name: 'no headers before the timeout', endpoint: () => backend('slow', { ms: '10000' }).endpoint, code: 'timeout' },
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
    it(`${fault.name}: ${[fault.code].flat().join(' or ')} within the timeout + 1 s, and the form usable again`, async () => {
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
      expect(elapsed).to.be.at.most(TIMEOUT + SLACK);
      expect(stuck).to.equal(0);
      expect(shadow(el).button().disabled).to.be.false;
      expect(shadow(el).alert().textContent!.trim()).not.to.equal('');
    });
  }

  it('slow headers within the timeout are waited for, not abandoned', async () => {
    const { endpoint } = backend('slow', { ms: String(TIMEOUT - 700) });
    const el = await mount({
      endpoint,
      gateways: 'IDEAL',
      timeout: String(TIMEOUT),
      paymentOrigins: location.origin,
    });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    const redirected = oneEvent(el, 'msp-redirect');
    shadow(el).button().click();
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
    await waitUntil(
      async () => {
        abortedAt = ((await requests())[0] as { aborted?: number }).aborted ?? 0;
        return abortedAt > 0;
      },
      'the server never saw the request aborted',
      { timeout: 3000 },
    );
    await report(SUITE, {
      'requests aborted on removal (server-side)': 1,
      'abort seen by the server after (ms)': { value: Math.max(0, abortedAt - removedAt), how: 'max' },
    });
    expect(errors).to.deep.equal([]); // nobody is there to read an error
  });
});
