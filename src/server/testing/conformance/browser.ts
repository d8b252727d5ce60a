// The shopper's browser as the kit plays it: one cookie jar per browser, and the requests exactly as the elements
// send them (src/internal/network.ts: `Accept: application/json`, `X-MSP-Checkout: 1`, same-origin credentials, a JSON
// body for the checkout), with the headers a browser adds itself on a same-origin page (`Origin` on a POST,
// `Sec-Fetch-Site`).

/** An answer as the kit reads it: status, content type, the text, and the JSON when the text is JSON. */
export interface Answer {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body when it is JSON; `undefined` otherwise. */
  json: unknown;
  headers: Headers;
}

/** A request's outcome when the shop could not be reached or did not answer in time. */
export class NoAnswer extends Error {}

const TIMEOUT_MS = 10_000;

/** Sends a request and reads the whole answer; no redirect is followed (the elements follow none either). */
export async function request(url: string, init: RequestInit = {}): Promise<Answer> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS), ...init });
    text = await response.text();
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new NoAnswer(`${init.method ?? 'GET'} ${url} got no answer (${(error as Error).message}${cause})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    json,
    headers: response.headers,
  };
}

/** One shopper's browser on the shop's origin: its cookies, and the elements' requests. */
export class Browser {
  readonly #cookies = new Map<string, string>();

  constructor(readonly shop: string) {}

  /** Any request to the shop, with this browser's cookies; cookies it sets are kept. */
  async fetch(path: string, init: RequestInit = {}): Promise<Answer> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size > 0) {
      headers.set('Cookie', [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const answer = await request(new URL(path, this.shop).href, { ...init, headers });
    for (const line of answer.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(attribute));
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    return answer;
  }

  /** The names of the cookies this browser holds. */
  get cookieNames(): string[] {
    return [...this.#cookies.keys()];
  }

  /** `<msp-checkout>`'s Pay: POST the order as JSON. `headers` replace the element's (null removes one). */
  createOrder(path: string, body: unknown, headers: Record<string, string | null> = {}): Promise<Answer> {
    return this.fetch(path, {
      method: 'POST',
      headers: this.#headers(
        {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'X-MSP-Checkout': '1',
          Origin: new URL(this.shop).origin,
          'Sec-Fetch-Site': 'same-origin',
          'Sec-Fetch-Mode': 'cors',
        },
        headers,
      ),
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  /** A GET of the elements (the gateway list, the return page's status). */
  get(path: string, query: Record<string, string | undefined> = {}): Promise<Answer> {
    const url = new URL(path, this.shop);
    for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
    return this.fetch(url.href, {
      headers: this.#headers(
        {
          Accept: 'application/json',
          'X-MSP-Checkout': '1',
          'Sec-Fetch-Site': 'same-origin',
          'Sec-Fetch-Mode': 'cors',
        },
        {},
      ),
    });
  }

  #headers(base: Record<string, string>, changes: Record<string, string | null>): Headers {
    const headers = new Headers(base);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) headers.delete(name);
      else headers.set(name, value);
    }
    return headers;
  }
}
