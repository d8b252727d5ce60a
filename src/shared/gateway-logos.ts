import { isAllowedScheme, parseUrl } from './payment-url.js';

/**
 * MultiSafepay's own logo file names where they are not the gateway id in lower case, so that a shop can point
 * `icons` at https://media.multisafepay.com/img/methods/svg/ or at a folder of copies with the same names.
 * Sources: the API's icon_urls in MultiSafepay/php-sdk tests/fixture-data/payment-methods.json (BANKTRANS
 * `.../svg/banktransfer.svg`) and MultiSafepay/python-sdk tests/.../test_integration_payment_method_manager.py
 * (MASTERCARD `.../svg/master.svg`); MultiSafepay's Vue Storefront module (MultiSafepay/vsf-payment-multisafepay
 * README.md, `payment_methods_mapping_img`: also DIRECTBANK sofortbank). The others follow the id in lower case
 * (MultiSafepay/docs content/payment-methods/{mbway,multibanco}.md, listPaymentMethods.json: visa, postepay).
 * test/conformance/multisafepay-logos.test.mjs checks every catalogue gateway against these sources.
 */
const LOGO_NAMES: Readonly<Record<string, string>> = {
  BANKTRANS: 'banktransfer',
  DIRECTBANK: 'sofortbank',
  MASTERCARD: 'master',
};

/** The logo file of a gateway: `ideal.svg`, `banktransfer.svg`. */
export function logoFileName(id: string): string {
  return `${LOGO_NAMES[id] ?? id.toLowerCase()}.svg`;
}

/** The `icons` folder when it is one a logo may come from (`isImageUrl`), else `undefined` (no logos from it). */
export function iconFolder(icons: string | undefined): string | undefined {
  const base = icons?.trim();
  return base && isImageUrl(base) ? base : undefined;
}

/** The logo URL in the `icons` folder: `/assets/payment-logos/` + `ideal.svg` (a missing final `/` is added). */
export function logoUrl(base: string, id: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${logoFileName(id)}`;
}

/**
 * Image URLs from a page or from the network: https (or http on a loopback host), or a path on the page's own
 * server; never `javascript:`, `data:` or a value with quotes, spaces or angle brackets. A protocol-relative URL
 * (`//host/x.svg`) is neither: it takes the page's own scheme, so on an http page it loads over http from a foreign
 * host.
 */
export function isImageUrl(candidate: string): boolean {
  return !/^$|^\/\/|[\s"'<>\\]/.test(candidate) && isAllowedScheme(parseUrl(candidate, 'https://relative.invalid'));
}
