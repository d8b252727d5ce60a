import type { ReactiveController, ReactiveElement } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import type { CheckoutError } from '../internal/errors.js';
import { warnAboutGateways } from '../internal/gateway-warnings.js';
import { reportError, warnAboutIcons, warnOnce } from '../internal/integrator-console.js';
import {
  normalizeGateways,
  type Gateway,
  type GatewaysInput,
  type NormalizedGateways,
} from '../shared/gateway-input.js';
import { iconFolder } from '../shared/gateway-logos.js';
import { parsePaymentOrigins, type ParsedOrigins } from '../shared/payment-url.js';
import { configProblem, type CheckoutConfig } from './config.js';

/** The element as its configuration is read: the attributes and properties that are checked. */
export interface ConfigHost extends ReactiveElement, CheckoutConfig {
  gateways: GatewaysInput;
  paymentOrigins: string;
  icons?: string | undefined;
}

/**
 * The element's configuration, read and told: `gateways` and `payment-origins` parsed, the first problem with the
 * attributes (`error`, which the element shows and Pay refuses on), reported as `msp-error` once, soon after it
 * appears, and, in the development build on a development host, warnings about what is not an error yet (a missing
 * order-id, an unknown or retired gateway id, an ignored logo). The element renders it; Pay and the offered list read
 * the parsed values.
 */
export class ConfigController implements ReactiveController {
  readonly #host: ConfigHost;
  /** The names of the gateways in the shopper's language. */
  readonly #names: () => Readonly<Record<string, string>>;
  /** What the shopper is offered: a retired gateway is worth a warning only then. */
  readonly #offered: () => readonly Gateway[];
  /** The message of the configuration error the last update saw, to report a new one soon. */
  #seen?: string;
  /** The message last sent as `msp-error`, so that each is reported once, not on every render. */
  #reported?: string;

  constructor(host: ConfigHost, names: () => Readonly<Record<string, string>>, offered: () => readonly Gateway[]) {
    this.#host = host;
    this.#names = names;
    this.#offered = offered;
    host.addController(this);
  }

  /** `gateways`, parsed: the payment methods in the merchant's order, and the entries that are not gateway ids. */
  get gateways(): NormalizedGateways {
    return normalizeGateways(this.#host.gateways, this.#names());
  }

  /** `payment-origins`, parsed: where `payment_url` may point, and the entries that are not origins. */
  get origins(): ParsedOrigins {
    return parsePaymentOrigins(this.#host.paymentOrigins);
  }

  /** The first problem with the configuration (`missing-endpoint`, `invalid-config`), or `undefined`. */
  get error(): CheckoutError | undefined {
    return configProblem(this.#host, this.gateways, this.origins);
  }

  hostUpdate(): void {
    const host = this.#host;
    if (DEV_MODE) {
      // Said once per value (warnOnce), however often an update asks.
      const folder = host.icons?.trim() && !iconFolder(host.icons) ? [host.icons] : [];
      warnAboutIcons(host, [...this.gateways.invalidIcons, ...folder]);
    }
    // A configuration error is reported once, soon after it appears; the first update checks the order-id too.
    const message = this.error?.message;
    if (!host.hasUpdated || message !== this.#seen) {
      this.#seen = message;
      this.#reportSoon(message);
    }
  }

  hostUpdated(): void {
    if (DEV_MODE) warnAboutGateways(this.#host, this.gateways.gateways, this.#offered());
  }

  /**
   * A configuration error is an `msp-error` as soon as it is known, not only on Pay; but not before the page's own
   * scripts have run, or a listener added right after the tag would miss it: after the document is parsed (which
   * runs deferred and module scripts too), else after the current task, and only if it is still the error then.
   * A missing order-id is judged then too: code that creates the element sets it after the first render.
   */
  #reportSoon(message: string | undefined) {
    const host = this.#host;
    const check = () => {
      const error = this.error;
      if (error && error.message === message && message !== this.#reported) {
        this.#reported = message;
        reportError(host, error);
      }
      if (DEV_MODE && !host.orderId && host.isConnected) {
        warnOnce(
          host,
          'order-id',
          'order-id is missing: without it a retry after a timeout may create a second order.',
        );
      }
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => setTimeout(check));
    else setTimeout(check);
  }
}
