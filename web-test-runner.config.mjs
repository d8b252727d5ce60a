import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { minify } from 'terser';
import { minifySync } from 'vite';
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

/**
 * `MSP_TEST_BUILD=production`: the same tests against the code shops run, not the source. Each module of src/ is what
 * the production builds make of it: `dev-mode.ts` is `dev-mode.production.ts` (so the tests' own `DEV_MODE` says
 * which build they test), its html``/css`` templates and then the module are minified by the builds' own minifiers
 * (rollup-plugin-minify-template-literals, Vite's minifySync, then the script tags' terser pass), and Lit is its
 * production build. A minifier that
 * changes what the element does (it once merged two template literals that had to stay two) fails a test here.
 */
const productionBuild = process.env.MSP_TEST_BUILD === 'production';

/** Serves `dev-mode.production.ts` at `dev-mode.ts`, as the builds' alias does: before the TypeScript plugin. */
function productionDevMode() {
  return {
    name: 'production-dev-mode',
    serve(context) {
      if (context.path !== '/src/internal/dev-mode.ts') return undefined;
      return {
        body: readFileSync(new URL('./src/internal/dev-mode.production.ts', import.meta.url), 'utf8'),
        type: 'js',
      };
    },
  };
}

/** Minifies each module of src/ as the builds do, after the TypeScript plugin. */
function productionMinify() {
  const literals = minifyTemplateLiterals();
  const plugin = { warn: () => {}, error: (error) => Promise.reject(error) };
  return {
    name: 'production-minify',
    async transform(context) {
      if (!context.path.startsWith('/src/') || !context.response.is('js')) return undefined;
      const templates = (await literals.transform.call(plugin, context.body, context.path))?.code ?? context.body;
      const { code, errors } = minifySync(context.path, templates, { module: true, compress: true, mangle: true });
      if (errors.length > 0) throw new Error(`${context.path}: ${errors.map((error) => error.message).join('; ')}`);
      // The script-tag files' second pass (vite.config.ts, terserPass), with its options.
      const terse = await minify(code, { ecma: 2020, compress: { passes: 3 }, mangle: true, module: true });
      // The minifier writes import('./x.js') with backquotes, which the dev server's import resolution skips.
      return { body: terse.code.replace(/\bimport\(`([^`$]*)`\)/g, 'import("$1")') };
    },
  };
}

/**
 * @sinonjs/fake-timers, with which a test turns the element's timers by hand, is CommonJS, which a browser cannot
 * import: it is served as one ES module, bundled by esbuild, with its exports named.
 */
function fakeTimersModule() {
  const entry = createRequire(import.meta.url).resolve('@sinonjs/fake-timers');
  let body;
  return {
    name: 'fake-timers-module',
    async serve(context) {
      if (!context.path.endsWith('/node_modules/@sinonjs/fake-timers/src/fake-timers-src.js')) return undefined;
      body ??= build({
        stdin: {
          contents: `import fakeTimers from ${JSON.stringify(entry)};
            export const { createClock, install, timers, withGlobal } = fakeTimers;`,
          resolveDir: process.cwd(),
        },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        // Asked for only under Node (process.nextTick), never in a browser.
        external: ['util'],
        write: false,
      }).then((result) => result.outputFiles[0].text);
      return { body: await body, type: 'js' };
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // The production run leaves out what tests the built files only (dist/), the same in both runs. Only test/browser/:
  // the other folders' *.test.ts (test/server/, test/conformance/) are Node's.
  files: productionBuild
    ? [
        'test/browser/**/*.test.ts',
        '!test/browser/dist/**',
        '!test/browser/security/integrity.test.ts',
        '!test/browser/security/on-demand-integrity.test.ts',
      ]
    : ['test/browser/**/*.test.ts'],
  nodeResolve: productionBuild ? true : { exportConditions: ['development'] },
  rootDir: '.',
  concurrency: 2,
  plugins: [
    ...(productionBuild ? [productionDevMode()] : []),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    ...(productionBuild ? [productionMinify()] : []),
    devtoolsCommands(),
    fakeTimersModule(),
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
  // A ceiling for a file that hangs, not a measure of speed: a file takes several times its idle time while the Node
  // suite shares the two cores.
  testsFinishTimeout: 600_000,
  // A test fails by its assertions, not by the machine's load: two test runs sharing two cores make a test of a few
  // round trips take seconds. 30 s still ends a test that hangs; a wait for a condition gives up after 10 s
  // (test/support/wait.ts), and no test races a server's answer against its own actions (backend.mjs's gates).
  testFramework: { config: { timeout: 30_000 } },
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  reporters: [defaultReporter(), summaryReporter()],
};
