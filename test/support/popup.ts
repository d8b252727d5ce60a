// A same-origin top-level window for tests that let the element really navigate: the payment page always opens in
// the top window (src/navigate.ts), so an element in an iframe of the test page would navigate the test page away.

/** Opens a window showing `html` (a whole document) and resolves when it has loaded. Close it when done. */
export async function openWindow(html: string): Promise<Window> {
  const view = window.open(`/backend/page?html=${encodeURIComponent(html)}`, '_blank', 'popup,width=600,height=400');
  if (!view) throw new Error('the browser blocked the test window');
  await new Promise<void>((resolve) => {
    const check = () =>
      view.location.pathname === '/backend/page' && view.document.readyState === 'complete'
        ? resolve()
        : setTimeout(check, 20);
    check();
  });
  return view;
}

/** Resolves when `view` shows a document at `pathname` (after a navigation), or rejects after `timeout` ms. */
export function waitForPath(view: Window, pathname: string, timeout = 8000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      let path = '';
      try {
        path = view.document.readyState === 'complete' ? view.location.pathname : '';
      } catch {
        // between documents
      }
      if (path === pathname) resolve();
      else if (Date.now() - started > timeout) reject(new Error(`the window did not reach ${pathname}`));
      else setTimeout(check, 20);
    };
    check();
  });
}
