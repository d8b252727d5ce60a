// The demo as `npm start` serves it (Vite, element from source, offline demo backend) on a free loopback port, and
// a Chromium to drive it: for the end-to-end tests of the demo pages.
import { createServer } from 'vite';
import { launchChromium } from './shop-pages.mjs';

/** Starts Vite and Chromium; `close()` stops both. `logged` collects what the demo prints (else it is silent). */
export async function startDemo({ logged } = {}) {
  const customLogger = logged && {
    info: (message) => logged.push(message),
    warn: (message) => logged.push(message),
    warnOnce: (message) => logged.push(message),
    error: (message) => logged.push(message),
    clearScreen: () => {},
    hasErrorLogged: () => false,
    hasWarned: false,
  };
  const server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    ...(customLogger ? { customLogger } : {}),
    server: { port: 0, strictPort: false },
  });
  await server.listen();
  const browser = await launchChromium();
  return {
    base: server.resolvedUrls.local[0],
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
