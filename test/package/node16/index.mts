// Type-checked by test/package/package.test.mjs against the packed package, with moduleResolution "node16":
// every public subpath must resolve to JavaScript and to its types.
import { CheckoutError, MspCheckout, MspSelectEvent, type GatewaysInput, type MspRedirectDetail } from 'msp-checkout';
import { MspCheckout as Unregistered } from 'msp-checkout/msp-checkout.js';
import 'msp-checkout/define.js';
import 'msp-checkout/msp-checkout.min.js';
import type {} from 'msp-checkout/react';
import type {} from 'msp-checkout/vue';
import { createCheckoutHandlers, toNodeHandler } from 'msp-checkout/server';
import { startFakeMultiSafepay } from 'msp-checkout/server/testing';

const checkout: MspCheckout = document.createElement('msp-checkout');
const gateways: GatewaysInput = ['IDEAL', { id: 'ALIPAY', name: 'Alipay' }];
checkout.gateways = gateways;
checkout.addEventListener('msp-select', (event) => console.log(event.detail.gateway satisfies string));
checkout.addEventListener('msp-error', (event) => console.log(event.detail satisfies CheckoutError));
checkout.addEventListener('msp-redirect', (event) => console.log(event.detail satisfies MspRedirectDetail));
export const same: typeof Unregistered = MspCheckout;
export const event = new MspSelectEvent({ gateway: 'IDEAL', name: 'iDEAL' });
export const server = [createCheckoutHandlers, toNodeHandler, startFakeMultiSafepay];
