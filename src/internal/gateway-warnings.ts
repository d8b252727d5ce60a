import { catalogueEntry } from '../shared/gateway-catalogue.js';
import type { Gateway } from '../shared/gateway-input.js';
import { warnOnce } from './integrator-console.js';

// Apart from integrator-console.ts: only the development build calls it, and a production bundle that imports the
// console for its errors then carries no catalogue (which an app's bundler would otherwise load up front).

/**
 * A gateway MultiSafepay retired (GIROPAY, DIRECTBANK, ALIPAY) that is still offered, or an id the catalogue does not
 * know (a typo such as IDEALL, offered as a radio that can never be paid).
 */
export function warnAboutGateways(element: object, requested: readonly Gateway[], offered: readonly Gateway[]): void {
  for (const { id } of requested) {
    const status = catalogueEntry(id)?.status;
    if (!status) {
      warnOnce(element, id, `gateway ${id} is not a MultiSafepay gateway id this element knows: check its spelling.`);
    } else if (status !== 'active' && offered.some((gateway) => gateway.id === id)) {
      warnOnce(element, id, `gateway ${id} is ${status.replace('-', ' ')} at MultiSafepay; plan to remove it.`);
    }
  }
}
