import type { CheckoutStrings } from '../strings.js';
import { englishTexts } from '../english-texts.js';
import { PAY_TEXTS_EN } from '../pay-texts.js';

/**
 * English, every text: what the other languages are checked against. The element takes it in two halves: the first
 * paint's inside the script-tag file (english-texts.ts), the Pay request's errors with that part
 * (pay-texts.ts).
 */
const { gatewayNames, ...texts } = englishTexts;
const en: CheckoutStrings = { ...texts, ...PAY_TEXTS_EN, gatewayNames };

export default en;
// Also by name, as before the languages all had a default export.
export { en };
