import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { MspCheckout } from '../../../src/checkout/msp-checkout.js';
import en from '../../../src/checkout/locales/en.js';
import de from '../../../src/checkout/locales/de.js';
import fr from '../../../src/checkout/locales/fr.js';
import nb from '../../../src/checkout/locales/nb.js';
import nl from '../../../src/checkout/locales/nl.js';
import zh from '../../../src/checkout/locales/zh.js';
import { SHIPPED, backend, choose, mount, settled, shadow } from '../../support/helpers.js';

const GATEWAYS = 'IDEAL,DOTPAY,BANKTRANS';

function root(el: MspCheckout) {
  return el.shadowRoot!.querySelector<HTMLElement>('[lang]')!;
}

async function legendBecomes(el: MspCheckout, text: string) {
  await waitUntil(() => shadow(el).legend().textContent!.trim() === text, `legend never became "${text}"`);
  await el.updateComplete;
}

/** Text a shopper could see: light DOM of the shadow root, attributes excluded. */
function visibleText(el: MspCheckout) {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<msp-checkout> languages', () => {
  it('speaks Dutch for nl_NL: texts, amount format and the lang of its content', async () => {
    const el = await mount({ locale: 'nl_NL', endpoint: '/orders', gateways: GATEWAYS });
    await legendBecomes(el, nl.legend);
    const amount = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(10);
    expect(shadow(el).button().textContent!.trim()).to.equal(nl.payAmount.replace('{amount}', amount));
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal(nl.redirectNotice);
    expect(root(el).lang).to.equal('nl-NL');
    expect(root(el).dir).to.equal('ltr');
  });

  it('loads each of the 18 shipped languages on demand, with no key or placeholder left on screen', async () => {
    for (const language of SHIPPED) {
      const strings = ((await import(`../../../src/checkout/locales/${language}.ts`)) as { default: typeof en })
        .default;
      const el = await mount({ locale: language, endpoint: '/orders', gateways: GATEWAYS });
      await legendBecomes(el, strings.legend);
      const text = visibleText(el);
      // The same spacing as visibleText: French keeps no-break spaces inside its quotation marks.
      expect(text, language).to.include(strings.redirectNotice.replace(/\s+/g, ' '));
      expect(text, language).not.to.match(/[{}]|\b(legend|payAmount|redirectNotice|errorConfig)\b/);
      el.remove();
    }
  });

  it('speaks of no chosen method with neither gateways nor gateways-endpoint: Pay alone', async () => {
    for (const [locale, strings] of [
      ['en_US', en],
      ['nl_NL', nl],
    ] as const) {
      const el = await fixture<MspCheckout>(
        html`<msp-checkout endpoint="/orders" amount="1000" currency="EUR" locale=${locale}></msp-checkout>`,
      );
      const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
      await waitUntil(() => notice.textContent === strings.redirectNotice, `${locale}: the notice never loaded`);
      await el.updateComplete;
      expect(shadow(el).radios(), locale).to.have.length(0);
      // Nothing was chosen here: MultiSafepay's page lists the methods after Pay.
      expect(visibleText(el), locale).not.to.match(/\b(you chose|chosen|choose|gekozen|kiest|kies)\b/i);
      expect(notice.textContent, locale).to.include(strings.pay);
      el.remove();
    }
  });

  it('falls back fr_CH -> fr -> en, and formats money for the region', async () => {
    const el = await mount({ locale: 'fr_CH', currency: 'CHF', endpoint: '/orders', gateways: GATEWAYS });
    await legendBecomes(el, fr.legend);
    const amount = new Intl.NumberFormat('fr-CH', { style: 'currency', currency: 'CHF' }).format(10);
    expect(shadow(el).button().textContent!.trim()).to.equal(fr.payAmount.replace('{amount}', amount));
    expect(root(el).lang).to.equal('fr-CH');
  });

  it('shows English for a language it does not ship, never a raw key', async () => {
    const el = await mount({ locale: 'sw_KE', endpoint: '/orders', gateways: GATEWAYS });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(shadow(el).legend().textContent!.trim()).to.equal(en.legend);
    expect(visibleText(el)).not.to.match(/[{}]/);
  });

  it('maps MultiSafepay and browser codes to the shipped language: no_NO -> nb, zh_TW -> zh', async () => {
    const norwegian = await mount({ locale: 'no_NO', endpoint: '/orders', gateways: GATEWAYS });
    await legendBecomes(norwegian, nb.legend);
    const chinese = await mount({ locale: 'zh_TW', endpoint: '/orders', gateways: GATEWAYS });
    await legendBecomes(chinese, zh.legend);
  });

  it('sends the locale as customer.locale with the order', async () => {
    const server = backend('success');
    const el = await mount({ locale: 'de_DE', endpoint: server.endpoint, gateways: 'IDEAL' });
    el.addEventListener('msp-redirect', (event) => event.preventDefault());
    await legendBecomes(el, de.legend);
    shadow(el).button().click();
    await settled(el);
    const [request] = await server.requests();
    expect((JSON.parse(request!.body) as { customer: { locale: string } }).customer.locale).to.equal('de_DE');
  });

  it("explains MultiSafepay's error codes in the shopper's language; error_info is only a detail", async () => {
    const el = await mount({
      locale: 'de_DE',
      endpoint: backend('msp-error', { code: '1023', info: 'Gateway not active for this site' }).endpoint,
      gateways: 'IDEAL',
    });
    await legendBecomes(el, de.legend);
    const failed = oneEvent(el, 'msp-error');
    shadow(el).button().click();
    await failed;
    await settled(el);
    const paragraphs = [...shadow(el).alert().querySelectorAll('p')].map((p) => p.textContent!.trim());
    expect(paragraphs[0]).to.equal(de.errorMspGatewayUnavailable);
    expect(paragraphs[1]).to.equal(`${de.mspDetail} Gateway not active for this site (1023)`);
  });

  it('lays Arabic and Hebrew out right to left, and stays accessible', async () => {
    for (const language of ['ar_SA', 'he_IL']) {
      const el = await mount({ locale: language, endpoint: '/orders', gateways: GATEWAYS });
      await waitUntil(() => shadow(el).legend().textContent!.trim() !== en.legend, `${language} never loaded`);
      expect(root(el).dir).to.equal('rtl');
      const label = shadow(el).radio('IDEAL').closest('label')!;
      const radio = shadow(el).radio('IDEAL').getBoundingClientRect();
      const name = label.querySelector('[part~="gateway-name"]')!.getBoundingClientRect();
      expect(radio.left, 'radio sits at the start (right) of its row').to.be.greaterThan(name.left);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });
});

describe('<msp-checkout> strings and languages of the page', () => {
  it('lets the page override any text through the strings property, on top of the language', async () => {
    const el = await mount({ locale: 'nl_NL', endpoint: '/orders', gateways: GATEWAYS });
    await legendBecomes(el, nl.legend);
    el.strings = { legend: 'Kies hoe je betaalt' };
    await el.updateComplete;
    expect(shadow(el).legend().textContent!.trim()).to.equal('Kies hoe je betaalt');
    expect(shadow(el).button().textContent!.trim()).to.match(new RegExp(`^${nl.payAmount.replace('{amount}', '')}`));
  });

  it('lets the page add a language without forking, with English for what it leaves out', async () => {
    MspCheckout.registerLocale('is', { legend: 'Greiðslumáti', payAmount: 'Greiða {amount}' });
    const el = await mount({ locale: 'is_IS', endpoint: '/orders', gateways: GATEWAYS });
    expect(shadow(el).legend().textContent!.trim()).to.equal('Greiðslumáti');
    const amount = new Intl.NumberFormat('is-IS', { style: 'currency', currency: 'EUR' }).format(10);
    expect(shadow(el).button().textContent!.trim()).to.equal(`Greiða ${amount}`);
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal(en.redirectNotice);
  });

  it('lets the page register a regional variant that wins over the shipped language only in that region', async () => {
    MspCheckout.registerLocale('fr_BE', { legend: 'Mode de paiement (Belgique)' });
    const belgian = await mount({ locale: 'fr_BE', endpoint: '/orders', gateways: GATEWAYS });
    await legendBecomes(belgian, 'Mode de paiement (Belgique)');
    const french = await mount({ locale: 'fr_FR', endpoint: '/orders', gateways: GATEWAYS });
    await legendBecomes(french, fr.legend);
    expect(shadow(belgian).button().textContent!.trim()).to.include(fr.payAmount.split('{amount}')[0]!.trim());
  });

  it('re-renders in the new language when the locale changes, and the choice survives', async () => {
    const el = await mount({ locale: 'en_US', endpoint: '/orders', gateways: GATEWAYS });
    await choose(el, 'DOTPAY');
    el.locale = 'nl_NL';
    await legendBecomes(el, nl.legend);
    expect(shadow(el).radio('DOTPAY').checked).to.equal(true);
    expect(root(el).lang).to.equal('nl-NL');
  });
  it('keeps working when an override leaves a key undefined', async () => {
    const el = await mount({ endpoint: '/orders', gateways: 'IDEAL' });
    // What a framework writes for an optional prop: { payAmount: props.payAmount } with no value given.
    el.strings = { payAmount: undefined, legend: undefined };
    await el.updateComplete.catch(() => undefined);
    // The shop then changes the amount (shipping chosen): the button must follow.
    el.amount = 2000;
    const rendered = await el.updateComplete.then(
      () => 'ok',
      (error: unknown) => String(error),
    );
    expect(rendered).to.equal('ok');
    expect(shadow(el).legend().textContent!.trim()).to.equal('Payment method');
    expect(shadow(el).button().textContent!.trim()).to.equal('Pay €20.00');
  });

  it('does not mark English texts as Persian, right to left, for a language that is not shipped', async () => {
    const el = await mount({ endpoint: '/orders', locale: 'fa_IR' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    expect(shadow(el).legend().textContent!.trim()).to.equal('Payment method'); // English, as documented
    const content = el.shadowRoot!.querySelector<HTMLElement>('[lang]')!;
    expect(content.lang).to.match(/^en\b/);
    expect(content.dir).to.equal('ltr');
  });
});
