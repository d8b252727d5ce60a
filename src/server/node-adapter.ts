// Fetch API handlers on node:http: (req, res) in, a Request to the handler, its Response back out.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FetchHandler } from './options.js';
import { BodyError } from './request-guards.js';

export interface NodeAdapterOptions {
  /** Your public origin (https://shop.example) when a proxy terminates TLS; by default the Host header over http. */
  origin?: string;
  /** Milliseconds to receive a request body (default 10000); a slower client gets 408 and is disconnected. */
  bodyTimeout?: number;
}

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Adapts a Fetch API handler to node:http's (req, res). `origin` is your public origin (https://shop.example)
 * when a proxy terminates TLS; by default the Host header over http. `bodyTimeout` (ms, default 10000) bounds the
 * reading of a request body: a client that trickles it (slow loris) gets 408 and its connection is closed.
 */
export function toNodeHandler(handler: FetchHandler, adapterOptions: NodeAdapterOptions = {}): NodeHandler {
  const bodyTimeout = adapterOptions.bodyTimeout ?? 10_000;
  return async (req, res) => {
    try {
      const base = adapterOptions.origin ?? `http://${req.headers.host ?? 'localhost'}`;
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) for (const item of value) headers.append(name, item);
        else if (value !== undefined) headers.set(name, value);
      }
      const method = req.method ?? 'GET';
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const init: RequestInit & { duplex: 'half' } = {
        method,
        headers,
        body: hasBody ? readableFrom(req, bodyTimeout) : undefined,
        // Node's fetch needs this for a streamed body
        duplex: 'half',
      };
      const request = new Request(new URL(req.url ?? '/', base), init);
      const response = await handler(request);
      const body = Buffer.from(await response.arrayBuffer());
      // A body still arriving (too large, too slow) is not read to its end: answer, then close the connection.
      const unread = hasBody && !req.complete;
      res.writeHead(response.status, {
        ...Object.fromEntries(response.headers),
        ...(unread ? { Connection: 'close' } : {}),
      });
      res.end(body, () => {
        if (unread && !req.complete) req.socket.destroy();
      });
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ success: false, data: {}, error_code: 500, error_info: 'Internal error' }));
    }
  };
}

/**
 * A web ReadableStream over a Node request, read lazily so a body over the limit is not buffered; after a cancel the
 * rest is drained so the answer (413) still reaches the client. A body not complete within `timeout` ms errors the
 * stream with a 408 BodyError.
 */
function readableFrom(req: IncomingMessage, timeout: number): ReadableStream<Uint8Array> {
  let onData: (chunk: Buffer) => void = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      onData = (chunk) => {
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      };
      timer = setTimeout(() => {
        req.off('data', onData);
        controller.error(new BodyError(408, 'The request body was not received in time'));
      }, timeout);
      const stop = () => clearTimeout(timer);
      req.on('data', onData);
      req.once('end', () => {
        stop();
        controller.close();
      });
      req.once('error', (error) => {
        stop();
        controller.error(error);
      });
      req.once('close', stop);
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      clearTimeout(timer);
      req.off('data', onData);
      req.removeAllListeners('end');
      req.resume();
    },
  });
}
