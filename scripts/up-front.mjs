// What an app downloads up front when it imports an entry: the entry's file and the chunks it imports statically.
// Used by npm run size (scripts/app-bundle.mjs) and npm run bench, which bundle the npm entries with esbuild's code splitting: the code an
// entry shares with the parts it loads on demand goes to a chunk of its own, imported statically, and downloaded
// with the entry; the parts themselves (import()) are not. scripts/frameworks.mjs walks its apps with staticImports().
import { basename } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The files of an esbuild result (`write: false`) that `entry` loads up front, the entry's own first. */
export function upFrontFiles(outputFiles, entry) {
  return [...upFrontByName(outputFiles, entry).values()];
}

/** upFrontFiles() by file name. */
export function upFrontByName(outputFiles, entry) {
  const files = new Map(outputFiles.map((file) => [basename(file.path), Buffer.from(file.contents)]));
  const loaded = new Map();
  const pending = [basename(entry)];
  while (pending.length > 0) {
    const name = pending.shift();
    if (loaded.has(name)) continue;
    loaded.set(name, files.get(name));
    for (const specifier of staticImports(files.get(name).toString())) pending.push(basename(specifier));
  }
  return loaded;
}

/**
 * The relative modules `code` imports statically, as written (`./x.js`, `../x.js`): imports and re-exports
 * (`import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`), never `import("./x.js")`, which loads later.
 */
export function staticImports(code) {
  return [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map(
    (match) => match[1],
  );
}

/** Raw, gzip (-9) and brotli (q11) bytes of one file, or of several downloaded side by side (each compressed alone). */
export function measure(bytes) {
  return [bytes].flat().reduce(
    (sum, file) => ({
      raw: sum.raw + file.length,
      gzip: sum.gzip + gzipSync(file, { level: 9 }).length,
      brotli: sum.brotli + brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}
