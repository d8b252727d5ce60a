import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asCheckoutError, isCheckoutError, type CheckoutError } from '../internal/errors.js';
import type { GatewayQuery } from './gateway-request.js';
import type { GatewayOption } from './offered-gateways.js';
import { loadWithin } from '../internal/load-within.js';
import { loadGatewayList } from './on-demand.js';

/** The list's own code (gateway-list.ts), loaded with the first list: filtering, naming, collapsing. */
export type GatewayListCode = Awaited<ReturnType<typeof loadGatewayList>>;

/**
 * Where the gateway list stands: no endpoint (`static`), loading, loaded (with the code that offers it), or failed
 * with the error to show.
 */
export type GatewayListStatus =
  | { state: 'static' }
  | { state: 'loading' }
  | { state: 'loaded'; options: GatewayOption[]; code?: GatewayListCode }
  | { state: 'failed'; error: CheckoutError };

/** What a load depends on; `undefined` when there is no `gateways-endpoint`. */
export interface GatewayListArgs {
  endpoint: string;
  /** Why `endpoint` cannot be fetched (not a URL): nothing to load, and nothing a retry could mend. */
  problem?: string | undefined;
  query: GatewayQuery;
  timeout: number;
}

export interface GatewayListCallbacks {
  /** A load ended with a list (the host has rendered it by then). */
  loaded(): void;
  /** A load failed. */
  failed(error: CheckoutError): void;
}

/**
 * The merchant's gateway list (`gateways-endpoint`), loaded for its host in the shape of Lit's `Task`
 * (`@lit/task`, which would add about 1 KB to the script-tag file for the same work): the arguments are declared
 * once, as a function of the host, and compared on every host update; a change starts a new load, which aborts the
 * stale one so that an older, slower answer never wins. Leaving the page aborts a load and coming back starts it
 * over (a framework's keyed reorder, a teleport); `retry()` loads again with the same arguments. The host renders
 * `status`.
 */
export class GatewayListController implements ReactiveController {
  status: GatewayListStatus = { state: 'static' };

  readonly #host: ReactiveControllerHost;
  readonly #args: () => GatewayListArgs | undefined;
  readonly #callbacks: GatewayListCallbacks;
  #key?: string;
  #abort?: AbortController;

  constructor(host: ReactiveControllerHost, args: () => GatewayListArgs | undefined, callbacks: GatewayListCallbacks) {
    this.#host = host;
    this.#args = args;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.status.state === 'loading') void this.retry();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  hostUpdate(): void {
    const args = this.#args();
    // No arguments give no key (JSON.stringify(undefined) is undefined), as before the first update: nothing to load.
    const key = JSON.stringify(args);
    if (key === this.#key) return;
    this.#key = key;
    void this.#load(args);
  }

  /** Loads the list again with the current arguments; resolves when that load has ended. */
  retry(): Promise<void> {
    return this.#load(this.#args());
  }

  async #load(args: GatewayListArgs | undefined): Promise<void> {
    this.#abort?.abort();
    if (!args || args.problem) {
      // No endpoint: the page's own list. Not a URL: an empty one (the configuration error says why).
      this.#set(args ? { state: 'loaded', options: [] } : { state: 'static' });
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.#set({ state: 'loading' });
    try {
      const call = { timeout: args.timeout, signal: abort.signal };
      const code = await loadWithin(loadGatewayList, args.timeout);
      if (abort.signal.aborted) return;
      const options = await code.fetchGateways(args.endpoint, args.query, call);
      this.#set({ state: 'loaded', options, code });
      await this.#host.updateComplete;
      this.#callbacks.loaded();
    } catch (error) {
      if (abort.signal.aborted && !isCheckoutError(error)) return;
      const failure = asCheckoutError(error);
      this.#set({ state: 'failed', error: failure });
      this.#callbacks.failed(failure);
    }
  }

  #set(status: GatewayListStatus) {
    this.status = status;
    this.#host.requestUpdate();
  }
}
