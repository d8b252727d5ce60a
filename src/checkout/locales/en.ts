import type { CheckoutStrings } from '../strings.js';
import { englishTexts } from '../english-texts.js';
import { LIST_TEXTS_EN } from '../list-texts.js';
import { PAY_TEXTS_EN } from '../pay-texts.js';

/**
 * English, every text: what the other languages are checked against, key for key in their order. The element takes it
 * in three parts: the first paint's inside the script-tag file (english-texts.ts), the Pay request's errors with that
 * part (pay-texts.ts), and what a `gateways-endpoint` list says with that part (list-texts.ts).
 */
const { gatewayNames, retry, errorNoGatewaySelected, errorConfig, errorNetwork, errorTimeout, ...first } = englishTexts;
const { gatewaysLoaded, selectionDropped, moreGateways } = LIST_TEXTS_EN;
const en: CheckoutStrings = {
  ...first,
  gatewaysLoaded,
  selectionDropped,
  retry,
  moreGateways,
  errorNoGatewaySelected,
  errorConfig,
  errorNetwork,
  errorTimeout,
  ...PAY_TEXTS_EN,
  gatewayNames,
};

export default en;
// Also by name, as before the languages all had a default export.
export { en };
