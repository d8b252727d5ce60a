// npm run bench: how heavy and how fast <msp-checkout> is, next to the same minimum written twice: as a minimal Lit
// element (bench/lit-element.js, bundled with Lit like the script-tag file) and as a vanilla element with no library
// (bench/floor-element.js, the floor). Prints tables; not part of the tests. Sizes are exact; timings come from
// headless Chromium over many page loads (median and p10/p90), all three measured in one run, loads interleaved, and
// vary with the machine: compare the ratios, not the ms.
/* global window, document -- in the functions page.evaluate runs in the browser */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { bytesByModule } from './module-map.mjs';
import { measure, upFrontFiles } from './up-front.mjs';

const LOADS = Number(process.env.BENCH_LOADS || 20);
// BENCH_EARLIER=path/to/msp-checkout.min.js: an earlier build of the script-tag file (another commit's), measured in
// the same run as a fourth page, for before/after figures taken under the same load.
const EARLIER = process.env.BENCH_EARLIER;
const root = resolve(import.meta.dirname, '..');
process.chdir(root);

// ---------------------------------------------------------------------------------------------- helpers

function table(title, header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\n${title}\n${line(cells[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of cells.slice(1)) console.log(line(row));
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
function stats(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0, median: NaN, p10: NaN, p90: NaN, min: NaN, max: NaN };
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    min: sorted[0],
    max: sorted.at(-1),
  };
}
const ms = (value) => (Number.isFinite(value) ? value.toFixed(2) : '-');
const ratio = (ours, floor) => (Number.isFinite(ours / floor) && floor > 0 ? `${(ours / floor).toFixed(1)}x` : '-');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------------------------------------- 1. sizes

console.log('npm run build ...');
execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });

// Shipped languages other than English (the checkout's and the payment status's) are import()ed on demand
// (src/*-locale-imports.ts): like the real builds, keep them out of the measured file.
const languagesOnDemand = {
  name: 'languages-on-demand',
  setup(b) {
    // esbuild's filters are Go regular expressions (no lookahead): English is let through in the callback.
    b.onResolve({ filter: /\/(?:status-)?locales\/[a-z]{2,3}\.js$/ }, ({ path }) =>
      path.endsWith('/en.js') ? undefined : { path, external: true },
    );
  },
};

async function bundle(options) {
  const result = await build({
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'silent',
    ...options,
    plugins: [languagesOnDemand, ...(options.plugins ?? [])],
  });
  // Split into chunks (outdir): the entry's own file and the chunks it imports statically, as an app downloads them.
  const bytes = options.outdir
    ? upFrontFiles(result.outputFiles, options.entryPoints[0])
    : Buffer.from(result.outputFiles[0].contents);
  return { bytes, metafile: result.metafile };
}

// What `import 'msp-checkout'` adds to an app that already has Lit, up front, as npm run size measures it (but with the
// languages left out rather than in hashed chunks): the parts loaded on demand (import()) are chunks of their own.
const npmEntry = await bundle({
  entryPoints: ['dist/index.js'],
  format: 'esm',
  external: ['lit', 'lit/*', '@lit/*'],
  splitting: true,
  outdir: 'bench-out',
});
const floorFile = await readFile('bench/floor-element.js');
const floorMin = await bundle({ entryPoints: ['bench/floor-element.js'], format: 'iife' });
// Lit's production build (esbuild resolves no `development` condition), as inside the script-tag file.
const litMin = await bundle({ entryPoints: ['bench/lit-element.js'], format: 'iife', target: 'es2022' });

// Read once, right after the build: the pages are served this copy, so a rebuild during the run changes nothing.
const scriptTagFile = await readFile('dist/msp-checkout.min.js');
const earlierFile = EARLIER ? await readFile(EARLIER) : undefined;
const sizes = {
  scriptTag: measure(scriptTagFile),
  npmEntry: measure(npmEntry.bytes),
  lit: measure(litMin.bytes),
  floor: measure(floorMin.bytes),
};
table(
  '1. Sizes in bytes (gzip -9, brotli q11); the minimal Lit element and the floor minified by esbuild',
  ['file', 'raw', 'gzip', 'brotli', 'gzip / Lit', 'gzip / floor'],
  [
    [
      'dist/msp-checkout.min.js (script tag, Lit inside)',
      ...Object.values(sizes.scriptTag),
      ratio(sizes.scriptTag.gzip, sizes.lit.gzip),
      ratio(sizes.scriptTag.gzip, sizes.floor.gzip),
    ],
    [
      'npm entry dist/index.js (esbuild, minified, Lit external)',
      ...Object.values(sizes.npmEntry),
      '-',
      ratio(sizes.npmEntry.gzip, sizes.floor.gzip),
    ],
    [
      'minimal Lit element: bench/lit-element.js (Lit inside)',
      ...Object.values(sizes.lit),
      '1.0x',
      ratio(sizes.lit.gzip, sizes.floor.gzip),
    ],
    ...(earlierFile
      ? [
          [
            `earlier build: ${EARLIER}`,
            ...Object.values(measure(earlierFile)),
            ratio(measure(earlierFile).gzip, sizes.lit.gzip),
            ratio(measure(earlierFile).gzip, sizes.floor.gzip),
          ],
        ]
      : []),
    ['floor: bench/floor-element.js (minified)', ...Object.values(sizes.floor), '-', '1.0x'],
    [
      `floor: bench/floor-element.js (as written, ${floorFile.length} raw)`,
      ...Object.values(measure(floorFile)),
      '-',
      '-',
    ],
  ],
);

// Who contributes what: the script-tag file as it is built, each byte counted to the module its source map names
// (scripts/module-map.mjs, also `npm run size:map`), with the gzip bytes leaving the module out would save.
const { bytes: builtBytes, modules } = await bytesByModule('script-tag');
const shipped = (await readFile('dist/msp-checkout.min.js')).length;
if (builtBytes !== shipped) {
  throw new Error(`bench: the module map counts ${builtBytes} bytes; dist/msp-checkout.min.js has ${shipped}`);
}
const groups = new Map([...modules].map(([name, size]) => [name, size.bytes]));
table(
  `Per-module bytes in dist/msp-checkout.min.js as built (${builtBytes} bytes, counted by its source map)`,
  ['module', 'bytes', 'share', 'gzip saved without it'],
  [...modules]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([name, size]) => [name, size.bytes, `${((100 * size.bytes) / builtBytes).toFixed(1)}%`, size.gzip]),
);

// The optional parts' costs below stub modules out of an esbuild bundle of the script-tag file (esbuild takes a
// plugin that replaces a module's source; Vite's build would need one per stub). As vite.config.ts does for the
// script-tag file, a module with a `*.script-tag.ts` twin is replaced by it, and dev-mode.ts by dev-mode.production.ts.
const scriptTagTwins = {
  name: 'script-tag-twins',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/[\w/-]+\.js$/ }, ({ path, resolveDir }) => {
      const twin = join(
        resolveDir,
        path.replace(/\.js$/, /dev-mode\.js$/.test(path) ? '.production.ts' : '.script-tag.ts'),
      );
      return existsSync(twin) ? { path: twin } : undefined;
    });
  },
};
const scriptLike = {
  entryPoints: ['src/checkout/define.ts'],
  format: 'iife',
  target: 'es2022',
  metafile: false,
  plugins: [scriptTagTwins],
};
const full = await bundle(scriptLike);

// What an optional part costs: its modules' bytes in the built file (the map above), and the gzip bytes saved by
// replacing them with stubs (the element's own code for the part stays, so this is the part's modules only). A stub
// is derived from the module as it is now: every value it exports becomes a function that returns nothing, except
// the few the element needs to keep rendering, given here as source text. A renamed export therefore changes the
// stub, not the row.
async function valueExports(file) {
  const source = await readFile(file, 'utf8');
  const declared = [...source.matchAll(/^export (?:async )?(?:function\*?|const|let|class) (\w+)/gm)].map((m) => m[1]);
  const listed = [...source.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) =>
    m[1].split(',').map((name) => name.trim()),
  );
  const fallback = /^export default /m.test(source) ? ['default'] : [];
  return [...declared, ...listed.filter((name) => name && !name.startsWith('type ')), ...fallback];
}
/** The values other modules of src/ import from `file` (`import { a, type B } from '../x/file.js'`, re-exports too). */
async function importedValues(file) {
  const modules = (await readdir('src', { recursive: true })).filter(
    (name) => name.endsWith('.ts') && !name.startsWith('server') && `src/${name}` !== file,
  );
  const names = new Set();
  for (const name of modules) {
    const source = await readFile(join('src', name), 'utf8');
    // A specifier names `file` when it resolves to it from the importing module's folder.
    const isFile = (specifier) => join('src', dirname(name), specifier).replace(/\.js$/, '.ts') === file;
    for (const [, list, specifier] of source.matchAll(/^(?:import|export) (?!type )\{([^}]*)\} from '([^']+)'/gm)) {
      if (!isFile(specifier)) continue;
      for (const part of list.split(',').map((item) => item.trim())) {
        if (part && !part.startsWith('type ')) names.add(part.split(/\s+as\s+/)[0]);
      }
    }
    for (const [, specifier] of source.matchAll(/^import \w+ from '([^']+)'/gm)) {
      if (isFile(specifier)) names.add('default');
    }
  }
  return names;
}
async function stubSource(file, { imports = '', keep = {} }) {
  const names = await valueExports(file);
  const unknown = Object.keys(keep).filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new Error(`bench: ${file} no longer exports ${unknown.join(', ')}; update the stub`);
  // A stub that turned a value the element uses into a function returning nothing would measure an element that
  // cannot render: every imported value must be kept.
  const unkept = [...(await importedValues(file))].filter((name) => !Object.hasOwn(keep, name));
  if (unkept.length > 0) throw new Error(`bench: src/ imports ${unkept.join(', ')} from ${file}; keep it in the stub`);
  const value = (name) => keep[name] ?? '(..._: unknown[]) => undefined';
  const exports = names.map((name) =>
    name === 'default' ? `export default ${value(name)};` : `export const ${name}: any = ${value(name)};`,
  );
  return `${imports}\n${exports.join('\n')}\n`;
}
async function withStubs(stubs) {
  const sources = Object.fromEntries(
    await Promise.all(Object.entries(stubs).map(async ([file, stub]) => [file, await stubSource(file, stub)])),
  );
  const plugin = {
    name: 'stub',
    setup(b) {
      for (const [file, contents] of Object.entries(sources)) {
        const filter = new RegExp(`${file.replace(/[./]/g, '\\$&')}$`);
        b.onLoad({ filter }, () => ({ contents, loader: 'ts' }));
      }
    },
  };
  return (await bundle({ ...scriptLike, metafile: false, plugins: [plugin, ...scriptLike.plugins] })).bytes;
}
const fullGzip = measure(full.bytes).gzip;
const features = [
  [
    'gateway names (src/shared/gateway-names.ts)',
    // No name: gateways show their id (or the merchant's name). The rest of the catalogue is the gateway list's.
    { 'src/shared/gateway-names.ts': { keep: { GATEWAY_NAMES: '{}' } } },
  ],
  [
    'English strings (src/checkout/english-texts.ts)',
    { 'src/checkout/english-texts.ts': { keep: { englishTexts: '{ gatewayNames: {} }' } } },
  ],
  [
    'languages on demand, registerLocale (internal/locale-registry.ts, checkout/locale-imports.script-tag.ts)',
    {
      // English only: no registry of languages, no import of another one, left to right.
      'src/internal/locale-registry.ts': {
        keep: {
          createLocaleRegistry:
            '(en: any) => ({ elements: new Set(), get: () => en, set() {}, has: () => true, load: async () => false })',
          textDirection: "() => 'ltr'",
          isShipped: '() => false',
          importFrom: '() => () => undefined',
        },
      },
    },
    // Dropped with it: nothing else imports it.
    ['src/checkout/locale-imports.script-tag.ts'],
  ],
  [
    'gateway list from gateways-endpoint (checkout/gateway-list-controller.ts, its loader in on-demand.script-tag.ts)',
    {
      'src/checkout/gateway-list-controller.ts': {
        keep: {
          GatewayListController:
            "class { status = { state: 'static' }; constructor(host: any) { host.addController(this); } retry() {} }",
        },
      },
      'src/checkout/on-demand.script-tag.ts': {
        imports:
          "import { navigateToPaymentPage, payShopperMessage, payText, requestPaymentPage } from './pay-request.js';",
        keep: {
          loadPayRequest:
            '() => Promise.resolve({ navigateToPaymentPage, payShopperMessage, payText, requestPaymentPage })',
          loadGatewayList: '() => new Promise(() => {})',
        },
      },
    },
  ],
  [
    // Not optional (every shop takes payments; the script tag has it inside, decided): what Pay weighs. The element
    // keeps its calls; the modules only Pay reaches go.
    'the Pay request (checkout/pay-request.ts; with it response.ts, pay-texts.ts, navigate.ts, most of network.ts)',
    {
      'src/checkout/pay-request.ts': {
        keep: {
          requestPaymentPage: "async () => ({ orderId: undefined, paymentUrl: '' })",
          navigateToPaymentPage: '() => {}',
          payShopperMessage: '() => undefined',
          payText: "() => ''",
        },
      },
    },
    ['src/internal/response.ts', 'src/checkout/pay-texts.ts', 'src/checkout/navigate.ts', 'src/internal/network.ts'],
  ],
];
const featureRows = [];
for (const [label, stubs, dropped = []] of features) {
  const inOutput = [...Object.keys(stubs), ...dropped].reduce((sum, file) => sum + (groups.get(file) ?? 0), 0);
  featureRows.push([label, inOutput, fullGzip - measure(await withStubs(stubs)).gzip]);
}
const languageFiles = (await readdir('dist/locales')).filter((name) => name.endsWith('.js') && name !== 'en.js');
const languageGzip = await Promise.all(
  languageFiles.map(async (name) => measure(await readFile(`dist/locales/${name}`)).gzip),
);
featureRows.push([
  `each of ${languageFiles.length} more languages (dist/locales/xx.js, fetched only when used)`,
  'not in the file',
  `${Math.min(...languageGzip)}-${Math.max(...languageGzip)} each`,
]);
table(
  'What parts of the file cost (gzip: saved by stubbing them out of an esbuild bundle of the script-tag file)',
  ['part', 'bytes in output', 'gzip bytes'],
  featureRows,
);
// `npm run bench -- --sizes`: the tables above only, in seconds, without the browser.
if (process.argv.includes('--sizes')) process.exit(0);

// ---------------------------------------------------------------------------------------------- 2. server

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
/** The scripts the bench pages load under /timed/ (bench/*.html). */
const TIMED_SCRIPTS = new Set(['/dist/msp-checkout.min.js', '/bench/lit-element.min.js', '/bench/floor-element.js']);

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
  const headers = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cache-Control': 'no-store',
  };
  if (request.method === 'POST' && url.pathname === '/create-order') {
    request.resume();
    request.on('end', () => {
      const { port } = server.address();
      response.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify({ success: true, data: { order_id: 'b-1', payment_url: `http://127.0.0.1:${port}/pay` } }),
      );
    });
    return;
  }
  // /timed/<file>: the element's script with a timestamp statement before and after it, so that its own
  // execution can be told apart from the parser's pauses before it. The file itself is unchanged in between.
  if (earlierFile && url.pathname === '/bench/earlier.html') {
    const page = (await readFile('bench/msp.html', 'utf8')).replace('/timed/dist/', '/timed/earlier/');
    response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(page);
    return;
  }
  if (earlierFile && url.pathname === '/timed/earlier/msp-checkout.min.js') {
    const body = `window.bench.executing = performance.now();\n${earlierFile}\n;window.bench.executed = performance.now();\n`;
    response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(body);
    return;
  }
  // Only the page's own script is wrapped: what it loads from next to itself (the script tag's parts, checked
  // against their sha384, and its languages) is served as built.
  const path = url.pathname.startsWith('/timed/') ? url.pathname.slice('/timed'.length) : url.pathname;
  const timed = url.pathname !== path && TIMED_SCRIPTS.has(path);
  const file = join(root, path);
  if (!/^\/(bench|dist)\//.test(path) || !file.startsWith(root)) {
    response.writeHead(404, headers).end();
    return;
  }
  try {
    const contents =
      path === '/dist/msp-checkout.min.js'
        ? scriptTagFile
        : path === '/bench/lit-element.min.js'
          ? litMin.bytes
          : await readFile(file);
    const body = timed
      ? `window.bench.executing = performance.now();\n${contents}\n;window.bench.executed = performance.now();\n`
      : contents;
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404, headers).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------- 2. timings

const [load1] = loadavg();
if (load1 > availableParallelism()) {
  console.log(`\nNote: load average ${load1.toFixed(1)} on ${availableParallelism()} cores; timings will be noisy.`);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

const elements = {
  msp: 'msp-checkout',
  ...(earlierFile ? { earlier: 'msp-checkout' } : {}),
  lit: 'lit-checkout',
  floor: 'floor-checkout',
};
const kinds = Object.keys(elements);

/** One cold page load (fresh context: no HTTP or code cache); with `interact`, the Pay flow and a currency change. */
async function load(kind, gateways, interact, warm = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/bench/${kind}.html?n=${gateways}${warm ? '&warm=1' : ''}`);
    await page
      .waitForFunction(() => !Number.isNaN(window.bench.rendered), null, { timeout: 10_000 })
      .catch(async (error) => {
        const state = await page.evaluate(() => JSON.stringify(window.bench)).catch(() => 'no page state');
        throw new Error(`${kind} with ${gateways} gateways never rendered its radios: ${state}`, { cause: error });
      });
    if (!warm) await page.waitForTimeout(100); // let start-up settle (long tasks, idle callbacks)
    const result = await page.evaluate(() => {
      const { bench } = window;
      return {
        // Start-up: from navigation to 100 ms after the first render.
        longTasks: bench.longTasks.filter((task) => task.start < bench.rendered + 100).map((task) => task.duration),
        render: bench.rendered - bench.t0,
        execute: bench.executed - bench.executing,
        firstRender: bench.rendered - bench.executed,
        radios: bench.radios,
      };
    });
    if (!interact) return result;
    const tag = elements[kind];
    const updatesAtStart = await page.evaluate(() => window.bench.updates);
    await page.locator(`${tag} input[type=radio]`).first().click();
    const updatesBeforePay = await page.evaluate(() => window.bench.updates);
    await page.locator(`${tag} button[type=submit]`).click();
    await page.waitForFunction(() => window.bench.redirected !== undefined, null, { timeout: 10_000 });
    await page.waitForTimeout(20); // updates the redirect schedules
    Object.assign(result, {
      updatesAtStart,
      updatesSelect: updatesBeforePay - updatesAtStart,
      updatesPay: (await page.evaluate(() => window.bench.updates)) - updatesBeforePay,
    });
    Object.assign(
      result,
      await page.evaluate(async (tagName) => {
        const { bench } = window;
        const [request] = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('/create-order'));
        const element = document.querySelector(tagName);
        const updatesBefore = bench.updates;
        const before = performance.now();
        element.currency = 'PLN';
        await element.updateComplete;
        const rerender = performance.now() - before;
        await new Promise((done) => setTimeout(done, 20));
        const updatesCurrency = bench.updates - updatesBefore;
        return {
          clickToSubmit: bench.submitted - bench.click,
          clickToFetch: bench.fetchCalled - bench.click,
          clickToRequest: request.startTime - bench.click,
          responseToRedirect: bench.redirected - request.responseEnd,
          fetchToRedirect: bench.redirected - bench.fetchResolved,
          rerender,
          updatesCurrency,
        };
      }, tag),
    );
    return result;
  } finally {
    await context.close();
  }
}

const runs = Object.fromEntries(kinds.map((kind) => [kind, { 3: [], 30: [], warm: [] }]));
let seconds;
try {
  // Warm-up, not counted: the first loads of a new browser pay for its own start (processes, caches).
  for (const kind of kinds) for (let i = 0; i < 2; i += 1) await load(kind, 3, true);
  const started = performance.now();
  for (let i = 0; i < LOADS; i += 1) {
    // Rotate which element goes first so that drift in the machine's speed falls on all three alike.
    const order = kinds.map((_, k) => kinds[(i + k) % kinds.length]);
    for (const kind of order) {
      runs[kind][3].push(await load(kind, 3, true));
      runs[kind][30].push(await load(kind, 30, false));
      runs[kind].warm.push(await load(kind, 3, false, true));
    }
  }
  seconds = ((performance.now() - started) / 1000).toFixed(1);
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}

for (const kind of kinds) {
  const radios = new Set(Object.values(runs[kind]).flatMap((list) => list.map((run) => run.radios)));
  if (![...radios].every((n) => n === 3 || n === 30))
    throw new Error(`${kind}: unexpected radio counts ${[...radios]}`);
}

const metrics = [
  ['script start -> 3 gateways rendered', 3, 'render'],
  ['script start -> 30 gateways rendered', 30, 'render'],
  ['  of which: script execution (3 gateways)', 3, 'execute'],
  ['  of which: script end -> 3 rendered', 3, 'firstRender'],
  ['  of which: script execution (30 gateways)', 30, 'execute'],
  ['  of which: script end -> 30 rendered', 30, 'firstRender'],
  ['script start -> 3 rendered, page already used Intl', 'warm', 'render'],
  ['  of which: script execution', 'warm', 'execute'],
  ['  of which: script end -> 3 rendered', 'warm', 'firstRender'],
  ['click on Pay -> submit event', 3, 'clickToSubmit'],
  ['click on Pay -> fetch() called', 3, 'clickToFetch'],
  ['click on Pay -> request start (resource startTime)', 3, 'clickToRequest'],
  ['response end -> redirect event (before location.assign)', 3, 'responseToRedirect'],
  ['  of which: fetch() resolved -> redirect event', 3, 'fetchToRedirect'],
  ['currency change -> re-render complete', 3, 'rerender'],
];
const rows = [];
for (const [label, gateways, key] of metrics) {
  const [ours, lit, floor, earlier] = ['msp', 'lit', 'floor', 'earlier'].map((kind) =>
    runs[kind] ? stats(runs[kind][gateways].map((run) => run[key])) : undefined,
  );
  rows.push([
    label,
    ms(ours.median),
    `${ms(ours.p10)}-${ms(ours.p90)}`,
    ...(earlier ? [ms(earlier.median)] : []),
    ms(lit.median),
    ms(floor.median),
    ratio(ours.median, lit.median),
    ratio(ours.median, floor.median),
  ]);
}
table(
  `2./3. Timings in ms, headless Chromium, ${LOADS} cold loads each, interleaved in one run (${seconds} s); ` +
    'Lit = bench/lit-element.js, floor = bench/floor-element.js',
  [
    'measure',
    'median',
    'p10-p90',
    ...(earlierFile ? ['earlier median'] : []),
    'Lit median',
    'floor median',
    'x Lit',
    'x floor',
  ],
  rows,
);

const longTaskRows = [];
for (const gateways of [3, 30]) {
  for (const kind of kinds) {
    const loads = runs[kind][gateways];
    const tasks = loads.flatMap((run) => run.longTasks);
    longTaskRows.push([
      `${kind === 'earlier' ? 'earlier ' : ''}${elements[kind]}, ${gateways} gateways`,
      tasks.length,
      `${loads.filter((run) => run.longTasks.length > 0).length}/${loads.length}`,
      tasks.length ? ms(Math.max(...tasks)) : '-',
    ]);
  }
}
table(
  'Long tasks (> 50 ms) during start-up: navigation to 100 ms after the first render',
  ['page', 'long tasks', 'loads with one', 'longest ms'],
  longTaskRows,
);

const updateCounts = (key) => {
  const counts = [...new Set(runs.msp[3].map((run) => run[key]))].sort((a, b) => a - b);
  return counts.join(' or ');
};
table(
  'Lit update cycles of <msp-checkout> (the floor renders by hand: no cycles), over the 3-gateway loads',
  ['phase', 'update() calls'],
  [
    ['start-up (until 100 ms after the first render)', updateCounts('updatesAtStart')],
    ['choosing a method (click on a radio)', updateCounts('updatesSelect')],
    ['click on Pay -> redirect event (+20 ms)', updateCounts('updatesPay')],
    ['currency change (+20 ms)', updateCounts('updatesCurrency')],
  ],
);

const cold = (kind) => stats(runs[kind][3].map((run) => run.render)).median;
const warm = (kind) => stats(runs[kind].warm.map((run) => run.render)).median;
console.log(
  `\nscript-tag file ${kb(sizes.scriptTag.gzip)} gzip = ${ratio(sizes.scriptTag.gzip, sizes.lit.gzip)} the minimal Lit element,` +
    ` ${ratio(sizes.scriptTag.gzip, sizes.floor.gzip)} the floor; npm entry ${kb(sizes.npmEntry.gzip)} gzip (Lit shared with the app).` +
    `\nscript start -> 3 methods rendered: cold ${ms(cold('msp'))} ms = ${ratio(cold('msp'), cold('lit'))} Lit,` +
    ` ${ratio(cold('msp'), cold('floor'))} floor; page already used Intl ${ms(warm('msp'))} ms = ${ratio(warm('msp'), warm('lit'))} Lit,` +
    ` ${ratio(warm('msp'), warm('floor'))} floor.` +
    (earlierFile
      ? `\nearlier build ${kb(measure(earlierFile).gzip)} gzip; cold ${ms(cold('earlier'))} ms = ${ratio(cold('earlier'), cold('lit'))} Lit,` +
        ` ${ratio(cold('earlier'), cold('floor'))} floor; warm ${ms(warm('earlier'))} ms = ${ratio(warm('earlier'), warm('lit'))} Lit.`
      : ''),
);
