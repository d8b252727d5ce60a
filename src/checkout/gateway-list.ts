/**
 * What the element needs for a `gateways-endpoint` list, loaded on demand (on-demand.ts) when that attribute is
 * set: the request and the answer's reading, the filtering, naming and collapsing of the offered list, and what the
 * list says. A page with its own `gateways` never loads it.
 */
export { fetchGateways } from './gateway-request.js';
export { arrivalNotice, moreLabel } from './list-texts.js';
export { collapsedGateways, filterGateways, nameGateways, restrictGateways } from './offered-gateways.js';
