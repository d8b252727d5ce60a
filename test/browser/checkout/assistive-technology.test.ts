import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { MspCheckout } from '../../../src/checkout/msp-checkout.js';
import en from '../../../src/checkout/locales/en.js';
import nl from '../../../src/checkout/locales/nl.js';
import pl from '../../../src/checkout/locales/pl.js';
import {
  axNodes,
  backgroundBehind,
  contrast,
  deepActiveElement,
  flatten,
  recordLiveRegions,
} from '../../support/assistive.js';
import { backend, choose, gatewayList, mount, settled, shadow } from '../../support/helpers.js';

// What a screen-reader or keyboard user meets, state by state: the accessibility tree as Chromium gives it
// to assistive technology, the element that has focus (through the shadow root) while the element is busy, and the
// text changes of its live regions as a screen reader is told of them.

function listUrl(shape: string, params: Record<string, string> = {}) {
  const { endpoint, ...conversation } = gatewayList(shape, params);
  return { url: endpoint, ...conversation };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

async function listSettled(el: MspCheckout) {
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('[part="loading"]'), 'the list kept loading');
  await el.updateComplete;
}

async function payAndWait(el: MspCheckout) {
  const failed = oneEvent(el, 'msp-error');
  shadow(el).button().click();
  await failed;
  await settled(el);
}

describe('<msp-checkout> for assistive technology: busy keeps focus', () => {
  it('keeps focus on Pay, announced busy, and the form in the tree, for the whole wait; a second Enter sends nothing', async () => {
    // The answer is held while the test samples focus: six samples, however slow the machine.
    const { endpoint, requests, release } = backend('held');
    const el = await mount({ endpoint, gateways: 'IDEAL,DOTPAY' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    await choose(el, 'IDEAL');
    shadow(el).button().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).form().getAttribute('aria-busy') === 'true', 'never busy');

    const samples: string[] = [];
    while (samples.length < 6) {
      expect(shadow(el).form().getAttribute('aria-busy'), 'busy while the answer is held').to.equal('true');
      const active = deepActiveElement();
      samples.push(active === shadow(el).button() ? 'Pay' : (active?.tagName ?? 'nothing'));
      if (samples.length === 3) {
        const nodes = await axNodes();
        const focused = nodes.find((node) => node.focused);
        expect(focused?.role, 'the focused node').to.equal('button');
        expect(focused?.name).to.equal(en.processing);
        expect(focused?.disabled, 'announced unavailable while busy').to.equal(true);
        expect(nodes.filter((node) => node.role === 'radio').map((node) => node.name)).to.deep.equal([
          'iDEAL',
          'Dotpay',
        ]);
        await sendKeys({ press: 'Enter' });
        shadow(el).button().click();
        // Arrow keys and clicks do not change what is being paid for.
        shadow(el).radio('DOTPAY').click();
        expect(shadow(el).radio('IDEAL').checked).to.equal(true);
      }
      await pause();
    }
    expect([...new Set(samples)]).to.deep.equal(['Pay']);
    await release();
    await settled(el);
    expect(await requests()).to.have.length(1);
    expect(el.selected).to.equal('IDEAL');
    expect(deepActiveElement()).to.equal(shadow(el).button());
  });

  it('keeps focus on "Try again", announced busy, while the list loads again', async () => {
    // Each attempt fails only when the test lets it: the second is held while the test samples focus.
    const list = listUrl('held-503');
    const el = await mount({ endpoint: '/orders', gateways: '' });
    el.setAttribute('gateways-endpoint', list.url);
    await list.arrived();
    await list.releaseNext();
    await listSettled(el);
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
    retry()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="loading"]'), 'Retry did not load again');

    const samples: string[] = [];
    while (samples.length < 6) {
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'loading while the answer is held').to.exist;
      const active = deepActiveElement();
      samples.push(active && active === retry() ? 'Retry' : (active?.tagName ?? 'nothing'));
      if (samples.length === 3) {
        const focused = (await axNodes()).find((node) => node.focused);
        expect(focused?.role).to.equal('button');
        expect(focused?.name).to.equal(en.retry);
        expect(focused?.disabled).to.equal(true);
        expect(focused?.description).to.equal(en.loadingGateways);
        await sendKeys({ press: 'Enter' }); // a second press while loading starts nothing
      }
      await pause();
    }
    expect([...new Set(samples)]).to.deep.equal(['Retry']);
    await list.releaseNext();
    await listSettled(el);
    expect(deepActiveElement()).to.equal(retry());
    expect(await list.requests()).to.have.length(2);
  });
});

describe('<msp-checkout> for assistive technology: list changes are announced', () => {
  it("says once, politely and in the shopper's language, that the methods arrived", async () => {
    const el = await fixture<MspCheckout>(html`<msp-checkout endpoint="/orders" locale="nl_NL"></msp-checkout>`);
    const live = recordLiveRegions(el.shadowRoot!);
    el.setAttribute('gateways-endpoint', listUrl('gateways').url);
    await listSettled(el);
    await waitUntil(() => shadow(el).radios().length === 4);
    await live.flush();
    const arrived = nl.gatewaysLoaded.replace('{count}', '4');
    expect(live.said('status')).to.deep.equal([arrived]);
    expect(live.said('alert')).to.deep.equal([]);
    live.stop();
  });

  it('says once that the chosen method was dropped by a currency change, and that nothing is left', async () => {
    const list = listUrl('payment-methods');
    const el = await mount({ endpoint: '/orders', gateways: '', amount: '500' });
    el.setAttribute('gateways-endpoint', list.url);
    await listSettled(el);
    shadow(el).radio('ALIPAY').click();
    await el.updateComplete;
    const live = recordLiveRegions(el.shadowRoot!);
    el.currency = 'PLN';
    await listSettled(el);
    await live.flush();
    expect(el.selected).to.equal(undefined);
    const count = shadow(el).radios().length;
    expect(live.said('status')).to.deep.equal([
      `${en.gatewaysLoaded.replace('{count}', String(count))} ${en.selectionDropped}`,
    ]);
    // A page that narrows the list to a method no longer offered: Pay is disabled, and the shopper hears why.
    el.setAttribute('gateways', 'IDEAL');
    await el.updateComplete;
    await live.flush();
    expect(shadow(el).button().disabled).to.equal(true);
    expect(live.said('status').slice(1)).to.deep.equal([en.noGateways]);
    live.stop();
  });
});

describe('<msp-checkout> for assistive technology: errors', () => {
  it('announces the same error again when Pay is pressed again without a choice', async () => {
    const el = await mount({ endpoint: '/orders' });
    const live = recordLiveRegions(el.shadowRoot!);
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const failed = oneEvent(el, 'msp-error');
      shadow(el).button().click();
      await failed;
      await el.updateComplete;
      await live.flush();
      expect(live.said('alert'), `after attempt ${attempt}`).to.deep.equal(
        Array(attempt).fill(en.errorNoGatewaySelected),
      );
    }
    live.stop();
  });

  it('describes the focused Pay button by the MultiSafepay error', async () => {
    const failing = backend('msp-error', { status: '401', code: '1032', info: 'Invalid API key' });
    const el = await mount({ endpoint: failing.endpoint, gateways: 'IDEAL' });
    await payAndWait(el);
    await waitUntil(() => shadow(el).focused() === shadow(el).button(), 'focus did not move to Pay');
    const focused = (await axNodes()).find((node) => node.focused)!;
    expect(focused.role).to.equal('button');
    expect(focused.description, 'the focused control is described by the error').to.be.a('string');
    expect(focused.description).to.include(en.errorMspShopUnavailable);
    expect(focused.description).to.include('Invalid API key');
  });

  it("marks the backend's English error_info as English inside an Arabic alert", async () => {
    const failing = backend('msp-error', { status: '401', code: '1032', info: 'Invalid API key' });
    const el = await mount({ endpoint: failing.endpoint, gateways: 'IDEAL', locale: 'ar_SA' });
    await waitUntil(() => shadow(el).legend().textContent!.trim() !== en.legend, 'Arabic never arrived');
    const live = recordLiveRegions(el.shadowRoot!);
    await payAndWait(el);
    await live.flush();
    // A screen reader switches voice by lang: the backend's words in English, the shopper's message in Arabic.
    const [said] = live.spoken.filter((entry) => entry.role === 'alert' && entry.text !== '');
    expect(said!.languages.find(([text]) => text.includes('Invalid API key'))?.[1]).to.equal('en');
    expect(said!.languages[0]![1]).to.equal('ar-SA');
    live.stop();
  });
});

describe('<msp-checkout> for assistive technology: a chosen theme reads on any page', () => {
  afterEach(async () => {
    document.body.style.background = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const [theme, page] of [
    ['dark', '#ffffff'],
    ['light', '#121212'],
    ['auto', '#ffffff'],
  ] as const) {
    it(`theme="${theme}" on a page whose background is ${page}: text 4.5:1, Pay and the methods 3:1`, async () => {
      document.body.style.background = page;
      // theme="auto" follows the system: a dark system, under a light page.
      if (theme === 'auto') await emulateMedia({ colorScheme: 'dark' });
      const failing = backend('msp-error', { status: '401', code: '1032', info: 'Invalid API key' });
      const el = await mount({ endpoint: failing.endpoint, gateways: 'IDEAL,DOTPAY' });
      el.setAttribute('theme', theme);
      await choose(el, 'IDEAL');
      await payAndWait(el);
      const root = el.shadowRoot!;
      const texts = {
        legend: shadow(el).legend(),
        notice: root.querySelector('[part="notice"]')!,
        error: root.querySelector('#error p')!,
        detail: root.querySelector('[part="error-detail"]')!,
        method: root.querySelector('[part~="gateway-name"]')!,
      };
      for (const [label, node] of Object.entries(texts)) {
        const ratio = contrast(getComputedStyle(node).color, backgroundBehind(node));
        expect(ratio, `${label} text`).to.be.at.least(4.5);
      }
      const pay = shadow(el).button();
      expect(contrast(getComputedStyle(pay).color, getComputedStyle(pay).backgroundColor), 'Pay text').to.be.at.least(
        4.5,
      );
      expect(
        contrast(getComputedStyle(pay).backgroundColor, backgroundBehind(el)),
        'Pay against its surface',
      ).to.be.at.least(3);
      const row = root.querySelector('[part="gateway"]')!;
      expect(contrast(getComputedStyle(row).borderTopColor, backgroundBehind(el)), 'method border').to.be.at.least(3);
      el.remove();
    });
  }
});

describe('<msp-checkout> for assistive technology: the radiogroup holds only radios', () => {
  const NOT_IN_A_RADIOGROUP = new Set(['button', 'paragraph', 'alert', 'status', 'link', 'group']);

  async function expectOnlyRadios(state: string) {
    const nodes = await axNodes();
    const groups = nodes.filter((node) => node.role === 'radiogroup');
    for (const group of groups) {
      const inside = flatten(group).slice(1);
      const strays = inside.filter((node) => NOT_IN_A_RADIOGROUP.has(node.role));
      expect(
        strays.map((node) => `${node.role} "${node.name ?? ''}"`),
        `${state}: inside the radiogroup`,
      ).to.deep.equal([]);
      expect(
        inside.some((node) => node.role === 'radio'),
        `${state}: a radiogroup without radios`,
      ).to.equal(true);
    }
    const radios = nodes.filter((node) => node.role === 'radio').length;
    if (radios === 0) {
      expect(groups, `${state}: no radiogroup without radios`).to.have.length(0);
      expect(
        nodes.filter((node) => node.required).map((node) => node.role),
        `${state}: nothing required`,
      ).to.deep.equal([]);
    }
    return nodes;
  }

  it('while loading, when the list failed, when it is empty, and with "More payment methods"', async () => {
    const loading = await mount({ endpoint: '/orders', gateways: '' });
    loading.setAttribute('gateways-endpoint', listUrl('held').url); // never released: it stays loading
    await loading.updateComplete;
    expect(loading.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    let nodes = await expectOnlyRadios('loading');
    expect(nodes.some((node) => node.name === en.loadingGateways || node.name?.includes('Loading'))).to.equal(true);
    loading.remove();

    const failed = await mount({ endpoint: '/orders', gateways: '' });
    failed.setAttribute('gateways-endpoint', listUrl('html-500').url);
    await listSettled(failed);
    nodes = await expectOnlyRadios('failed');
    expect(nodes.some((node) => node.role === 'button' && node.name === en.retry)).to.equal(true);
    failed.remove();

    const empty = await mount({ endpoint: '/orders', gateways: '' });
    await expectOnlyRadios('empty');
    empty.remove();

    const long = await mount({ endpoint: '/orders', gateways: '', amount: '500' });
    long.setAttribute('gateways-endpoint', listUrl('long').url);
    await listSettled(long);
    nodes = await expectOnlyRadios('collapsed long list');
    expect(nodes.some((node) => node.role === 'button' && node.name === 'More payment methods (16)')).to.equal(true);
    const group = nodes.find((node) => node.role === 'radiogroup')!;
    expect(group.required).to.equal(true);
    long.remove();
  });
});

describe('<msp-checkout> for assistive technology: forced colours', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'none' });
  });

  it('tells chosen, focused and invalid apart without colour', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture<MspCheckout>(
      html`<msp-checkout
        endpoint="/orders"
        gateways="IDEAL,DOTPAY"
        amount="1000"
        currency="EUR"
        locale="en_US"
      ></msp-checkout>`,
    );
    await el.updateComplete;
    const row = (id: string) => getComputedStyle(shadow(el).radio(id).closest('label')!);
    const marks = (id: string) => {
      const style = row(id);
      return [style.backgroundColor, style.outlineStyle, style.outlineColor, style.borderTopStyle].join(' ');
    };
    const plain = marks('IDEAL');
    await choose(el, 'IDEAL');
    const chosen = marks('IDEAL');
    expect(chosen, 'chosen differs from not chosen').not.to.equal(plain);

    // Focus on the radio of the chosen method, by keyboard modality so :focus-visible applies.
    shadow(el)
      .radio('IDEAL')
      .focus({ focusVisible: true } as FocusOptions);
    await sendKeys({ press: 'Shift' });
    const ring = getComputedStyle(shadow(el).radio('IDEAL'));
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(contrast(ring.outlineColor, row('IDEAL').backgroundColor), 'ring on the chosen row').to.be.at.least(3);
    // The focus ring is not the chosen mark again: the chosen row is not outlined like the ring.
    const chosenRow = row('IDEAL');
    const sameAsRing = chosenRow.outlineStyle === ring.outlineStyle && chosenRow.outlineColor === ring.outlineColor;
    expect(sameAsRing, 'chosen row drawn like the focus ring').to.equal(false);
    expect(marks('DOTPAY'), 'an unchosen row').to.equal(plain);
    el.remove();

    const invalid = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY' });
    const validBorder = (() => {
      const style = getComputedStyle(shadow(invalid).radio('IDEAL').closest('label')!);
      return `${style.borderTopStyle} ${style.borderTopWidth}`;
    })();
    const failed = oneEvent(invalid, 'msp-error');
    shadow(invalid).button().click();
    await failed;
    await invalid.updateComplete;
    const style = getComputedStyle(shadow(invalid).radio('IDEAL').closest('label')!);
    expect(`${style.borderTopStyle} ${style.borderTopWidth}`, 'invalid rows differ from valid ones').not.to.equal(
      validBorder,
    );
    const group = (await axNodes()).find((node) => node.role === 'radiogroup')!;
    expect(group.invalid).to.equal('true');
    invalid.remove();
  });
});

describe('<msp-checkout> for assistive technology: a failed list says what failed', () => {
  for (const [locale, strings] of [
    ['en_US', en],
    ['pl_PL', pl],
  ] as const) {
    it(`announces its own sentence, not a payment that never started (${locale})`, async () => {
      const el = await mount({ endpoint: '/orders', gateways: '', locale });
      // No list yet: Pay alone, in a form named as the legend would be.
      await waitUntil(
        () => shadow(el).form().getAttribute('aria-label') === strings.legend,
        'the language never arrived',
      );
      const live = recordLiveRegions(el.shadowRoot!);
      el.setAttribute('gateways-endpoint', listUrl('html-500').url);
      await listSettled(el);
      await live.flush();
      expect(live.said('alert')).to.deep.equal([`${strings.gatewaysFailed} ${strings.errorGatewayList}`]);
      const payment = strings.errorHttp.split('(')[0]!.trim();
      expect(live.said('alert')[0]).not.to.include(payment);
      const retry = (await axNodes()).find((node) => node.role === 'button' && node.name === strings.retry)!;
      expect(retry.description).to.equal(`${strings.gatewaysFailed} ${strings.errorGatewayList}`);
      live.stop();
    });
  }
});
