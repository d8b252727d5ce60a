import { fixture, html } from '@open-wc/testing';
import type { MspCheckout } from '../../src/checkout/msp-checkout.js';
import '../../src/define.js';

import { waitUntil } from './wait.js';

export { backend, gatewayList, type LoggedRequest } from './backend-client.js';
export { waitUntil } from './wait.js';

/** The 19 languages shipped besides English: with en, the 20 files of src/locales/ (written out, not read from src/). */
export const SHIPPED = [
  'ar',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'fi',
  'fr',
  'he',
  'it',
  'ja',
  'nb',
  'nl',
  'pl',
  'pt',
  'ru',
  'sv',
  'tr',
  'zh',
];

export interface MountOptions {
  endpoint?: string;
  gateways?: string;
  amount?: string;
  currency?: string;
  locale?: string;
  timeout?: string;
  paymentOrigins?: string;
  description?: string;
  orderId?: string;
}

/** Mounts an element the way a shop page writes it; `undefined` leaves an attribute out. */
export async function mount(options: MountOptions = {}): Promise<MspCheckout> {
  const el = await fixture<MspCheckout>(html`<msp-checkout></msp-checkout>`);
  const attributes: Record<string, string | undefined> = {
    endpoint: options.endpoint,
    gateways: options.gateways ?? 'DOTPAY,ALIPAY,IDEAL',
    amount: options.amount ?? '1000',
    currency: options.currency ?? 'EUR',
    locale: options.locale ?? 'en_US',
    timeout: options.timeout,
    'payment-origins': options.paymentOrigins ?? location.origin,
    description: options.description,
    'order-id': options.orderId,
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) el.setAttribute(name, value);
  }
  await el.updateComplete;
  return el;
}

export function shadow(el: MspCheckout) {
  const root = el.shadowRoot!;
  return {
    radios: () => [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')],
    radio: (id: string) => root.querySelector<HTMLInputElement>(`input[type="radio"][value="${id}"]`)!,
    labels: () =>
      [...root.querySelectorAll<HTMLLabelElement>('[part="gateway"]')].map((label) => label.textContent!.trim()),
    legend: () => root.querySelector('legend')!,
    form: () => root.querySelector('form')!,
    button: () => root.querySelector<HTMLButtonElement>('button[type="submit"]')!,
    alert: () => root.querySelector<HTMLElement>('[role="alert"]')!,
    status: () => root.querySelector<HTMLElement>('[role="status"]')!,
    focused: () => root.activeElement,
  };
}

/** Chooses a gateway the way a shopper does: a click on its label. */
export async function choose(el: MspCheckout, id: string) {
  shadow(el).radio(id).closest('label')!.click();
  await el.updateComplete;
}

/** Waits until the element is idle again (not busy, not inert). */
export async function settled(el: MspCheckout) {
  await el.updateComplete;
  await waitUntil(() => shadow(el).form().getAttribute('aria-busy') === 'false', 'element stayed busy');
  await el.updateComplete;
}

/** Waits until the gateway list has left its loading state: loaded, or failed with its Retry button. */
export async function listLoaded(el: MspCheckout) {
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('[part="loading"]'), 'the list kept loading');
  await el.updateComplete;
}
