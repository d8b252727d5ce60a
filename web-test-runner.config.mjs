import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { backendMiddleware } from './test/support/backend.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Two commands the stock set lacks, through the page's DevTools protocol:
 * - `executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' })`: Windows High Contrast;
 * - `executeServerCommand('accessibility-tree')`: the full accessibility tree, as a screen reader gets it;
 * - `executeServerCommand('screenshot', { x, y, width, height })`: what the screen shows there, a base64 PNG.
 */
function devtoolsCommands() {
  const sessions = new WeakMap();
  return {
    name: 'devtools-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'accessibility-tree') {
        // The whole tree, groups included (the stock a11ySnapshot command prunes radio groups away).
        return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
      }
      if (command === 'screenshot') {
        const page = session.browser.getPage(session.id);
        // A background tab may never paint: the page to be pictured comes to the front first.
        await page.bringToFront();
        return page.screenshot({ clip: payload, encoding: 'base64', captureBeyondViewport: false });
      }
      if (command !== 'emulate-forced-colors') return undefined;
      // Puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does. Emulation ends when its
      // protocol session detaches, so the session stays open with the page.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload.value }],
      });
      return true;
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  concurrency: 2,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    devtoolsCommands(),
  ],
  middleware: [backendMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: chromiumArgs,
      },
    }),
  ],
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  reporters: [defaultReporter(), summaryReporter()],
};
