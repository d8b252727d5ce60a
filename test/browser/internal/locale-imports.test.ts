import { expect } from '@open-wc/testing';
import importCheckoutLocale from '../../../src/checkout/locale-imports.js';
import { isShipped } from '../../../src/internal/locale-registry.js';
import importStatusLocale from '../../../src/payment-status/locale-imports.js';
import { SHIPPED } from '../../support/helpers.js';

// The npm build imports each language by its own import() (bundlers split each into a chunk); the script-tag files
// derive the same imports from isShipped (test/dist.test.ts loads every language there). Both must name the same 19.
describe('shipped language imports', () => {
  it('import each of the 19 languages, for the checkout and for the payment status', async () => {
    for (const language of SHIPPED) {
      expect(isShipped(language), language).to.equal(true);
      const checkout = await importCheckoutLocale(language);
      expect(checkout?.default, language).to.equal(
        ((await import(`../../../src/checkout/locales/${language}.ts`)) as { default: unknown }).default,
      );
      const status = await importStatusLocale(language);
      expect(status?.default, language).to.equal(
        ((await import(`../../../src/payment-status/locales/${language}.ts`)) as { default: unknown }).default,
      );
    }
  });

  it("ships every language of MultiSafepay's payment pages, so the checkout speaks the page's language", () => {
    // MultiSafepay/docs content/checkout/payment-pages.md, "Supported languages" (19, English among them): Arabic,
    // Czech, Danish, Dutch, English, Finnish, French, German, Hebrew, Italian, Japanese, Mandarin, Norwegian, Polish,
    // Portuguese, Russian, Spanish, Swedish, Turkish.
    const paymentPageLanguages = ['ar', 'cs', 'da', 'nl', 'fi', 'fr', 'de', 'he', 'it', 'ja', 'zh', 'nb', 'pl', 'pt'];
    for (const language of [...paymentPageLanguages, 'ru', 'es', 'sv', 'tr']) {
      expect(isShipped(language), language).to.equal(true);
      expect(SHIPPED, language).to.include(language);
    }
  });

  it('import nothing for English (inside already), a language not shipped, or a name that is not a language', () => {
    for (const language of ['en', 'is', 'no', 'nl-nl', 'NL', '', 'constructor', '__proto__', 'toString', 'nl ']) {
      expect(isShipped(language), language).to.equal(false);
      expect(importCheckoutLocale(language), language).to.equal(undefined);
      expect(importStatusLocale(language), language).to.equal(undefined);
    }
  });
});
