import { CHECKOUT_HEADER } from '../shared/wire.js';
// The guards in front of every handler: cross-site requests (CSRF) and request bodies (size, time).

/** A body that may not be read: too large (413) or too slow (408). */
export class BodyError extends Error {
  readonly status: number;
  constructor(status: number, message = 'Request body too large') {
    super(message);
    this.status = status;
  }
}

/** Reads a body as text, refusing more than `limit` bytes without reading them all. */
export async function readText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw new BodyError(413);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyError(413);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The cross-site checks: a form or a fetch from another site cannot pass all of them. Returns the reason to refuse,
 * or undefined.
 */
export function crossSiteProblem(request: Request, allowedOrigins: readonly string[] | undefined): string | undefined {
  if (request.headers.get(CHECKOUT_HEADER) !== '1') return `The ${CHECKOUT_HEADER} header is missing`;
  if (request.headers.get('sec-fetch-site') === 'cross-site') return 'Cross-site requests are refused';
  const origin = request.headers.get('origin');
  if (origin !== null) {
    if (allowedOrigins) {
      if (!allowedOrigins.includes(origin)) return 'This origin may not create orders';
    } else {
      let host = '';
      try {
        host = new URL(origin).host;
      } catch {
        return 'This origin may not create orders';
      }
      if (host !== new URL(request.url).host) return 'This origin may not create orders';
    }
  }
  return undefined;
}
