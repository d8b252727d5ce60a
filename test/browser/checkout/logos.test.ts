import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { nothing } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import type { MspCheckout } from '../../../src/checkout/msp-checkout.js';
import { gate } from '../../support/backend-client.js';
import { mount, shadow } from '../../support/helpers.js';
import { DEV_MODE } from '../../../src/internal/dev-mode.js';

const logos = (el: MspCheckout) => [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('img[part="icon"]')];
const sources = (el: MspCheckout) => logos(el).map((img) => img.getAttribute('src'));
const names = (el: MspCheckout) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="gateway-name"]')];
const box = (element: Element) => {
  const { width, height } = element.getBoundingClientRect();
  return [width, height];
};

/** Lazy images in a background test tab may never start: load them now, and wait until each has loaded or failed. */
async function settled(el: MspCheckout) {
  for (const img of logos(el)) img.loading = 'eager';
  await waitUntil(() => logos(el).every((img) => img.complete), 'a logo never finished loading');
  await el.updateComplete;
}

/** Images the page fetched, by URL path, from the browser's resource timing. */
const imageRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'img')
    .map((entry) => new URL(entry.name).pathname);

/** Collects the development-host warnings (tests run on 127.0.0.1, a development host). */
async function warningsDuring(action: () => Promise<unknown>) {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('<msp-checkout> logos: off unless the merchant asks', () => {
  it('shows names only and requests no image for a plain gateways list', async () => {
    performance.clearResourceTimings();
    const plain = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY,BANKTRANS' });
    expect(logos(plain)).to.have.length(0);
    expect(plain.shadowRoot!.querySelector('.icon'), 'no empty logo boxes either').to.equal(null);
    // A control on the same page that does ask: once its logo has arrived, the plain element has had every chance.
    const control = await mount({ endpoint: '/orders', gateways: 'EPS' });
    control.setAttribute('icons', '/backend/logos/');
    await control.updateComplete;
    await settled(control);
    await waitUntil(() => imageRequests().length > 0, 'the control logo left no resource timing');
    expect(imageRequests()).to.deep.equal(['/backend/logos/eps.svg']);
  });
});

describe('<msp-checkout icons>: a folder of logos with MultiSafepay’s file names', function () {
  // The file's first axe run loads axe, which takes seconds on a busy machine.
  this.timeout(30_000);
  it('completes the folder with each gateway’s logo file, adding a missing final slash', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL,BANKTRANS,MISTERCASH' });
    el.setAttribute('icons', '/backend/logos/');
    await el.updateComplete;
    expect(sources(el)).to.deep.equal([
      '/backend/logos/ideal.svg',
      '/backend/logos/banktransfer.svg',
      '/backend/logos/mistercash.svg',
    ]);
    el.setAttribute('icons', 'https://media.multisafepay.com/img/methods/svg');
    await el.updateComplete;
    expect(sources(el)[0]).to.equal('https://media.multisafepay.com/img/methods/svg/ideal.svg');
    el.removeAttribute('icons');
    await el.updateComplete;
    expect(logos(el), 'removing icons removes the logos').to.have.length(0);
  });

  it('draws each logo in a 40 × 24 box with empty alt beside the name, and loads them from the folder', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY' });
    el.setAttribute('icons', '/backend/logos/');
    await el.updateComplete;
    await settled(el);
    for (const img of logos(el)) {
      expect(img.alt).to.equal('');
      expect(img.naturalWidth, `${img.src} loaded`).to.be.greaterThan(0);
      expect(box(img)).to.deep.equal([40, 24]);
    }
    expect(shadow(el).labels()).to.deep.equal(['iDEAL', 'Dotpay']);
    await expect(el).to.be.accessible();
  });

  for (const bad of ['javascript:alert(1)', 'data:image/svg+xml,<svg/>', 'http://example.com/logos/', ' ']) {
    it(`ignores icons=${JSON.stringify(bad)} with a warning on a development host`, async () => {
      const el = await mount({ endpoint: '/orders', gateways: 'IDEAL' });
      const warnings = await warningsDuring(async () => {
        el.setAttribute('icons', bad);
        await el.updateComplete;
      });
      expect(logos(el)).to.have.length(0);
      // The development build's warning; the production build says nothing.
      if (bad.trim() && DEV_MODE) expect(warnings.join('\n')).to.contain(`logo ${bad} ignored`);
      if (!DEV_MODE) expect(warnings).to.deep.equal([]);
      expect(shadow(el).labels()).to.deep.equal(['iDEAL']);
    });
  }
});

describe('<msp-checkout> gateways with their own icon', () => {
  it('shows a gateway’s icon, which wins over the icons folder', async () => {
    const el = await mount({ endpoint: '/orders' });
    el.gateways = [
      { id: 'IDEAL', name: 'iDEAL', icon: '/backend/logos/own-ideal.svg' },
      { id: 'DOTPAY', icon: 'https://cdn.example/dotpay.svg' },
      'ALIPAY',
    ];
    await el.updateComplete;
    expect(sources(el)).to.deep.equal(['/backend/logos/own-ideal.svg', 'https://cdn.example/dotpay.svg']);
    // Alipay has no logo, but its name lines up with the others: an empty box of the same size.
    const [idealName, , alipayName] = names(el);
    expect(alipayName!.getBoundingClientRect().left).to.equal(idealName!.getBoundingClientRect().left);
    el.setAttribute('icons', '/backend/logos/');
    await el.updateComplete;
    expect(sources(el)).to.deep.equal([
      '/backend/logos/own-ideal.svg',
      'https://cdn.example/dotpay.svg',
      '/backend/logos/alipay.svg',
    ]);
  });

  it('ignores an icon that is not https or a path on this site, with a warning, and keeps the gateway', async () => {
    const el = await mount({ endpoint: '/orders' });
    const bad = ['javascript:alert(1)', 'http://tracker.example/p.gif', 'data:image/png;base64,AAAA', '/a b.svg'];
    const warnings = await warningsDuring(async () => {
      el.gateways = [
        ...bad.map((icon, index) => ({ id: ['IDEAL', 'DOTPAY', 'EPS', 'KBC'][index]!, icon })),
        { id: 'CBC', icon: 42 as unknown as string },
      ];
      await el.updateComplete;
    });
    expect(shadow(el).labels()).to.deep.equal(['iDEAL', 'Dotpay', 'EPS', 'KBC', 'CBC']);
    expect(logos(el)).to.have.length(0);
    // The development build's warnings; the production build says nothing.
    for (const icon of DEV_MODE ? [...bad, '42'] : []) expect(warnings.join('\n')).to.contain(`logo ${icon} ignored`);
    if (!DEV_MODE) expect(warnings).to.deep.equal([]);
  });
});

describe('<msp-checkout> logos from gateways-endpoint', () => {
  const list = (extra = '') =>
    html`<msp-checkout
      endpoint="/orders"
      locale="en_US"
      currency="EUR"
      amount="500"
      gateways="IDEAL,DOTPAY,PAYPAL"
      gateways-endpoint="/backend/gateways/payment-methods?test=logos"
      payment-origins=${location.origin}
      icons=${extra || nothing}
    ></msp-checkout>`;
  const loaded = async (el: MspCheckout) => waitUntil(() => shadow(el).radios().length > 0, 'the list never loaded');

  it("shows the list's icon_urls; the icons folder wins over them; a gateway's own icon wins over both", async () => {
    const plain = await fixture<MspCheckout>(list());
    await loaded(plain);
    expect(sources(plain)).to.deep.equal(['/backend/icon.svg?id=IDEAL', '/backend/missing-icon.svg']);
    const folder = await fixture<MspCheckout>(list('/backend/logos/'));
    await loaded(folder);
    expect(sources(folder)).to.deep.equal([
      '/backend/logos/ideal.svg',
      '/backend/logos/dotpay.svg',
      '/backend/logos/paypal.svg',
    ]);
    folder.gateways = [{ id: 'IDEAL', icon: '/backend/logos/mine.svg' }, 'DOTPAY'];
    await folder.updateComplete;
    expect(sources(folder)).to.deep.equal(['/backend/logos/mine.svg', '/backend/logos/dotpay.svg']);
  });
});

describe('<msp-checkout> logos that do not move the layout', () => {
  it('keeps the box of a logo while it loads and after it fails: the names do not move', async () => {
    // EPS's logo is held at the server until the test has looked at the layout while it loads.
    const slowLogo = gate();
    const el = await mount({ endpoint: '/orders' });
    el.gateways = [
      { id: 'IDEAL', icon: '/backend/logos/ideal.svg' },
      { id: 'DOTPAY', icon: '/backend/logos/missing-dotpay.svg' },
      { id: 'EPS', icon: `/backend/logos/eps.svg?gate=${slowLogo.key}` },
    ];
    await el.updateComplete;
    const before = names(el).map((name) => name.getBoundingClientRect().toJSON());
    for (const img of logos(el)) img.loading = 'eager';
    // Dotpay's logo has failed while EPS's is still on its way.
    await waitUntil(() => logos(el)[1]!.hidden, "Dotpay's broken logo stayed visible");
    const [, broken, loading] = logos(el);
    expect(loading!.complete, 'the slow logo is still loading').to.be.false;
    expect(box(loading!)).to.deep.equal([40, 24]);
    expect(box(broken!), 'the broken logo keeps its box').to.deep.equal([40, 24]);
    expect(getComputedStyle(broken!).visibility).to.equal('hidden');
    await slowLogo.release();
    await settled(el);
    expect(logos(el)[2]!.naturalWidth).to.be.greaterThan(0);
    const after = names(el).map((name) => name.getBoundingClientRect().toJSON());
    expect(after, 'no name moved while logos loaded or failed').to.deep.equal(before);
    await expect(el).to.be.accessible();
  });
});

describe('<msp-checkout> logos in every theme and direction', () => {
  async function withLogos(attributes: Record<string, string> = {}) {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY', locale: attributes['locale'] });
    for (const [name, value] of Object.entries({ icons: '/backend/logos/', ...attributes }))
      el.setAttribute(name, value);
    await el.updateComplete;
    await settled(el);
    return el;
  }

  it('puts logos made for white on a white chip in the dark theme; axe is clean', async () => {
    const el = await withLogos({ theme: 'dark' });
    el.style.background = '#121212'; // a dark shop's page
    const style = getComputedStyle(logos(el)[0]!);
    expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(shadow(el).radio('IDEAL').closest('label')!).backgroundColor).to.equal('rgb(30, 30, 30)');
    await expect(el).to.be.accessible();
  });

  it('leaves logos out in forced colours, where their own colours may vanish: the names stay', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const el = await withLogos();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      for (const img of logos(el)) expect(getComputedStyle(img).display).to.equal('none');
      expect(shadow(el).labels()).to.deep.equal(['iDEAL', 'Dotpay']);
      for (const name of names(el)) expect(name.getBoundingClientRect().width).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });

  it('mirrors the row in a right-to-left language: radio, logo, name from the right', async () => {
    const el = await withLogos({ locale: 'he_IL' });
    await waitUntil(() => el.shadowRoot!.querySelector('[dir="rtl"]'), 'Hebrew never arrived');
    const radio = shadow(el).radio('IDEAL').getBoundingClientRect();
    const logo = logos(el)[0]!.getBoundingClientRect();
    const name = names(el)[0]!.getBoundingClientRect();
    expect(radio.left).to.be.greaterThan(logo.right - 1);
    expect(logo.left).to.be.greaterThan(name.right - 1);
    await expect(el).to.be.accessible();
  });
});
