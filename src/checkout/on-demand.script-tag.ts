/**
 * The production script-tag build's `on-demand.ts` (vite.config.ts swaps it in). `msp-checkout.min.js` is one
 * self-contained file: the Pay request is inside it, since every shop needs it and a copy of the script
 * alone must take payments. What most shops do not use is a file of its own next to the script, like the languages:
 * the `gateways-endpoint` list (`msp-checkout.gateway-list.js`), a standalone ES module without imports, run only if
 * it is byte for byte the file this script was built with.
 *
 * The shop's `<script integrity>` covers this script, and this script carries the sha384 of the part (injected at
 * build time from the built files). A part is fetched by `<link rel="modulepreload" integrity>`, which fetches,
 * checks and compiles it into the document's module map without running it, and fires `error` instead of `load`
 * when it fails its check (HTML: "fetch a modulepreload module script graph"; WPT preload/modulepreload-sri*).
 * Only after `load` does `import()` run it: `import()` of a URL already in the module map takes that entry and fetches
 * nothing (HTML: "fetch a single module script" returns the module map's entry). After `error` the part is never
 * imported: since whatwg/html#10327 a failed fetch is not kept in the module map, so `import()` would fetch it anew,
 * unchecked. A failed load may be tried again, with a new URL (`?retry=n`) and a new check.
 */

import { navigateToPaymentPage, payShopperMessage, payText, requestPaymentPage } from './pay-request.js';

declare const __MSP_GATEWAY_LIST_INTEGRITY__: string;

// Captured while this classic script runs: later, `document.currentScript` is whichever script runs then. It is null
// when the file is not a classic script of the document (a module, a shadow tree): the parts are then looked for
// next to the page.
const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || document.baseURI;

/** Fetches `file` under `integrity` into the module map; resolves with its URL once it passed, rejects otherwise. */
function preload(file: string, integrity: string, attempt: number): Promise<string> {
  const url = new URL(file, base);
  if (attempt > 0) url.searchParams.set('retry', String(attempt));
  const link = document.createElement('link');
  return new Promise<string>((resolve, reject) => {
    link.rel = 'modulepreload';
    link.href = url.href;
    link.integrity = integrity;
    link.crossOrigin = 'anonymous';
    // A nonce-based Content-Security-Policy allows the script; the same nonce allows its parts.
    if (script?.nonce) link.nonce = script.nonce;
    link.onload = () => resolve(url.href);
    link.onerror = () => reject(new Error(`${url.href} did not load, or is not the file this script was built with`));
    (document.head ?? document.documentElement).append(link);
  }).finally(() => link.remove());
}

/**
 * Inside this script: no request, nothing to check. A static import, not `import()`: the IIFE build would wrap every
 * module the Pay request reaches in a lazy initialiser of its own (208 B gzip).
 */
export const loadPayRequest = (): Promise<typeof import('./pay-request.js')> =>
  Promise.resolve({ navigateToPaymentPage, payShopperMessage, payText, requestPaymentPage });

let gatewayList: Promise<typeof import('./gateway-list.js')> | undefined;
let attempts = 0;

/** Loads the gateway list's part once: a load that succeeded is kept, one that failed is tried again on the next call. */
export const loadGatewayList = (): Promise<typeof import('./gateway-list.js')> =>
  (gatewayList ??= preload('msp-checkout.gateway-list.js', __MSP_GATEWAY_LIST_INTEGRITY__, attempts++)
    .then((url) => import(/* @vite-ignore */ url) as Promise<typeof import('./gateway-list.js')>)
    .catch((error: unknown) => {
      gatewayList = undefined;
      throw error;
    }));

/** What the Pay part offers once loaded, as on-demand.ts names it. */
export type PayRequestCode = Awaited<ReturnType<typeof loadPayRequest>>;
