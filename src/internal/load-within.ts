import { CheckoutError } from './errors.js';

/**
 * A part loaded within `timeout` ms: a load that fails is a `network-error` (the shopper's connection, or a file the
 * shop did not upload), one that hangs a `timeout`, never a spinner for good.
 */
export function loadWithin<T>(load: () => Promise<T>, timeout: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new CheckoutError('timeout', `Part of the element did not load within ${timeout} ms`)),
      timeout,
    );
    load()
      .then(resolve, (cause: unknown) =>
        reject(new CheckoutError('network-error', `Part of the element could not be loaded: ${cause}`, { cause })),
      )
      .finally(() => clearTimeout(timer));
  });
}
