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
 * reading of a request body: a client that trickles it (slow loris) gets 408 and its connection is closed. A client
 * that closes or resets its connection before its body is complete ends the body with a 400 BodyError (the handler
 * refuses the request and logs why; nothing is created), and the returned promise settles.
 */
export function toNodeHandler(handler: FetchHandler, adapterOptions: NodeAdapterOptions = {}): NodeHandler {
  const bodyTimeout = adapterOptions.bodyTimeout ?? 10_000;
  return async (req, res) => {
    let body: RequestBody | undefined;
    try {
      const base = adapterOptions.origin ?? `http://${req.headers.host ?? 'localhost'}`;
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) for (const item of value) headers.append(name, item);
        else if (value !== undefined) headers.set(name, value);
      }
      const method = req.method ?? 'GET';
      const hasBody = method !== 'GET' && method !== 'HEAD';
      body = hasBody ? readableFrom(req, bodyTimeout) : undefined;
      const init: RequestInit & { duplex: 'half' } = {
        method,
        headers,
        body: body?.stream,
        // Node's fetch needs this for a streamed body
        duplex: 'half',
      };
      const request = new Request(new URL(req.url ?? '/', base), init);
      const response = await handler(request);
      const answer = Buffer.from(await response.arrayBuffer());
      // A body the handler did not read (a refusal before reading it) holds no timer and no listener any longer.
      body?.release();
      // The client is gone (it closed the connection): nobody reads the answer.
      if (res.destroyed || req.socket.destroyed) return;
      // A body still arriving (too large, too slow) is not read to its end: answer, then close the connection.
      const unread = hasBody && !req.complete;
      res.writeHead(response.status, {
        ...Object.fromEntries(response.headers),
        ...(unread ? { Connection: 'close' } : {}),
      });
      res.end(answer, () => {
        if (unread && !req.complete) req.socket.destroy();
      });
    } catch {
      body?.release();
      if (res.destroyed) return;
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ success: false, data: {}, error_code: 500, error_info: 'Internal error' }));
    }
  };
}

/** The error a body ends with when its client closed or reset the connection first. */
function closedEarly(req: IncomingMessage, received: number): BodyError {
  const declared = req.headers['content-length'];
  const of = declared === undefined ? '' : ` of ${declared}`;
  return new BodyError(
    400,
    `The client closed the connection before its request body was complete (${received}${of} bytes received)`,
  );
}

/** A request's body as a stream, and `release()` for when the answer is ready, read or not. */
interface RequestBody {
  stream: ReadableStream<Uint8Array>;
  /** Stops waiting for the body (its timer, its listener) and discards whatever of it is still to come. */
  release(): void;
}

/**
 * A web ReadableStream over a Node request, read lazily so a body over the limit is not buffered; after a cancel the
 * rest is drained so the answer (413) still reaches the client. A body not complete within `timeout` ms errors the
 * stream with a 408 BodyError; a connection closed or reset before the body's end errors it with a 400 BodyError, so
 * that no reader waits for bytes that will never come.
 */
function readableFrom(req: IncomingMessage, timeout: number): RequestBody {
  let onData: (chunk: Buffer) => void = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settled = false;
  let received = 0;
  const release = () => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    req.off('data', onData);
    req.removeAllListeners('end');
    req.resume();
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.off('data', onData);
        if (error) controller.error(error);
        else controller.close();
      };
      onData = (chunk) => {
        received += chunk.byteLength;
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      };
      // The request may already be over when the handler starts (a client that sent its headers and hung up).
      if (req.complete && req.readableEnded) return finish();
      if (req.destroyed) return finish(closedEarly(req, received));
      timer = setTimeout(() => finish(new BodyError(408, 'The request body was not received in time')), timeout);
      req.on('data', onData);
      req.once('end', () => finish());
      // node:http destroys the request with an "aborted" ECONNRESET when its connection ends early; 'close' without
      // 'end' or 'error' is the same thing seen from the other side. Either way: the body will not be complete.
      req.once('error', () => finish(closedEarly(req, received)));
      req.once('close', () => {
        if (!req.complete) finish(closedEarly(req, received));
      });
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel: release,
  });
  return { stream, release };
}
