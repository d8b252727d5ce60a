import type { CheckoutStrings, ElementTexts, ListTextKey } from './strings.js';

/**
 * What only a list from `gateways-endpoint` says, which comes with that part (gateway-list.ts): a page with its own
 * `gateways` never needs it. English here; every shipped language has its own, and `strings` or `registerLocale` may
 * set them like any text.
 */
export const LIST_TEXTS_EN: Pick<CheckoutStrings, ListTextKey> = {
  gatewaysLoaded: 'Payment methods loaded: {count}.',
  selectionDropped: 'The payment method you chose is no longer available for this order. Choose another one.',
  moreGateways: 'More payment methods ({count})',
};

/** A list text in the element's language, else English. */
function listText(texts: ElementTexts, key: ListTextKey): string {
  return texts[key] ?? LIST_TEXTS_EN[key];
}

/** Said (not shown) when a list arrives: how many methods came, or that none did, and a choice that went away. */
export function arrivalNotice(texts: ElementTexts, count: number, dropped: boolean): string {
  return (
    (count ? listText(texts, 'gatewaysLoaded').replace('{count}', String(count)) : texts.noGateways) +
    (dropped ? ` ${listText(texts, 'selectionDropped')}` : '')
  );
}

/** The button that shows the rest of a long list: how many more. */
export function moreLabel(texts: ElementTexts, count: number): string {
  return listText(texts, 'moreGateways').replace('{count}', String(count));
}
