// The shop's session reaches its backend: every request the elements make carries the page's cookies, as a
// same-origin request ("same-origin credentials" for the order; the gateway list GET "with
// same-origin credentials"; a status request tied to the shopper's session through `authorizeStatus`, which
// only a request that carries the session can pass). Asserted on what reaches the test server, not on fetch's options.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { MspPaymentStatus } from '../../src/index.js';
import { backend, choose, gatewayList, listLoaded, mount } from '../support/helpers.js';
import { statusBackend } from '../support/status-backend.js';

/** A cookie of this test's own on the page's origin, removed after the test. */
function sessionCookie() {
  const value = `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  document.cookie = `shop_session=${value}; path=/; SameSite=Lax`;
  return value;
}

const cookies = (headers: Record<string, string>) => headers['cookie'] ?? '';

describe('the shop session cookie goes with every request to the shop', () => {
  afterEach(() => {
    document.cookie = 'shop_session=; path=/; max-age=0';
  });

  it('the order: POST endpoint carries the session cookie', async () => {
    const session = sessionCookie();
    const { endpoint, requests } = backend('success');
    const el = await mount({ endpoint, orderId: 'order-cookie' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    await choose(el, 'IDEAL');
    const redirected = oneEvent(el, 'msp-redirect');
    await el.submit();
    await redirected;
    const [request] = await requests();
    expect(request!.method).to.equal('POST');
    expect(cookies(request!.headers)).to.contain(`shop_session=${session}`);
  });

  it('the gateway list: GET gateways-endpoint carries the session cookie', async () => {
    const session = sessionCookie();
    const list = gatewayList('gateways');
    const el = await mount({ endpoint: '/orders', gateways: '' });
    el.setAttribute('gateways-endpoint', list.endpoint);
    await listLoaded(el);
    const [request] = await list.requests();
    expect(cookies(request!.headers)).to.contain(`shop_session=${session}`);
  });

  it('the return page: GET endpoint?transactionid= carries the session cookie', async () => {
    const session = sessionCookie();
    const status = statusBackend('completed');
    const el = await fixture<MspPaymentStatus>(
      html`<msp-payment-status
        endpoint=${status.endpoint}
        order-id="order-cookie"
        locale="en_US"
      ></msp-payment-status>`,
    );
    await waitUntil(async () => (await status.requests()).length > 0, 'the status was never asked');
    const [request] = await status.requests();
    expect(new URL(request!.url, location.origin).searchParams.get('transactionid')).to.equal('order-cookie');
    expect(cookies(request!.headers)).to.contain(`shop_session=${session}`);
    el.remove();
  });
});
