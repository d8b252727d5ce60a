import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { MspCheckout } from '../../src/checkout/msp-checkout.js';
import type { MspPaymentStatus } from '../../src/payment-status/msp-payment-status.js';
import { choose, gatewayList, shadow } from '../support/helpers.js';
import { contrast, pixelsOf } from '../support/assistive.js';
import { statusBackend } from '../support/status-backend.js';

// Windows High Contrast (forced colours), as the shopper sees it: the pixels Chromium paints, read back from a
// screenshot, not only the computed styles (Chromium draws a readability backplate behind text in forced colours,
// which no computed style shows: commit 86328b8).

type Pixels = Awaited<ReturnType<typeof pixelsOf>>;

/** The colour most of an area is painted in: what a text or a mark stands on. */
function ground(pixels: Pixels): [number, number, number] {
  const counts = new Map<string, number>();
  for (const pixel of pixels.all) counts.set(pixel.join(), (counts.get(pixel.join()) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top![0].split(',').map(Number) as [number, number, number];
}

/**
 * The ink of a text: its pixels in (nearly) its own colour that stand out at least 3:1 from what is behind them.
 * Text painted in its colour on a plate of the same colour has none, however it computes.
 */
function ink(pixels: Pixels, textColour: [number, number, number]): number {
  const behind = ground(pixels);
  return pixels.all.filter((pixel) => contrast(pixel, textColour) < 1.5 && contrast(pixel, behind) >= 3).length;
}

function bytes(color: string): [number, number, number] {
  const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.map(Number);
  return [r!, g!, b!];
}

describe('forced colours, as painted', function () {
  this.timeout(30_000);
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'none' });
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`<msp-checkout>: the chosen method's name is legible on its highlighted row (${scheme} system)`, async () => {
      await emulateMedia({ colorScheme: scheme });
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
      await choose(el, 'IDEAL');
      const row = (id: string) => shadow(el).radio(id).closest('label')!;
      const name = (id: string) => row(id).querySelector('[part~="gateway-name"]')!;

      const chosenRow = await pixelsOf(row('IDEAL'));
      const otherRow = await pixelsOf(row('DOTPAY'));
      expect(ground(chosenRow), 'the chosen row is filled unlike the others').not.to.deep.equal(ground(otherRow));
      expect(contrast(ground(chosenRow), ground(otherRow)), 'chosen fill against a plain row').to.be.at.least(3);

      const chosenName = await pixelsOf(name('IDEAL'));
      const otherName = await pixelsOf(name('DOTPAY'));
      // The name stands on the row's fill, not on a plate of its own colour...
      expect(ground(chosenName), "what the chosen name stands on is its row's fill").to.deep.equal(ground(chosenRow));
      // ...and its letters show: about as much ink as a plain row's name, which nobody doubts is legible.
      const chosenInk = ink(chosenName, bytes(getComputedStyle(name('IDEAL')).color));
      const otherInk = ink(otherName, bytes(getComputedStyle(name('DOTPAY')).color));
      expect(otherInk, 'a plain name has ink').to.be.at.least(20);
      expect(chosenInk, `ink of the chosen name (a plain name has ${otherInk})`).to.be.at.least(otherInk / 2);
    });
  }

  /** The busy indicator's arc (its top) against its track (its right side) and what is inside the ring. */
  async function expectArcShows(spinner: Element) {
    const pixels = await pixelsOf(spinner);
    const box = spinner.getBoundingClientRect();
    const arc = pixels.at(box.width / 2, 1);
    const track = pixels.at(box.width - 2, box.height / 2);
    const background = pixels.at(box.width / 2, box.height / 2);
    expect(contrast(arc, track), `arc ${arc} against track ${track}`).to.be.at.least(3);
    expect(contrast(arc, background), `arc ${arc} against the background ${background}`).to.be.at.least(3);
  }

  it('<msp-checkout>: the busy indicator of a loading list shows its arc against its track and the background', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    const el = await fixture<MspCheckout>(
      // A list that stays loading (never released), however long the screenshot takes.
      html`<msp-checkout endpoint="/orders" gateways-endpoint=${gatewayList('held').endpoint}></msp-checkout>`,
    );
    await el.updateComplete;
    await expectArcShows(el.shadowRoot!.querySelector('.spinner')!);
  });

  it('<msp-payment-status>: the busy indicator shows its arc against its track and the background', async () => {
    // Still, so that the arc is where the screenshot looks (the rotation is not what is tested).
    await emulateMedia({ reducedMotion: 'reduce' });
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    const el = await fixture<MspPaymentStatus>(
      html`<msp-payment-status
        endpoint=${statusBackend('initialized').endpoint}
        order-id="forced-1"
        locale="en"
        style="--msp-checkout-accent: #0b5cad; --msp-checkout-border: #767676"
      ></msp-payment-status>`,
    );
    // The sentence of a pending payment: the layout the shopper looks at while the element waits.
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.includes('being processed'),
      'never pending',
    );
    await expectArcShows(el.shadowRoot!.querySelector('[part="spinner"]')!);
  });
});
