import { expect } from '@open-wc/testing';
import type { CheckoutStrings, TextKey } from '../../../src/checkout/strings.js';
import en from '../../../src/checkout/locales/en.js';
import { catalogueEntry } from '../../../src/shared/gateway-catalogue.js';
import { GATEWAY_NAMES } from '../../../src/shared/gateway-names.js';
import ar from '../../../src/checkout/locales/ar.js';
import cs from '../../../src/checkout/locales/cs.js';
import da from '../../../src/checkout/locales/da.js';
import de from '../../../src/checkout/locales/de.js';
import el from '../../../src/checkout/locales/el.js';
import es from '../../../src/checkout/locales/es.js';
import fi from '../../../src/checkout/locales/fi.js';
import fr from '../../../src/checkout/locales/fr.js';
import he from '../../../src/checkout/locales/he.js';
// Renamed on import: `it` is mocha's.
import italian from '../../../src/checkout/locales/it.js';
import ja from '../../../src/checkout/locales/ja.js';
import nb from '../../../src/checkout/locales/nb.js';
import nl from '../../../src/checkout/locales/nl.js';
import pl from '../../../src/checkout/locales/pl.js';
import pt from '../../../src/checkout/locales/pt.js';
import ru from '../../../src/checkout/locales/ru.js';
import sv from '../../../src/checkout/locales/sv.js';
import tr from '../../../src/checkout/locales/tr.js';
import zh from '../../../src/checkout/locales/zh.js';

type Key = TextKey;

const LOCALES: Record<string, CheckoutStrings> = {
  ar,
  cs,
  da,
  de,
  el,
  es,
  fi,
  fr,
  he,
  it: italian,
  ja,
  nb,
  nl,
  pl,
  pt,
  ru,
  sv,
  tr,
  zh,
};

/**
 * Keys whose translation may equal the English text because the language truly uses the same word.
 * None so far: a value equal to English is almost always an untranslated leftover.
 */
const SAME_AS_ENGLISH: Partial<Record<string, readonly Key[]>> = {};

const allKeys = Object.keys(en);
/** Keys holding one text; `gatewayNames` is a map of names, checked on its own. */
const englishKeys = allKeys.filter((key): key is Key => key !== 'gatewayNames');

/** `{amount}`, `{count}`, `{status}`... in order of appearance. */
function placeholders(text: string): string[] {
  return text.match(/\{[^{}]*\}/g) ?? [];
}

describe('locales', () => {
  it('covers the 19 languages besides English', () => {
    expect(Object.keys(LOCALES)).to.have.lengthOf(19);
  });

  for (const [code, strings] of Object.entries(LOCALES)) {
    describe(code, () => {
      it('has exactly the keys of English, in the same order', () => {
        expect(Object.keys(strings)).to.deep.equal(allKeys);
      });

      it('has no empty or whitespace-only text', () => {
        for (const key of englishKeys) {
          expect(strings[key], key).to.be.a('string');
          expect(strings[key].trim(), key).not.to.equal('');
        }
      });

      it('keeps the placeholders of English and has no stray braces', () => {
        for (const key of englishKeys) {
          const expected = placeholders(en[key]);
          expect(placeholders(strings[key]).sort(), key).to.deep.equal([...expected].sort());
          const braces = strings[key].replace(/\{(amount|count|status)\}/g, '');
          expect(braces, `${key} has a brace outside a placeholder`).not.to.match(/[{}]/);
        }
      });

      it('leaves no English text behind', () => {
        const allowed = SAME_AS_ENGLISH[code] ?? [];
        for (const key of englishKeys) {
          if (allowed.includes(key)) continue;
          expect(strings[key], key).not.to.equal(en[key]);
        }
      });

      it('names bank transfer in the language, and only gateways that exist', () => {
        expect(strings.gatewayNames['BANKTRANS']).to.be.a('string').and.not.equal('Bank transfer');
        for (const [id, name] of Object.entries(strings.gatewayNames)) {
          expect(catalogueEntry(id), id).to.exist;
          expect(name.trim(), id).not.to.equal('');
          expect(name, id).not.to.match(/[<>]/);
        }
      });

      it('names the Pay button by its label in the notice under it', () => {
        expect(strings.redirectNotice).to.include(strings.pay);
      });

      it('names the vouchers in the language around their brand', () => {
        const brands = { MONIECO: 'Monizze', MONIGIFT: 'Monizze', MONIMEAL: 'Monizze', VRGIFTCARD: 'Vuur & rook' };
        for (const [id, brand] of Object.entries(brands)) {
          const name = strings.gatewayNames[id];
          expect(name, id).to.be.a('string').and.include(brand);
          expect(name, id).not.to.equal(GATEWAY_NAMES[id]);
        }
      });

      it('contains no HTML characters', () => {
        for (const key of englishKeys) {
          expect(strings[key], key).not.to.match(/[<>]/);
        }
      });

      it('uses the typographic ellipsis where English has one, never three dots', () => {
        for (const key of englishKeys) {
          expect(strings[key], key).not.to.include('...');
          if (en[key].endsWith('…')) expect(strings[key], key).to.match(/…$/);
        }
      });
    });
  }
});
