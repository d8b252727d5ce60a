// What an app that imports the checkout downloads up front, for size-limit to measure: size-limit measures files here
// (@size-limit/file), and bundling an app is the job of its bundler presets (@size-limit/esbuild and the like), which
// this project does not install. So this script bundles `import 'msp-checkout'` as an app's build does (esbuild,
// minified, the package's exports and sideEffects, Lit external since the app has it) and writes to size-out/app/ the
// files the app loads up front: the entry's own and the chunks it imports statically (the code it shares with what it
// loads on demand). The Pay request, the gateway list and the languages are import()ed, chunks of their own: not
// counted, as an app's bundler splits them the same way. `npm run size` runs it before size-limit.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { upFrontByName } from './up-front.mjs';

const out = 'size-out/app';
const result = await build({
  stdin: { contents: "import 'msp-checkout';", resolveDir: process.cwd(), sourcefile: 'app.js' },
  // The package as an app gets it (its exports: dist/), not as this repository's tsconfig maps it (src/).
  tsconfigRaw: '{}',
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  outdir: out,
  write: false,
  external: ['lit', 'lit/*', '@lit/*'],
  logLevel: 'error',
});
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, bytes] of upFrontByName(result.outputFiles, 'stdin.js')) writeFileSync(join(out, name), bytes);
