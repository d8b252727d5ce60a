// Which payment methods the shopper is offered: a gateway-list endpoint's answer parsed, filtered by country,
// currency and amount, restricted to the merchant's `gateways`, named in the shopper's language and collapsed when long.
import { catalogueEntry } from '../shared/gateway-catalogue.js';
import { isImageUrl } from '../shared/gateway-logos.js';
import { gatewayId, gatewayName, isGatewayId, type Gateway } from '../shared/gateway-input.js';
import { isRecord } from '../shared/guards.js';

/** A gateway as a list endpoint describes it, with the constraints used for filtering. */
export interface GatewayOption extends Gateway {
  /** ISO 3166 alpha-2, upper case; undefined means no constraint. */
  countries?: string[];
  /** ISO 4217, upper case; undefined means no constraint. */
  currencies?: string[];
  /** Inclusive bounds in minor units. */
  minAmount?: number;
  maxAmount?: number;
  preferredCountries?: string[];
}

/**
 * Reads what a merchant's gateways endpoint passes through from MultiSafepay: either `GET /gateways`
 * (`{"success":true,"data":[{"id","description"}]}`) or `GET /payment-methods` (`{"data":[{"id","name","icon_urls",
 * "allowed_amount":{"min","max"},"allowed_countries","allowed_currencies","preferred_countries"}]}`), or a bare array.
 * Entries without a valid id are skipped; one without a name gets the catalogue's English name (the element puts it
 * in the shopper's language). Returns `undefined` when the body is not a list at all.
 */
export function parseGatewayList(json: unknown): GatewayOption[] | undefined {
  const data = Array.isArray(json) ? json : isRecord(json) && json['success'] !== false ? json['data'] : undefined;
  if (!Array.isArray(data)) return undefined;
  const options: GatewayOption[] = [];
  for (const item of data) {
    if (!isRecord(item) || typeof item['id'] !== 'string') continue;
    const id = gatewayId(item['id']);
    if (!isGatewayId(id) || options.some((option) => option.id === id)) continue;
    const name = text(item['name']) ?? text(item['description']) ?? gatewayName(id);
    const option: GatewayOption = { id, name };
    const icon = iconUrl(item['icon_urls']);
    if (icon) option.icon = icon;
    const countries = codes(item['allowed_countries']);
    if (countries) option.countries = countries;
    const currencies = codes(item['allowed_currencies']);
    if (currencies) option.currencies = currencies;
    const preferred = codes(item['preferred_countries']);
    if (preferred) option.preferredCountries = preferred;
    const amount = item['allowed_amount'];
    if (isRecord(amount)) {
      if (isBound(amount['min'])) option.minAmount = amount['min'];
      if (isBound(amount['max'])) option.maxAmount = amount['max'];
    }
    options.push(option);
  }
  return options;
}

export interface FilterContext {
  country?: string | undefined;
  currency?: string | undefined;
  amount?: number | undefined;
}

/**
 * The gateways a shopper may be offered: those whose constraints admit the country, currency and amount (bounds
 * inclusive; codes compared case-insensitively), with the gateways that prefer the country first. Constraints come
 * from the list; a gateway the list gives none for is checked against the built-in catalogue (its amount limits only
 * for an amount in euro, the currency MultiSafepay documents them in); unknown ids are kept.
 */
export function filterGateways(options: readonly GatewayOption[], context: FilterContext): GatewayOption[] {
  const country = context.country?.toUpperCase();
  const currency = context.currency?.toUpperCase();
  const fits = options.filter((option) => {
    const known = catalogueEntry(option.id);
    const countries = option.countries ?? nonEmpty(known?.countries);
    const currencies = option.currencies ?? nonEmpty(known?.currencies);
    if (country && countries && !countries.includes(country)) return false;
    if (currency && currencies && !currencies.includes(currency)) return false;
    if (context.amount !== undefined) {
      // The catalogue's limits are documented in euro: they say nothing of an amount in another currency.
      const euro = currency === 'EUR' && option.minAmount === undefined && option.maxAmount === undefined;
      const min = option.minAmount ?? (euro ? known?.minAmount : undefined);
      const max = option.maxAmount ?? (euro ? known?.maxAmount : undefined);
      if (min !== undefined && context.amount < min) return false;
      if (max !== undefined && context.amount > max) return false;
    }
    return true;
  });
  if (!country) return fits;
  const prefers = (option: GatewayOption) => option.preferredCountries?.includes(country) ?? false;
  return [...fits.filter(prefers), ...fits.filter((option) => !prefers(option))];
}

/** Keeps the endpoint's gateways that `gateways` names, in `gateways`' order; all of them when it names none. */
export function restrictGateways(options: readonly GatewayOption[], wanted: readonly Gateway[]): GatewayOption[] {
  if (wanted.length === 0) return [...options];
  return wanted.flatMap((want) => options.filter((option) => option.id === want.id));
}

/**
 * The offered gateways' names: the page's own (`strings.gatewayNames`) first, then the endpoint's, unless it sent none
 * (or only the English one), in which case the name follows the shopper's language (`languageNames`), also when the
 * language arrives after the list.
 */
export function nameGateways(
  options: readonly GatewayOption[],
  pageNames: Readonly<Record<string, string>> | undefined,
  languageNames: Readonly<Record<string, string>>,
): GatewayOption[] {
  return options.map((option) => {
    const english = gatewayName(option.id);
    const name =
      pageNames?.[option.id] || (option.name === english ? gatewayName(option.id, languageNames) : option.name);
    return name === option.name ? option : { ...option, name };
  });
}

/** Lists longer than this are collapsed to their first SHOWN_WHEN_COLLAPSED methods. */
const COLLAPSE_ABOVE = 8;
const SHOWN_WHEN_COLLAPSED = 6;

/**
 * What a long list from the endpoint hides behind "More payment methods" so that Pay stays near on a phone: all but
 * the first SHOWN_WHEN_COLLAPSED (the preferred ones come first), except the chosen one.
 */
export function collapsedGateways<T extends Gateway>(offered: readonly T[], selected: string | undefined): T[] {
  if (offered.length <= COLLAPSE_ABOVE) return [];
  return offered.slice(SHOWN_WHEN_COLLAPSED).filter((gateway) => gateway.id !== selected);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function codes(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value.filter((code): code is string => typeof code === 'string').map((code) => code.toUpperCase());
  return list.length > 0 ? list : undefined;
}

function nonEmpty(list: readonly string[] | undefined): readonly string[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function isBound(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function iconUrl(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  for (const key of ['vector', 'medium', 'large']) {
    const candidate = value[key];
    if (typeof candidate === 'string' && isImageUrl(candidate)) return candidate;
  }
  return undefined;
}
