// The merchant's `gateways` attribute or property, normalized: ids cleaned, names from the catalogue, icons checked.
import { isRecord } from './guards.js';
import { GATEWAY_NAMES } from './gateway-names.js';
import { isImageUrl } from './gateway-logos.js';

/** A payment method as the element shows it. */
export interface Gateway {
  /** MultiSafepay's gateway id, upper case: `DOTPAY`, `ALIPAY`, `IDEAL`. */
  id: string;
  /** The name a shopper reads. */
  name: string;
  /** The logo's URL (https, or a path on the page's own server), when the page or the gateway list gives one. */
  icon?: string;
}

/** What the `gateways` property accepts. */
export type GatewaysInput =
  string | ReadonlyArray<string | { id: string; name?: string; icon?: string }> | null | undefined;

/** MultiSafepay gateway ids are upper-case letters and digits, sometimes with `_` or `-` (`BNPL_INSTM`). */
const GATEWAY_ID = /^[A-Z0-9][A-Z0-9_-]{0,49}$/;

/** A gateway id as written by a merchant or an endpoint (`' ideal'`) in MultiSafepay's form (`IDEAL`). */
export function gatewayId(written: string): string {
  return written.trim().toUpperCase();
}

export function isGatewayId(value: unknown): value is string {
  return typeof value === 'string' && GATEWAY_ID.test(value);
}

/**
 * The name of a gateway in the shopper's language (`names`, from the language's `gatewayNames`), else the
 * catalogue's English name, else the id itself for a gateway the catalogue does not know.
 */
export function gatewayName(id: string, names?: Readonly<Record<string, string>>): string {
  return names?.[id] || GATEWAY_NAMES[id] || id;
}

export interface NormalizedGateways {
  gateways: Gateway[];
  /** Entries that are not gateway ids, as given, for a configuration error. */
  invalid: string[];
  /** `icon` values that are not an https URL or a same-origin path (ignored): for a warning. */
  invalidIcons: string[];
}

/**
 * Turns the `gateways` attribute (`"DOTPAY, alipay"`) or property (ids or `{ id, name, icon }` objects) into a
 * list of unique gateways in the given order. Ids are upper-cased; blank entries are skipped; an `icon` that is not
 * an image URL (`isImageUrl`) is left out.
 */
export function normalizeGateways(input: GatewaysInput, names?: Readonly<Record<string, string>>): NormalizedGateways {
  const items: unknown[] = typeof input === 'string' ? input.split(',') : Array.isArray(input) ? input : [];
  const gateways: Gateway[] = [];
  const invalid: string[] = [];
  const invalidIcons: string[] = [];
  for (const item of items) {
    // A string is an id alone; an object gives its id, name and icon; anything else has no id.
    const entry: Record<string, unknown> = typeof item === 'string' ? { id: item } : isRecord(item) ? item : {};
    const id = typeof entry['id'] === 'string' ? gatewayId(entry['id']) : '';
    // A blank entry (`IDEAL,,DOTPAY`, a trailing comma) is no entry.
    if (id === '' && typeof item === 'string') continue;
    if (!isGatewayId(id)) {
      invalid.push(describe(item));
      continue;
    }
    if (gateways.some((gateway) => gateway.id === id)) continue; // each id once, where it first appears
    const givenName = typeof entry['name'] === 'string' ? entry['name'].trim() : '';
    const gateway: Gateway = { id, name: givenName || gatewayName(id, names) };
    const icon = entry['icon'];
    if (typeof icon === 'string' && isImageUrl(icon)) gateway.icon = icon;
    else if (icon !== undefined) invalidIcons.push(describe(icon));
    gateways.push(gateway);
  }
  return { gateways, invalid, invalidIcons };
}

function describe(item: unknown): string {
  if (typeof item === 'string') return item.trim();
  try {
    return JSON.stringify(item) ?? String(item);
  } catch {
    return String(item);
  }
}
