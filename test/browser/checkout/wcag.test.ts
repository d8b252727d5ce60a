import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { render } from 'lit';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { MspCheckout } from '../../../src/checkout/msp-checkout.js';
import en from '../../../src/checkout/locales/en.js';
import { axNodes, contrast } from '../../support/assistive.js';
import { backend, choose, gatewayList, mount, settled, shadow } from '../../support/helpers.js';

// WCAG 2.2 AA checks beyond axe: the accessibility tree, focus appearance, target size, reflow, forced colors and
// reduced motion, measured in Chromium.

describe('<msp-checkout> accessibility tree', () => {
  it('names the group by its legend, describes it, and names each radio and the Pay button', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY' });
    await choose(el, 'DOTPAY');
    const nodes = await axNodes();
    const group = nodes.find((node) => node.role === 'radiogroup' && node.name === en.legend);
    expect(group, 'a radio group named by the legend').to.exist;
    expect(group!.description).to.equal(en.redirectNotice);
    const radios = nodes.filter((node) => node.role === 'radio');
    expect(radios.map((node) => [node.name, Boolean(node.checked)])).to.deep.equal([
      ['iDEAL', false],
      ['Dotpay', true],
    ]);
    expect(nodes.some((node) => node.role === 'button' && node.name === 'Pay €10.00')).to.equal(true);
    el.remove();
  });

  it('announces busy and redirecting once each, through one status region; errors through one alert', async () => {
    const server = backend('held');
    const el = await mount({ endpoint: server.endpoint, gateways: 'IDEAL' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    shadow(el).button().click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(1);
    expect(shadow(el).status().textContent!.trim()).to.equal(en.processing);
    await server.release();
    await settled(el);
    expect(shadow(el).status().textContent!.trim()).to.equal('');
    el.remove();
  });

  it('marks a missing choice invalid and points the group at the error', async () => {
    const el = await mount({ endpoint: '/orders' });
    const failed = oneEvent(el, 'msp-error');
    shadow(el).button().click();
    await failed;
    await el.updateComplete;
    const nodes = await axNodes();
    const group = nodes.find((node) => node.role === 'radiogroup' && node.name === en.legend)!;
    expect(group.description).to.include(en.errorNoGatewaySelected);
    const row = getComputedStyle(shadow(el).radios()[0]!.closest('label')!);
    const message = getComputedStyle(shadow(el).alert());
    expect(row.borderTopColor, 'the methods are marked in the error colour, not only in words').to.equal(message.color);
    expect(shadow(el).focused()).to.equal(shadow(el).radios()[0]);
    el.remove();
  });
});

describe('<msp-checkout> focus, targets and reflow', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    document.documentElement.style.fontSize = '';
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows a focus indicator of at least 2 px and 3:1 contrast (${theme})`, async () => {
      const el = await fixture<MspCheckout>(
        html`<msp-checkout
          theme=${theme}
          endpoint="/orders"
          gateways="IDEAL,DOTPAY"
          amount="1000"
          currency="EUR"
          locale="en_US"
        ></msp-checkout>`,
      );
      await el.updateComplete;
      for (const target of [shadow(el).radios()[0]!, shadow(el).button()]) {
        target.blur();
        target.focus({ focusVisible: true } as FocusOptions);
        await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies
        const style = getComputedStyle(target);
        expect(style.outlineStyle, target.tagName).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        const behind = getComputedStyle(target.closest('label') ?? el).backgroundColor;
        const surface = behind === 'rgba(0, 0, 0, 0)' ? (theme === 'dark' ? '#1e1e1e' : '#ffffff') : behind;
        expect(contrast(style.outlineColor, surface), `${target.tagName} ring`).to.be.at.least(3);
      }
      el.remove();
    });
  }

  it('gives every control a target of at least 24 x 24 CSS px', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY,BANKTRANS' });
    const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('label, button')];
    expect(targets.length).to.equal(4);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.textContent!).to.be.at.least(24);
      expect(box.height, target.textContent!).to.be.at.least(24);
    }
    el.remove();
  });

  it('reflows at 320 px with text at 200%: no horizontal scrolling, nothing clipped', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY,BANKTRANS', locale: 'en_US' });
    el.strings = { legend: 'Choose the payment method that suits you best for this order' };
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const part of el.shadowRoot!.querySelectorAll<HTMLElement>('label, button, legend, p')) {
      expect(part.scrollWidth, part.textContent!).to.be.at.most(part.clientWidth + 1);
    }
    el.remove();
  });

  it('reflows at 320 px with text at 200% in German, with an unbroken error_info: long words wrap', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    // German's long compound names (Sofortüberweisung, Banküberweisung) and a backend message with no space in it
    // (a token, a URL) are wider than the screen unless the element lets a word break.
    const info = `Rejected:${'x'.repeat(120)}`;
    const el = await mount({
      endpoint: backend('msp-error', { code: '1000', info }).endpoint,
      gateways: 'DIRECTBANK,BANKTRANS,IDEAL',
      locale: 'de_DE',
    });
    await waitUntil(
      () =>
        shadow(el)
          .labels()
          .some((label) => label.includes('Sofortüberweisung')),
      'German names',
    );
    await choose(el, 'IDEAL');
    const failed = oneEvent(el, 'msp-error');
    shadow(el).button().click();
    await failed;
    await settled(el);
    expect(shadow(el).alert().textContent).to.contain(info);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const part of el.shadowRoot!.querySelectorAll<HTMLElement>('label, button, legend, p')) {
      expect(part.scrollWidth, part.textContent!).to.be.at.most(part.clientWidth + 1);
    }
    el.remove();
  });

  it('keeps the spinner still when the shopper prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<MspCheckout>(
      // A list that stays loading (never released): the spinner is on screen for as long as the test looks.
      html`<msp-checkout endpoint="/orders" gateways-endpoint=${gatewayList('held').endpoint}></msp-checkout>`,
    );
    await el.updateComplete;
    const spinner = el.shadowRoot!.querySelector<HTMLElement>('.spinner')!;
    expect(getComputedStyle(spinner).animationName).to.equal('none');
    el.remove();
  });
});

describe('<msp-checkout> colours', () => {
  it('derives readable Pay text from a merchant accent alone, dark or light, in either scheme', async () => {
    for (const [accent, theme] of [
      ['#1b5e20', 'dark'],
      ['#1b5e20', 'light'],
      ['#ffd54f', 'light'],
      ['#ffd54f', 'dark'],
    ] as const) {
      const el = await fixture<MspCheckout>(
        html`<msp-checkout
          theme=${theme}
          style=${`--msp-checkout-accent: ${accent}`}
          endpoint="/orders"
          gateways="IDEAL"
          amount="1000"
          currency="EUR"
          locale="en_US"
        ></msp-checkout>`,
      );
      await el.updateComplete;
      const button = getComputedStyle(shadow(el).button());
      expect(contrast(button.color, button.backgroundColor), `${accent} ${theme}`).to.be.at.least(4.5);
      el.remove();
    }
  });

  it('lets a designer restyle the chosen method through custom properties', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY' });
    el.style.setProperty('--msp-checkout-chosen-border', 'rgb(1, 2, 3)');
    el.style.setProperty('--msp-checkout-chosen-shadow', 'none');
    el.style.setProperty('--msp-checkout-chosen-surface', 'rgb(250, 240, 230)');
    await choose(el, 'DOTPAY');
    const chosen = getComputedStyle(shadow(el).radio('DOTPAY').closest('label')!);
    const other = getComputedStyle(shadow(el).radio('IDEAL').closest('label')!);
    expect([chosen.borderTopColor, chosen.boxShadow, chosen.backgroundColor]).to.deep.equal([
      'rgb(1, 2, 3)',
      'none',
      'rgb(250, 240, 230)',
    ]);
    expect(other.borderTopColor).not.to.equal('rgb(1, 2, 3)');
    el.remove();
  });

  it('stays usable and axe-clean in forced colors (Windows High Contrast)', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const el = await mount({ endpoint: '/orders', gateways: 'IDEAL,DOTPAY' });
      await choose(el, 'IDEAL');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const chosen = getComputedStyle(shadow(el).radio('IDEAL').closest('label')!);
      const other = getComputedStyle(shadow(el).radio('DOTPAY').closest('label')!);
      expect(chosen.backgroundColor, 'the chosen method is filled like a selected item').not.to.equal(
        other.backgroundColor,
      );
      expect(getComputedStyle(shadow(el).button()).borderStyle).to.equal('solid');
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});

describe('<msp-checkout> slots and keyboard order', () => {
  it('reads heading, choice, Pay and the note in order, and Tab leaves the element (no trap)', async () => {
    // Not fixture(): for a plain <div> it waits for an animation frame, which a background tab never paints.
    const wrapper = document.createElement('div');
    render(
      html`<button id="before">Back to cart</button>
        <msp-checkout endpoint="/orders" gateways="IDEAL,DOTPAY" amount="1000" currency="EUR" locale="en_US">
          <h2 slot="heading">Payment</h2>
          <p slot="note"><a href="#terms">Terms of sale</a></p>
        </msp-checkout>
        <button id="after">Help</button>`,
      wrapper,
    );
    document.body.append(wrapper);
    const el = wrapper.querySelector<MspCheckout>('msp-checkout')!;
    await el.updateComplete;
    const heading = wrapper.querySelector('h2')!.getBoundingClientRect();
    expect(heading.bottom).to.be.at.most(shadow(el).legend().getBoundingClientRect().top);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement ?? document.activeElement!;
      stops.push(active.id || active.getAttribute('value') || active.textContent!.trim());
    }
    expect(stops).to.deep.equal(['IDEAL', 'Pay €10.00', 'Terms of sale', 'after']);
    wrapper.remove();
  });
});
