/**
 * The parts of `<msp-checkout>` that wait for the network anyway, kept out of the first render: the Pay request
 * (pay-request.ts) and the `gateways-endpoint` list (gateway-list.ts). The npm build imports them as modules,
 * which an app's bundler makes into chunks of its own; the script-tag build replaces this file with
 * `on-demand.script-tag.ts`, which keeps the Pay request inside the script and loads the list from next to it under
 * Subresource Integrity.
 */
export const loadPayRequest = (): Promise<typeof import('./pay-request.js')> => import('./pay-request.js');

export const loadGatewayList = (): Promise<typeof import('./gateway-list.js')> => import('./gateway-list.js');

/** The Pay request's part, as the element holds it once loaded. */
export type PayRequestCode = Awaited<ReturnType<typeof loadPayRequest>>;
