// npm run size: bytes of what users download, raw / gzip / brotli, checked against size-budget.json (gzip).
// Byte sizes are stable from run to run, unlike timings, so CI can fail on them.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

async function npmEntryBundle() {
  // What `import 'msp-checkout'` adds to an app that already has Lit: dist/index.js bundled and minified. Shipped
  // languages are dynamic imports, split into chunks of their own the way an app's bundler splits them.
  const result = await build({
    entryPoints: ['dist/index.js'],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir: 'size-out',
    write: false,
    external: ['lit', 'lit/*', '@lit/*'],
    logLevel: 'silent',
  });
  const entry = result.outputFiles.find((file) => file.path.endsWith('index.js'));
  return Buffer.from(entry.contents);
}

const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const rows = [
  ['dist/msp-checkout.min.js (script tag, Lit inside)', 'scriptTag', measure(readFileSync('dist/msp-checkout.min.js'))],
  ['msp-checkout npm entry (minified, Lit external)', 'npmEntry', measure(await npmEntryBundle())],
];

// One shipped language, as a shopper's browser fetches it on first use (informational; no budget).
const languageSizes = readdirSync('dist/locales')
  .filter((name) => name.endsWith('.js') && name !== 'en.js')
  .map((name) => measure(readFileSync(`dist/locales/${name}`)).gzip);

let over = 0;
console.log('file                                                   raw    gzip  brotli  gzip budget');
for (const [label, key, size] of rows) {
  const limit = budget[key].gzip;
  const verdict = size.gzip <= limit ? 'ok' : 'OVER';
  if (size.gzip > limit) over += 1;
  console.log(
    `${label.padEnd(50)} ${String(size.raw).padStart(7)} ${String(size.gzip).padStart(7)} ${String(size.brotli).padStart(7)}  ${limit} ${verdict}`,
  );
}
const development = measure(readFileSync('dist/msp-checkout.dev.js'));
console.log(
  `dist/msp-checkout.dev.js, its twin with integrator diagnostics and Lit's development build (not for shops): ${development.gzip} B gzip`,
);
console.log(
  `each of ${languageSizes.length} more languages (dist/locales/xx.js), loaded on demand: ${Math.min(...languageSizes)}-${Math.max(...languageSizes)} B gzip`,
);
if (over > 0) {
  console.error(
    '\nA size budget is exceeded. Make the file smaller, or raise size-budget.json as a decision of its own.',
  );
  process.exit(1);
}
