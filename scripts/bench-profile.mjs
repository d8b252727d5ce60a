// npm run bench:profile: where a cold start of <msp-checkout> spends its time, from script start to three rendered
// methods. Headless Chromium loads bench/msp.html in a fresh context (no HTTP or code cache) with the V8 sampling
// profiler on (CDP Profiler, 50 µs); the script is src/checkout/define.ts bundled by esbuild like the script-tag file but
// not minified, so that every sample's line maps to the module it came from (esbuild's `// src/x.ts` markers).
// The profile spans exactly the bench's measure: console.profile() right after the page's t0, console.profileEnd()
// when bench/harness.js records the first full render. Prints self time by module and by function, per load.
// `--warm`: the page has used Intl first (bench/harness.js ?warm=1), as most shops have.
/* global window -- in the functions page.evaluate runs in the browser */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const LOADS = Number(process.env.BENCH_LOADS || 10);
const warm = process.argv.includes('--warm');
const root = resolve(import.meta.dirname, '..');

const bundled = await build({
  entryPoints: [join(root, 'src/checkout/define.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const script = bundled.outputFiles[0].text;
// Line -> module, from the `// src/x.ts` and `// node_modules/pkg/x.js` comments esbuild writes before each module.
const moduleOfLine = [];
let current = '(bundle)';
for (const line of script.split('\n')) {
  const marker = /^\s*\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
  if (marker) current = marker[1].replace(/^node_modules\//, '');
  moduleOfLine.push(current);
}

const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url, 'http://127.0.0.1');
  const headers = { 'Cache-Control': 'no-store' };
  if (pathname === '/timed/dist/msp-checkout.min.js') {
    const body = `window.bench.executing = performance.now();\n${script}\n;window.bench.executed = performance.now();\n`;
    response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(body);
    return;
  }
  if (!/^\/bench\/[\w.-]+$/.test(pathname)) {
    response.writeHead(404, headers).end();
    return;
  }
  try {
    let body = await readFile(join(root, pathname), 'utf8');
    if (pathname === '/bench/msp.html') {
      body = body.replace('window.bench.t0 = performance.now();', "$&\nconsole.profile('start');");
    }
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(pathname)] }).end(body);
  } catch {
    response.writeHead(404, headers).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const byModule = new Map();
const byFunction = new Map();
const spans = { render: [], execute: [], firstRender: [] };
const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
try {
  for (let i = 0; i < LOADS + 1; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The harness assigns window.bench.rendered once all radios are there: end the profile in that same moment.
    await page.addInitScript(() => {
      let bench;
      Object.defineProperty(window, 'bench', {
        get: () => bench,
        set(value) {
          bench = value;
          let rendered = value.rendered;
          Object.defineProperty(value, 'rendered', {
            enumerable: true,
            get: () => rendered,
            set(time) {
              rendered = time;
              if (!Number.isNaN(time)) console.profileEnd('start');
            },
          });
        },
      });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    const finished = new Promise((done) => cdp.once('Profiler.consoleProfileFinished', done));
    await page.goto(`${origin}/bench/msp.html?n=3${warm ? '&warm=1' : ''}`);
    const { profile } = await finished;
    const bench = await page.evaluate(() => ({ ...window.bench }));
    await context.close();
    if (i === 0) continue; // the browser's own first start
    spans.render.push(bench.rendered - bench.t0);
    spans.execute.push(bench.executed - bench.executing);
    spans.firstRender.push(bench.rendered - bench.executed);
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    for (let s = 0; s < profile.samples.length; s += 1) {
      const node = nodes.get(profile.samples[s]);
      const delta = (profile.timeDeltas[s + 1] ?? 0) / 1000;
      const { functionName, url, lineNumber } = node.callFrame;
      const inScript = url.endsWith('/msp-checkout.min.js');
      const where = inScript
        ? (moduleOfLine[lineNumber] ?? '(bundle)')
        : url === ''
          ? `native ${functionName || '(anonymous)'}`
          : url.replace(origin, '');
      if (!inScript && url === '' && ['(idle)', '(program)', '(root)'].includes(functionName)) {
        add(byModule, functionName, delta);
        continue;
      }
      add(byModule, where, delta);
      add(byFunction, `${functionName || '(anonymous)'}  [${where}]`, delta);
    }
  }
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, total]) => `${(total / LOADS).toFixed(2).padStart(8)} ms  ${name}`)
    .join('\n');
console.log(
  `${LOADS} cold loads${warm ? ' (Intl warmed by the page)' : ''}: script start -> 3 rendered median ` +
    `${median(spans.render).toFixed(1)} ms (execution ${median(spans.execute).toFixed(1)}, ` +
    `end of script -> rendered ${median(spans.firstRender).toFixed(1)})`,
);
console.log(
  `\nSelf time per load by module ((program): the browser's own work: parsing, style, layout)\n${top(byModule, 25)}`,
);
console.log(`\nSelf time per load by function\n${top(byFunction, 30)}`);
