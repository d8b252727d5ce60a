// Talks to the test backend of test/support/backend.mjs; registers nothing, so dist tests can use it too.

export interface LoggedRequest {
  method: string;
  headers: Record<string, string>;
  body: string;
}

let counter = 0;

/** A conversation of one test with the backend at `path`: its URL (with the test's id) and what reached the server. */
function conversation(path: string, params: Record<string, string>) {
  const test = `${Date.now().toString(36)}-${(counter += 1)}-${Math.random().toString(36).slice(2, 8)}`;
  const query = new URLSearchParams({ ...params, test });
  return {
    endpoint: `${path}?${query}`,
    async requests(): Promise<LoggedRequest[]> {
      const response = await fetch(`/backend/log?test=${test}`);
      return (await response.json()) as LoggedRequest[];
    },
  };
}

/** A create-order endpoint of the test backend acting out `scenario`, and what reached it. */
export function backend(scenario: string, params: Record<string, string> = {}) {
  return conversation(`/backend/orders/${scenario}`, params);
}

/**
 * A gateways endpoint of the test backend answering in one of its shapes (`gateways`, `payment-methods`, `long`,
 * `by-currency`, `html-500`, `not-a-list`, `slow`: test/support/backend.mjs), and what reached it.
 */
export function gatewayList(shape: string, params: Record<string, string> = {}) {
  return conversation(`/backend/gateways/${shape}`, params);
}
