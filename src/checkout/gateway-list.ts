/**
 * What the element needs for a `gateways-endpoint` list, loaded on demand (on-demand.ts) when that attribute is
 * set: the request and the answer's reading, and the filtering, naming and collapsing of the offered list. A page
 * with its own `gateways` never loads it.
 */
export { fetchGateways } from './gateway-request.js';
export { collapsedGateways, filterGateways, nameGateways, restrictGateways } from './offered-gateways.js';
