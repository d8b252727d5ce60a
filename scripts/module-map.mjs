// npm run size:map: where the bytes of a script-tag file go, module by module. The file is built as it ships (vite
// build --mode script-tag, or status-script-tag, with a hidden source map, into a temporary folder: the bytes npm run
// build writes to dist/), and each byte is counted to the module its source map names; bytes the map gives no module (the bundle's
// own wrapper) are "(no module)". Raw bytes say how much of the file a module is; gzip bytes what leaving it out would
// save (the file gzipped with and without the module's bytes), which is what the budget counts. What the build leaves
// out (the integrator diagnostics, what tree-shaking drops) is not counted, as it is not in the file.
// `node scripts/module-map.mjs status-script-tag` maps dist/msp-payment-status.min.js instead. (A source-map explorer
// counts raw bytes only; the budget is gzip, where a module costs what its unique text costs.)
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const root = resolve(import.meta.dirname, '..');
const FILES = { 'script-tag': 'msp-checkout.min.js', 'status-script-tag': 'msp-payment-status.min.js' };
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** Lit's packages count as one: node_modules may be a link, so the path is matched, not resolved. */
const moduleName = (path) =>
  !process.env.LIT_BY_FILE && /node_modules\/(lit|@lit|lit-html|lit-element)\//.test(path) ? 'lit (all)' : path;

/**
 * The script-tag file of `mode` as built, by module: `{ bytes, gzip, modules }`, where `modules` maps each module to
 * its raw bytes and the gzip bytes the file would lose without them. Checked to add up to the file byte for byte.
 */
export async function bytesByModule(mode = 'script-tag') {
  const fileName = FILES[mode];
  const outDir = await mkdtemp(join(tmpdir(), 'msp-module-map-'));
  try {
    execFileSync(
      join(root, 'node_modules/.bin/vite'),
      ['build', '--mode', mode, '--sourcemap', 'hidden', '--outDir', outDir, '--logLevel', 'silent'],
      { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] },
    );
    const code = await readFile(join(outDir, fileName), 'utf8');
    const map = new SourceMapConsumer(JSON.parse(await readFile(join(outDir, `${fileName}.map`), 'utf8')));
    const lines = code.split('\n');
    /** Each module's spans of the file: [line index, start column, end column]. */
    const spans = new Map();
    let line = 0;
    let column = 0;
    let source = null;
    const advanceTo = (toLine, toColumn) => {
      const name = source === null ? '(no module)' : moduleName(relative(root, resolve(outDir, source)));
      if (!spans.has(name)) spans.set(name, []);
      // A line's end counts its newline to the module that ends it.
      for (; line < toLine; line += 1, column = 0) spans.get(name).push([line, column, lines[line].length + 1]);
      spans.get(name).push([line, column, toColumn]);
      column = toColumn;
    };
    // Mappings in the order of the generated file: each runs to the next one on its line, or to the line's end.
    map.eachMapping((mapping) => {
      advanceTo(mapping.generatedLine - 1, mapping.generatedColumn);
      source = mapping.source;
    });
    advanceTo(lines.length - 1, lines.at(-1).length);

    const whole = gzip(code);
    const modules = new Map();
    for (const [name, list] of spans) {
      const kept = lines.map((text) => [...text, '\n']);
      let bytes = 0;
      for (const [index, from, to] of list) {
        for (let i = from; i < Math.min(to, kept[index].length); i += 1) {
          bytes += Buffer.byteLength(kept[index][i]);
          kept[index][i] = '';
        }
      }
      modules.set(name, {
        bytes,
        gzip:
          whole -
          gzip(
            kept
              .map((chars) => chars.join(''))
              .join('')
              .slice(0, -1),
          ),
      });
    }
    const counted = [...modules.values()].reduce((sum, { bytes }) => sum + bytes, 0);
    if (counted !== Buffer.byteLength(code)) {
      throw new Error(`module map: counted ${counted} bytes of dist/${fileName}'s ${Buffer.byteLength(code)}`);
    }
    return { fileName, bytes: Buffer.byteLength(code), gzip: whole, modules };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { fileName, bytes, gzip: total, modules } = await bytesByModule(process.argv[2]);
  console.log(`dist/${fileName} as built: ${bytes} bytes, ${total} gzip; by module (gzip: what leaving it out saves)`);
  console.log(`${'bytes'.padStart(7)} ${'gzip'.padStart(6)}  module`);
  for (const [name, size] of [...modules].sort((a, b) => b[1].gzip - a[1].gzip)) {
    console.log(`${String(size.bytes).padStart(7)} ${String(size.gzip).padStart(6)}  ${name}`);
  }
}
