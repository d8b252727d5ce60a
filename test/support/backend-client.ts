// Talks to the test backend of test/support/backend.mjs; registers nothing, so dist tests can use it too.

export interface LoggedRequest {
  method: string;
  headers: Record<string, string>;
  body: string;
  /** When its client went away before an answer (the `hold` and `held` scenarios). */
  aborted?: number;
}

let counter = 0;
const uniqueId = () => `${Date.now().toString(36)}-${(counter += 1)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * A gate of the test backend (test/support/backend.mjs): answers held there wait until the test releases them, so
 * that a test decides when an answer comes instead of racing a delay against its own actions.
 */
export interface Gate {
  /** Lets every answer held at the gate go, and every later one at once. */
  release(): Promise<void>;
  /** Lets the answer held longest at the gate go; the gate stays shut for the next one. */
  releaseNext(): Promise<void>;
  /** Resolves once `count` requests have reached the gate (30 s at most: then the test's own check fails). */
  arrived(count?: number): Promise<void>;
}

/** The gate named `key`. */
export function gate(key: string = `gate-${uniqueId()}`): Gate & { key: string } {
  return {
    key,
    async release() {
      await fetch(`/backend/release?gate=${encodeURIComponent(key)}`, { method: 'POST' });
    },
    async releaseNext() {
      await fetch(`/backend/release?gate=${encodeURIComponent(key)}&count=1`, { method: 'POST' });
    },
    async arrived(count = 1) {
      const started = Date.now();
      for (;;) {
        const answer = await fetch(`/backend/arrived?gate=${encodeURIComponent(key)}`);
        const { arrived } = (await answer.json()) as { arrived: number };
        if (arrived >= count || Date.now() - started > 30_000) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/**
 * A conversation of one test with the backend at `path`: its URL (with the test's id), what reached the server, and
 * the test's gate, where the held scenarios wait.
 */
function conversation(path: string, params: Record<string, string>) {
  const test = uniqueId();
  const query = new URLSearchParams({ ...params, test });
  return {
    endpoint: `${path}?${query}`,
    async requests(): Promise<LoggedRequest[]> {
      const response = await fetch(`/backend/log?test=${test}`);
      return (await response.json()) as LoggedRequest[];
    },
    ...gate(test),
    /** The gate of one part of the conversation (`<test>:<name>`: a currency's list, a status answer). */
    gate: (name: string) => gate(`${test}:${name}`),
  };
}

/**
 * A create-order endpoint of the test backend acting out `scenario`, and what reached it. `held` answers once the
 * test calls `release()`; `late` holds only the first request.
 */
export function backend(scenario: string, params: Record<string, string> = {}) {
  return conversation(`/backend/orders/${scenario}`, params);
}

/**
 * A gateways endpoint of the test backend answering in one of its shapes (`gateways`, `payment-methods`, `long`,
 * `html-500`, `not-a-list`; held until `release()`: `held`, `held-503`; per currency: `by-currency`, released with
 * `gate(currency).release()`: test/support/backend.mjs), and what reached it.
 */
export function gatewayList(shape: string, params: Record<string, string> = {}) {
  return conversation(`/backend/gateways/${shape}`, params);
}
