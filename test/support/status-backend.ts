// The return page's status endpoint on the test server (test/support/backend.mjs, /backend/status); registers nothing.
import { gate } from './backend-client.js';

let counter = 0;

export interface StatusRequest {
  url: string;
  headers: Record<string, string>;
  /** When the element gave up the question (it went away before an answer). */
  aborted?: number;
}

/**
 * A status endpoint that answers `answers` in turn (comma-separated, the last repeats; `<answer>~<name>` holds that
 * answer until the test calls `release(name)`), and the requests it received.
 */
export function statusBackend(answers: string) {
  const test = `status-${Date.now().toString(36)}-${(counter += 1)}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    endpoint: `/backend/status?${new URLSearchParams({ answers, test })}`,
    async requests(): Promise<StatusRequest[]> {
      return (await (await fetch(`/backend/log?test=${test}`)).json()) as StatusRequest[];
    },
    /** Lets the answers held as `~<name>` go (and every later one at once). */
    release: (name: string) => gate(`${test}:${name}`).release(),
    /** Resolves once `count` requests have reached the answers held as `~<name>`. */
    arrived: (name: string, count = 1) => gate(`${test}:${name}`).arrived(count),
  };
}
