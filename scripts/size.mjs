// npm run size: bytes of what users download, raw / gzip / brotli, checked against size-budget.json (gzip).
// Byte sizes are stable from run to run, unlike timings, so CI can fail on them.
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { measure, upFrontFiles } from './up-front.mjs';

/**
 * What importing `entry` adds to an app that already has Lit, up front: the file bundled and minified, and the
 * chunks it imports statically (the code it shares with the parts it loads on demand, which a bundler splits out).
 * Chunks loaded by import() (the Pay request and the gateway list, after the first render; the shipped languages) are
 * not counted, as an app's bundler splits them the same way. Each file is compressed on its own, as it is downloaded.
 */
async function npmBundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir: 'size-out',
    write: false,
    external: ['lit', 'lit/*', '@lit/*'],
    logLevel: 'silent',
  });
  return upFrontFiles(result.outputFiles, entry);
}

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const rows = [
  ['dist/msp-checkout.min.js (script tag, Lit inside)', 'scriptTag', measure(readFileSync('dist/msp-checkout.min.js'))],
  [
    'dist/msp-payment-status.min.js (script tag, Lit inside)',
    'statusScriptTag',
    measure(readFileSync('dist/msp-payment-status.min.js')),
  ],
  // The part msp-checkout.min.js loads on demand from next to it (src/checkout/on-demand.script-tag.ts): the gateways-endpoint
  // list, only on a page that sets that attribute. The Pay request is inside the script.
  [
    'dist/msp-checkout.gateway-list.js (on demand)',
    'gatewayListPart',
    measure(readFileSync('dist/msp-checkout.gateway-list.js')),
  ],
  // `import 'msp-checkout'` registers both elements; define-checkout.js is the checkout alone, as an app that
  // registers only the checkout gets it.
  ['msp-checkout npm entry, both elements (Lit external)', 'npmEntry', measure(await npmBundle('dist/index.js'))],
  [
    'msp-checkout/checkout/define.js (checkout alone)',
    'npmCheckout',
    measure(await npmBundle('dist/checkout/define.js')),
  ],
];

// One shipped language, as a shopper's browser fetches it on first use (informational; no budget).
const languageSizes = (folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.js') && name !== 'en.js')
    .map((name) => measure(readFileSync(`${folder}/${name}`)).gzip);
const checkoutLanguages = languageSizes('dist/locales');
const statusLanguages = languageSizes('dist/status-locales');

let over = 0;
console.log('file                                                       raw    gzip  brotli  gzip budget');
for (const [label, key, size] of rows) {
  const limit = budget[key].gzip;
  const verdict = size.gzip <= limit ? 'ok' : 'OVER';
  if (size.gzip > limit) over += 1;
  console.log(
    `${label.padEnd(54)} ${String(size.raw).padStart(7)} ${String(size.gzip).padStart(7)} ${String(size.brotli).padStart(7)}  ${limit} ${verdict}`,
  );
}
const development = measure(readFileSync('dist/msp-checkout.dev.js'));
console.log(
  `dist/msp-checkout.dev.js, its twin with integrator diagnostics and Lit's development build (not for shops): ${development.gzip} B gzip`,
);
console.log(
  `each of ${checkoutLanguages.length} more languages (dist/locales/xx.js), loaded on demand: ${Math.min(...checkoutLanguages)}-${Math.max(...checkoutLanguages)} B gzip`,
);
console.log(
  `each of ${statusLanguages.length} more return-page languages (dist/status-locales/xx.js), loaded on demand: ${Math.min(...statusLanguages)}-${Math.max(...statusLanguages)} B gzip`,
);
if (over > 0) {
  console.error(
    '\nA size budget is exceeded. Make the file smaller, or raise size-budget.json as a decision of its own.',
  );
  process.exit(1);
}
