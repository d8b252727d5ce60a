// Waiting for a condition, registers nothing (dist tests use it too). @open-wc's waitUntil gives up after 1 s by
// default: on a loaded machine (two test runs on two cores) a render after a request can take longer, and a test
// that waits for something sure to come must not fail for the machine's load. This one waits up to 10 s unless told.
// It polls with the page's own timers, taken when this module loads: a test that turns the element's timers by hand
// (@sinonjs/fake-timers) still waits for a real answer in real time.
const { setTimeout, clearTimeout } = globalThis;

/** Resolves once `predicate` holds (checked every 50 ms), 10 s at most: then it rejects with `message`. */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  { interval = 50, timeout = 10_000 }: { interval?: number; timeout?: number } = {},
): Promise<void> {
  // The caller's stack, for the error if the condition never holds.
  const { stack } = new Error();
  return new Promise((resolve, reject) => {
    let next: ReturnType<typeof setTimeout> | undefined;
    let over = false;
    const limit = setTimeout(() => {
      over = true;
      clearTimeout(next);
      const error = new Error(message ? `Timeout: ${message}` : `waitUntil timed out after ${timeout}ms`);
      error.stack = stack;
      reject(error);
    }, timeout);
    const check = async () => {
      try {
        if (await predicate()) {
          clearTimeout(limit);
          resolve();
        } else if (!over) {
          next = setTimeout(check, interval);
        }
      } catch (error) {
        clearTimeout(limit);
        reject(error);
      }
    };
    void check();
  });
}
