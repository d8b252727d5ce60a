// The fake's control API, under a path prefix MultiSafepay's API never uses (`/_fake/`): what `fake.choose`,
// `fake.sendNotification`, `fake.requests`, `fake.notifications` and `fake.reset` do in a Node test, over HTTP, so
// that a test in any language (pytest, PHPUnit) and the conformance kit can drive a fake started as a program
// (./fake-cli.ts). JSON in, JSON out; docs/testing.md lists the routes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeChoice, FakeMultiSafepay } from './fake-types.js';
import type { NotificationOptions } from './fake-notifications.js';

export const CONTROL_PREFIX = '/_fake/';

const CHOICES: readonly string[] = ['pay', 'cancel', 'decline'];

/** What a test learns of the fake: where it is, its key, its settings. */
export function controlInfo(fake: FakeMultiSafepay) {
  return {
    baseUrl: fake.baseUrl,
    rootUrl: fake.rootUrl,
    apiKey: fake.apiKey,
    origin: fake.origin,
    controlUrl: fake.controlUrl,
    notify: fake.notify,
    delay: fake.delay,
  };
}

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A JSON object from the request body (an empty body is `{}`). */
async function readOptions(req: IncomingMessage, readBody: (req: IncomingMessage) => Promise<string>) {
  const text = await readBody(req);
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ControlError(400, 'the body must be JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ControlError(400, 'the body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

const optional = <T>(value: unknown, check: (value: unknown) => value is T, name: string): T | undefined => {
  if (value === undefined) return undefined;
  if (!check(value)) throw new ControlError(400, `${name} has the wrong type`);
  return value;
};
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isString = (value: unknown): value is string => typeof value === 'string';
const isMethod = (value: unknown): value is 'POST' | 'GET' => value === 'POST' || value === 'GET';

/** The notification variants a test may ask for, checked field by field (./fake-notifications.ts). */
function notificationOptions(body: Record<string, unknown>): NotificationOptions {
  return {
    method: optional(body['method'], isMethod, 'method ("POST" or "GET")'),
    pretty: optional(body['pretty'], isBoolean, 'pretty'),
    forged: optional(body['forged'], isBoolean, 'forged'),
    stale: optional(body['stale'], isBoolean, 'stale'),
    timestamp: optional(body['timestamp'], isString, 'timestamp'),
    key: optional(body['key'], isString, 'key'),
    body: optional(body['body'], isString, 'body'),
    auth: optional(body['auth'], isString, 'auth'),
    transactionid: optional(body['transactionid'], isString, 'transactionid'),
  };
}

/**
 * Answers one request to the control API:
 * - `GET /_fake/`: where the fake is (baseUrl, rootUrl, apiKey, origin, controlUrl) and its settings;
 * - `GET /_fake/orders`, `GET /_fake/orders/{id}`: the orders as the fake keeps them;
 * - `POST /_fake/orders/{id}/choose` `{"choice":"pay"|"cancel"|"decline","notify"?:bool}`: the payment page's buttons;
 * - `POST /_fake/orders/{id}/notify` `{method, pretty, forged, stale, timestamp, key, body, auth, transactionid}`:
 *   a notification (again);
 * - `GET /_fake/requests`, `GET /_fake/notifications`: what reached the API, what was sent and answered;
 * - `POST /_fake/settings` `{"notify"?:bool,"delay"?:ms}`; `POST /_fake/reset`: forget orders, requests, notifications.
 */
export async function handleControl(
  fake: FakeMultiSafepay,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  readBody: (req: IncomingMessage) => Promise<string>,
): Promise<void> {
  const method = req.method ?? 'GET';
  const route = url.pathname.slice(CONTROL_PREFIX.length - 1).replace(/\/$/, '') || '/';
  try {
    if (route === '/' && method === 'GET') return send(res, 200, controlInfo(fake));
    if (route === '/orders' && method === 'GET') return send(res, 200, { orders: [...fake.orders.values()] });
    if (route === '/requests' && method === 'GET') return send(res, 200, { requests: fake.requests });
    if (route === '/notifications' && method === 'GET') {
      return send(res, 200, { notifications: fake.notifications });
    }
    if (route === '/reset' && method === 'POST') {
      fake.reset();
      return send(res, 200, controlInfo(fake));
    }
    if (route === '/settings' && method === 'POST') {
      const body = await readOptions(req, readBody);
      const notify = optional(body['notify'], isBoolean, 'notify');
      const delay = optional(
        body['delay'],
        (value): value is number => typeof value === 'number' && value >= 0 && value <= 60_000,
        'delay (0 to 60000 ms)',
      );
      if (notify !== undefined) fake.notify = notify;
      if (delay !== undefined) fake.delay = delay;
      return send(res, 200, controlInfo(fake));
    }
    const order = /^\/orders\/([^/]+)(?:\/(choose|notify))?$/.exec(route);
    if (order) {
      const id = decodeURIComponent(order[1]!);
      const known = fake.orders.get(id);
      if (!known) throw new ControlError(404, `no order ${JSON.stringify(id)}`);
      if (!order[2] && method === 'GET') return send(res, 200, { order: known });
      if (order[2] === 'choose' && method === 'POST') {
        const body = await readOptions(req, readBody);
        const choice = body['choice'];
        if (typeof choice !== 'string' || !CHOICES.includes(choice)) {
          throw new ControlError(400, 'choice must be "pay", "cancel" or "decline"');
        }
        const notify = optional(body['notify'], isBoolean, 'notify');
        return send(res, 200, await fake.choose(id, choice as FakeChoice, { notify }));
      }
      if (order[2] === 'notify' && method === 'POST') {
        const options = notificationOptions(await readOptions(req, readBody));
        const notification = await fake.sendNotification(id, options);
        if (!notification) throw new ControlError(409, `order ${JSON.stringify(id)} has no notification_url`);
        return send(res, 200, { notification });
      }
    }
    throw new ControlError(404, `no control route ${method} ${url.pathname}`);
  } catch (error) {
    if (error instanceof ControlError) return send(res, error.status, { error: error.message });
    if (error instanceof URIError) return send(res, 400, { error: 'malformed order id' });
    throw error;
  }
}
