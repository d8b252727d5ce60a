import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { MspCheckout } from '../../src/checkout/msp-checkout.js';
import { MspPaymentStatus } from '../../src/payment-status/msp-payment-status.js';
import { checkoutTexts } from '../../src/checkout/translations.js';
import { statusTexts } from '../../src/payment-status/translations.js';
import en from '../../src/checkout/locales/en.js';
import fr from '../../src/checkout/locales/fr.js';
import statusEn from '../../src/payment-status/locales/en.js';
import { mount, shadow } from '../support/helpers.js';
import { statusBackend } from '../support/status-backend.js';

// docs/languages.md: `registerLocale` "adds or extends a language for every <msp-checkout> on the page", also for
// elements already there (a script after the tag, or after `document.querySelector('msp-checkout')`). This file runs
// in a page of its own, so no other test has registered these languages before.

const GATEWAYS = 'IDEAL,DOTPAY';

const legend = (el: MspCheckout) => shadow(el).legend().textContent!.trim();
const payButton = (el: MspCheckout) => shadow(el).button().textContent!.trim();
const contentLang = (el: HTMLElement) => el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang');

async function legendBecomes(el: MspCheckout, text: string) {
  await waitUntil(() => legend(el) === text, `the legend stayed "${legend(el)}", not "${text}"`);
}

describe('registerLocale for <msp-checkout> elements already on the page', () => {
  it('an element rendered in English for is_IS switches to the Icelandic texts registered after it', async () => {
    const el = await mount({ locale: 'is_IS', endpoint: '/orders', gateways: GATEWAYS, orderId: 'order-1' });
    expect(legend(el)).to.equal(en.legend);
    // English texts are marked as English, not as Icelandic (WCAG 3.1.2).
    expect(contentLang(el)).to.equal('en');

    MspCheckout.registerLocale('is', { legend: 'Greiðslumáti', payAmount: 'Greiða {amount}' });

    await legendBecomes(el, 'Greiðslumáti');
    const amount = new Intl.NumberFormat('is-IS', { style: 'currency', currency: 'EUR' }).format(10);
    expect(payButton(el)).to.equal(`Greiða ${amount}`);
    expect(contentLang(el)).to.equal('is-IS');
    // What the page left out stays English.
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal(en.redirectNotice);
  });

  it('keeps the precedence: page strings over registered texts over shipped ones, region over language', async () => {
    const el = await mount({ locale: 'fr_CH', endpoint: '/orders', gateways: GATEWAYS, orderId: 'order-1' });
    el.strings = { payAmount: 'Payer maintenant ({amount})' };
    await legendBecomes(el, fr.legend);

    // A language the element falls back to (fr for fr_CH) extends the shipped French.
    MspCheckout.registerLocale('fr', { legend: 'Moyen de paiement préféré', payAmount: 'Régler {amount}' });
    await legendBecomes(el, 'Moyen de paiement préféré');
    expect(payButton(el)).to.match(/^Payer maintenant \(/);
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal(fr.redirectNotice);

    // The element's own region wins over its language.
    MspCheckout.registerLocale('fr_CH', { legend: 'Moyen de paiement (Suisse)' });
    await legendBecomes(el, 'Moyen de paiement (Suisse)');
    expect(payButton(el)).to.match(/^Payer maintenant \(/);

    // Another language does not touch it.
    MspCheckout.registerLocale('de', { legend: 'Zahlart' });
    await el.updateComplete;
    expect(legend(el)).to.equal('Moyen de paiement (Suisse)');
  });

  it('lets go of a removed element: the registry holds no reference, and registering does not update it', async () => {
    const el = await mount({ locale: 'fo_FO', endpoint: '/orders', gateways: GATEWAYS, orderId: 'order-1' });
    expect(checkoutTexts.elements.has(el)).to.equal(true);
    const others = checkoutTexts.elements.size - 1;
    el.remove();
    expect(checkoutTexts.elements.has(el)).to.equal(false);
    expect(checkoutTexts.elements.size).to.equal(others);

    expect(() => MspCheckout.registerLocale('fo', { legend: 'Gjaldingarháttur' })).not.to.throw();
    expect(el.isUpdatePending).to.equal(false);
    expect(legend(el)).to.equal(en.legend);

    // Put back in the page, it shows what was registered while it was away.
    document.body.append(el);
    expect(checkoutTexts.elements.has(el)).to.equal(true);
    await legendBecomes(el, 'Gjaldingarháttur');
    el.remove();
  });

  it('an element left in the page keeps being told: registering asks it for an update', async () => {
    const el = await mount({ locale: 'kl_GL', endpoint: '/orders', gateways: GATEWAYS, orderId: 'order-1' });
    expect(el.isUpdatePending).to.equal(false);
    MspCheckout.registerLocale('kl', { legend: 'Akiliinissamut periarfik' });
    expect(el.isUpdatePending).to.equal(true);
    await legendBecomes(el, 'Akiliinissamut periarfik');
  });
});

describe('registerLocale for <msp-payment-status> elements already on the page', () => {
  async function mountStatus(locale: string) {
    return fixture<MspPaymentStatus>(
      html`<msp-payment-status
        endpoint=${statusBackend('completed').endpoint}
        order-id="order-1"
        locale=${locale}
      ></msp-payment-status>`,
    );
  }
  const sentence = (el: MspPaymentStatus) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() ?? '';
  async function until(el: MspPaymentStatus, text: string) {
    await waitUntil(() => sentence(el) === text, `the sentence stayed "${sentence(el)}", not "${text}"`);
  }

  it('a return page showing English for is_IS switches to the Icelandic texts registered after it', async () => {
    const el = await mountStatus('is_IS');
    await until(el, statusEn.completed);
    expect(contentLang(el)).to.equal('en');

    MspPaymentStatus.registerLocale('is', { completed: 'Takk fyrir! Greiðslan þín hefur borist.' });

    await until(el, 'Takk fyrir! Greiðslan þín hefur borist.');
    expect(contentLang(el)).to.equal('is-IS');
  });

  it('page strings stay on top of a language registered later', async () => {
    const el = await mountStatus('sv_SE');
    el.strings = { completed: 'Tack, från butiken' };
    await until(el, 'Tack, från butiken');
    MspPaymentStatus.registerLocale('sv', { completed: 'Tack! Betalningen är mottagen.' });
    await el.updateComplete;
    expect(sentence(el)).to.equal('Tack, från butiken');
  });

  it('lets go of a removed element, and shows what came while it was away when put back', async () => {
    const el = await mountStatus('fo_FO');
    await until(el, statusEn.completed);
    expect(statusTexts.elements.has(el)).to.equal(true);
    el.remove();
    expect(statusTexts.elements.has(el)).to.equal(false);

    expect(() => MspPaymentStatus.registerLocale('fo', { completed: 'Takk! Gjaldið er móttikið.' })).not.to.throw();
    expect(el.isUpdatePending).to.equal(false);
    expect(sentence(el)).to.equal(statusEn.completed);

    document.body.append(el);
    await until(el, 'Takk! Gjaldið er móttikið.');
    el.remove();
  });
});
