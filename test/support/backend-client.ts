// Talks to the test backend of test/support/backend.mjs; registers nothing, so dist tests can use it too.

export interface LoggedRequest {
  method: string;
  headers: Record<string, string>;
  body: string;
}

let counter = 0;

/** A backend conversation of one test: its endpoint URL and what reached the server. */
export function backend(scenario: string, params: Record<string, string> = {}) {
  const test = `${Date.now().toString(36)}-${(counter += 1)}-${Math.random().toString(36).slice(2, 8)}`;
  const query = new URLSearchParams({ ...params, test });
  return {
    endpoint: `/backend/orders/${scenario}?${query}`,
    async requests(): Promise<LoggedRequest[]> {
      const response = await fetch(`/backend/log?test=${test}`);
      return (await response.json()) as LoggedRequest[];
    },
  };
}
