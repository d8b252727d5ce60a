import { requestText } from './http.js';
import type { OrderRequest } from './order.js';
import { parseOrderResponse, type CreatedOrder } from './response.js';

export interface CreateOrderOptions {
  endpoint: string;
  order: OrderRequest;
  timeout: number;
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
}

/** POSTs the order to the merchant's endpoint and returns the parsed answer; every failure is a `CheckoutError`. */
export async function createOrder(options: CreateOrderOptions): Promise<CreatedOrder> {
  const raw = await requestText({ ...options, url: options.endpoint, method: 'POST', body: options.order });
  return parseOrderResponse(raw);
}
