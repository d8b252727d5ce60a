// npm run build: the npm build (ES modules + .d.ts), the script-tag file, its SRI hash, and the manifest.
// A script because no one tool makes all of it: Vite cannot build an IIFE from several entries in one pass (six
// passes here, vite.config.ts), the declarations come from tsc, the server from esbuild file by file, and the
// parts the script tag loads on demand must be hashed before the script that carries their hashes is built.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), 'build', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'development', '--logLevel', 'warn'); // dist/development/
// The parts msp-checkout.min.js loads on demand come first: it carries their hashes (vite.config.ts).
run(bin('vite'), 'build', '--mode', 'on-demand-gateway-list', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'script-tag', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'script-tag-dev', '--logLevel', 'warn'); // dist/msp-checkout.dev.js
run(bin('vite'), 'build', '--mode', 'status-script-tag', '--logLevel', 'warn');
run(bin('tsc'), '-p', 'tsconfig.build.json');
run(bin('tsc'), '-p', 'tsconfig.server.json'); // the server's declarations, with Node's types
await buildServer();
run(bin('cem'), 'analyze', '--quiet'); // also writes dist/react.d.ts, vue.d.ts, web-types.json, vscode.*.json
// msp-checkout/react and msp-checkout/vue are types; their JavaScript side is an empty module, so that an import
// of them (or a resolver that insists on a file) finds something harmless.
writeFileSync(
  'dist/types-only.js',
  '// msp-checkout/react and msp-checkout/vue carry types only (react.d.ts, vue.d.ts).\nexport {};\n',
);
// The script-tag files export nothing; importing one (a bundler may) registers its element, as its define file does.
writeFileSync(
  'dist/msp-checkout.min.d.ts',
  "// Registers <msp-checkout>, like checkout/define.js.\nimport './checkout/define.js';\n",
);
writeFileSync(
  'dist/msp-checkout.dev.d.ts',
  "// Registers <msp-checkout>, like checkout/define.js.\nimport './checkout/define.js';\n",
);
writeFileSync(
  'dist/msp-payment-status.min.d.ts',
  "// Registers <msp-payment-status>, like payment-status/define.js.\nimport './payment-status/define.js';\n",
);

// Subresource Integrity for the script-tag files, for <script integrity="..." crossorigin="anonymous">.
for (const file of ['dist/msp-checkout.min.js', 'dist/msp-payment-status.min.js']) {
  const script = readFileSync(file);
  const integrity = `sha384-${createHash('sha384').update(script).digest('base64')}`;
  writeFileSync(`${file}.sri`, `${integrity}\n`);
  console.log(`${file}  ${script.length} bytes  ${integrity}`);
}

// The parts msp-checkout.min.js loads on demand: each must import nothing (nothing unhashed is ever fetched), and the
// script must carry its hash (src/on-demand.script-tag.ts runs a part only if it matches).
const checkout = readFileSync('dist/msp-checkout.min.js', 'utf8');
for (const file of ['dist/msp-checkout.gateway-list.js']) {
  const part = readFileSync(file);
  const integrity = `sha384-${createHash('sha384').update(part).digest('base64')}`;
  const { metafile } = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const imports = Object.values(metafile.inputs).flatMap((input) => input.imports);
  if (imports.length > 0 || /\bimport\s*\(/.test(part.toString('utf8'))) {
    throw new Error(`${file} imports something: a part loaded on demand must be whole on its own`);
  }
  if (!checkout.includes(integrity)) throw new Error(`dist/msp-checkout.min.js does not carry ${file}'s ${integrity}`);
  console.log(`${file}  ${part.length} bytes  ${integrity} (checked by msp-checkout.min.js)`);
}

/**
 * msp-checkout/server and msp-checkout/server/testing: src/server/** compiled file by file (no bundling) to
 * dist/server/**, for Node 20. The server imports src/shared/ (the rules it shares with the elements), which is
 * compiled whole the same way to dist/shared/: the npm build above keeps only what the elements use of each module.
 * Every relative import of the server's output must name a built file.
 */
async function buildServer() {
  for (const folder of ['server', 'shared']) {
    const entryPoints = readdirSync(`src/${folder}`, { recursive: true })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(`src/${folder}`, file));
    await build({
      entryPoints,
      outdir: `dist/${folder}`,
      outbase: `src/${folder}`,
      format: 'esm',
      platform: folder === 'server' ? 'node' : 'neutral',
      target: folder === 'server' ? 'node20' : 'es2022',
      bundle: false,
      logLevel: 'warning',
    });
  }
  const missing = [];
  for (const file of readdirSync('dist/server', { recursive: true }).filter((name) => name.endsWith('.js'))) {
    const path = join('dist/server', file);
    for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      if (!existsSync(resolve(dirname(path), specifier))) missing.push(`${path} imports ${specifier}`);
    }
  }
  if (missing.length > 0) throw new Error(`dist/server imports files the build did not write:\n${missing.join('\n')}`);
}
