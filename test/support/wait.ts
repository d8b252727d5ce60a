// Waiting for a condition, registers nothing (dist tests use it too). @open-wc's waitUntil gives up after 1 s by
// default: on a loaded machine (two test runs on two cores) a render after a request can take longer, and a test
// that waits for something sure to come must not fail for the machine's load. This one waits up to 10 s unless told.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/** Resolves once `predicate` holds (checked every 50 ms), 10 s at most: then it rejects with `message`. */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { interval: 50, timeout: 10_000, ...options });
}
