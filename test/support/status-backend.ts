// The return page's status endpoint on the test server (test/support/backend.mjs, /backend/status); registers nothing.

let counter = 0;

export interface StatusRequest {
  url: string;
  headers: Record<string, string>;
  /** When the element gave up the question (it went away before an answer). */
  aborted?: number;
}

/**
 * A status endpoint that answers `answers` in turn (comma-separated, the last repeats; `<answer>~<ms>` answers
 * after `ms`), and the requests it received.
 */
export function statusBackend(answers: string) {
  const test = `status-${Date.now().toString(36)}-${(counter += 1)}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    endpoint: `/backend/status?${new URLSearchParams({ answers, test })}`,
    async requests(): Promise<StatusRequest[]> {
      return (await (await fetch(`/backend/log?test=${test}`)).json()) as StatusRequest[];
    },
  };
}
