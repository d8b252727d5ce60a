// What a page shows after Pay, while it leaves for the payment page (/connect/), read without evaluating in it
// meanwhile: an evaluation while that navigation is pending can wait on it (two fresh-clone CI runs hung so). A
// MutationObserver in the page reports through a binding instead, and the payment page's answer is held until the
// page has shown what the test waits for (10 s at most, so that a failure is a failed assertion, never a hang).

/**
 * Holds the payment page's answer (/connect/) until `ready()` settles, 10 s at most, so that a failure is a failed
 * assertion, never a hang. Set up before Pay.
 */
export function holdPaymentPage(page, ready) {
  return page.route(/\/connect\//, async (route) => {
    await Promise.race([ready(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await route.continue();
  });
}

/**
 * Set up before `page.goto()`. `texts` and `lists` name CSS selectors: a text is the first match's text, a list every
 * match's. `done(shown)` says when the page has shown enough for the payment page to be let through. Returns `shown`,
 * kept up to date, and `observe()`, to call once the page is loaded and before Pay.
 */
export async function watchWhileLeaving(page, { texts = {}, lists = {}, done }) {
  const shown = {};
  let enough;
  const shownEnough = new Promise((resolve) => (enough = resolve));
  await page.exposeBinding('reportShown', (_source, report) => {
    Object.assign(shown, report);
    if (done(shown)) enough();
  });
  await holdPaymentPage(page, () => shownEnough);
  const observe = () =>
    page.evaluate(
      ({ texts, lists }) => {
        const { document, MutationObserver, reportShown } = globalThis;
        const text = (selector) => document.querySelector(selector)?.textContent?.trim() ?? '';
        const list = (selector) => [...document.querySelectorAll(selector)].map((item) => item.textContent.trim());
        const report = () =>
          reportShown({
            ...Object.fromEntries(Object.entries(texts).map(([key, selector]) => [key, text(selector)])),
            ...Object.fromEntries(Object.entries(lists).map(([key, selector]) => [key, list(selector)])),
          });
        new MutationObserver(report).observe(document.body, { childList: true, subtree: true, characterData: true });
        report();
      },
      { texts, lists },
    );
  return { shown, observe };
}
