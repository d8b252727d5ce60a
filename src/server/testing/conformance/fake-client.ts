// The kit's side of the fake's control API (../fake-control.ts): the same calls whether the kit started the fake
// itself or was given one that a shop already talks to.
import type { FakeChoice, FakeRequestRecord } from '../fake-multisafepay.js';
import type { FakeNotificationRecord, NotificationOptions } from '../fake-notifications.js';
import type { FakeOrder } from '../fake-order.js';
import { request } from './browser.js';

/** What `GET /_fake/` says. */
export interface FakeInfo {
  baseUrl: string;
  rootUrl: string;
  apiKey: string;
  origin: string;
  controlUrl: string;
  notify: boolean;
  delay: number;
}

export class FakeControl {
  readonly controlUrl: string;

  /** `url`: the fake's origin, its API base URL or its control URL. */
  constructor(url: string) {
    this.controlUrl = new URL('/_fake/', url).href;
  }

  async #call<T>(path: string, body?: unknown): Promise<T> {
    const answer = await request(new URL(path, this.controlUrl).href, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (answer.status !== 200 || typeof answer.json !== 'object' || answer.json === null) {
      throw new Error(`the fake's ${path || '/'} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
    }
    return answer.json as T;
  }

  info(): Promise<FakeInfo> {
    return this.#call('');
  }

  settings(settings: { notify?: boolean; delay?: number }): Promise<FakeInfo> {
    return this.#call('settings', settings);
  }

  /** The order as the fake keeps it, or `undefined` when the fake has none with that id. */
  async order(id: string): Promise<FakeOrder | undefined> {
    const answer = await request(new URL(`orders/${encodeURIComponent(id)}`, this.controlUrl).href);
    if (answer.status === 404) return undefined;
    if (answer.status !== 200) throw new Error(`the fake's orders/${id} answered ${answer.status}`);
    return (answer.json as { order: FakeOrder }).order;
  }

  choose(id: string, choice: FakeChoice, notify?: boolean) {
    return this.#call<{ status: string; location: string; notification?: FakeNotificationRecord }>(
      `orders/${encodeURIComponent(id)}/choose`,
      { choice, ...(notify === undefined ? {} : { notify }) },
    );
  }

  async notify(id: string, options: NotificationOptions = {}): Promise<FakeNotificationRecord> {
    const answer = await this.#call<{ notification: FakeNotificationRecord }>(
      `orders/${encodeURIComponent(id)}/notify`,
      options,
    );
    return answer.notification;
  }

  async requests(): Promise<FakeRequestRecord[]> {
    return (await this.#call<{ requests: FakeRequestRecord[] }>('requests')).requests;
  }

  async notifications(): Promise<FakeNotificationRecord[]> {
    return (await this.#call<{ notifications: FakeNotificationRecord[] }>('notifications')).notifications;
  }
}
