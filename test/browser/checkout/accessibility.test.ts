import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { backend, gatewayList, mount, settled, shadow } from '../../support/helpers.js';

describe('<msp-checkout> accessibility (axe) in each state', () => {
  it('idle, with nothing chosen', async () => {
    const el = await mount({ endpoint: '/orders' });
    await expect(el).to.be.accessible();
  });

  it('idle, with a method chosen', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL' });
    await expect(el).to.be.accessible();
  });

  it('busy, waiting for the endpoint', async () => {
    const server = backend('held');
    const el = await mount({ endpoint: server.endpoint, gateways: 'IDEAL' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    shadow(el).button().click();
    await el.updateComplete;
    expect(shadow(el).form().getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await server.release();
    await settled(el);
  });

  it('showing a MultiSafepay error', async () => {
    const el = await mount({
      endpoint: backend('msp-error', { code: '1023', info: 'Gateway unavailable' }).endpoint,
      gateways: 'IDEAL',
    });
    const failed = oneEvent(el, 'msp-error');
    shadow(el).button().click();
    await failed;
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('showing that no method was chosen', async () => {
    const el = await mount({ endpoint: '/orders' });
    const failed = oneEvent(el, 'msp-error');
    shadow(el).button().click();
    await failed;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('showing a configuration error', async () => {
    const el = await mount({ gateways: 'IDEAL' });
    await expect(el).to.be.accessible();
  });

  it('with a failed gateway list, and while Retry loads it again', async () => {
    // Each attempt fails only when the test lets it: the second is looked at while it loads.
    const list = gatewayList('held-503');
    const el = await mount({ endpoint: '/orders', gateways: '' });
    const failed = oneEvent(el, 'msp-error');
    el.setAttribute('gateways-endpoint', list.endpoint);
    await list.arrived();
    await list.releaseNext();
    await failed;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="retry"]')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    const failedAgain = oneEvent(el, 'msp-error');
    await list.arrived(2);
    await list.releaseNext();
    await failedAgain;
  });

  it('with no list: Pay alone', async () => {
    const el = await mount({ endpoint: '/orders', gateways: '' });
    await expect(el).to.be.accessible();
  });

  it('with no payment method to offer', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'APPLEPAY' });
    await expect(el).to.be.accessible();
  });

  it('in dark mode, on a page that opts into it with color-scheme', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    document.body.style.background = 'Canvas';
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY' });
      expect(getComputedStyle(shadow(el).button()).backgroundColor).to.equal('rgb(124, 184, 255)');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('stays light on a light page when the system is dark, and honours theme="dark"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY' });
      expect(getComputedStyle(shadow(el).button()).backgroundColor).to.equal('rgb(11, 92, 173)');
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      el.style.background = '#121212';
      await el.updateComplete;
      expect(getComputedStyle(shadow(el).button()).backgroundColor).to.equal('rgb(124, 184, 255)');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
