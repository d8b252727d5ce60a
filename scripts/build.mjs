// npm run build: the npm build (ES modules + .d.ts), the script-tag file, its SRI hash, and the manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), 'build', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'script-tag', '--logLevel', 'warn');
run(bin('tsc'), '-p', 'tsconfig.build.json');
run(bin('cem'), 'analyze', '--quiet'); // also writes dist/react.d.ts, vue.d.ts, web-types.json, vscode.*.json
// msp-checkout/react and msp-checkout/vue are types; their JavaScript side is an empty module, so that an import
// of them (or a resolver that insists on a file) finds something harmless.
writeFileSync(
  'dist/types-only.js',
  '// msp-checkout/react and msp-checkout/vue carry types only (react.d.ts, vue.d.ts).\nexport {};\n',
);
// The script-tag file exports nothing; importing it (a bundler may) registers the element, as define.js does.
writeFileSync('dist/msp-checkout.min.d.ts', "// Registers <msp-checkout>, like define.js.\nimport './define.js';\n");

// Subresource Integrity for the script-tag file, for <script integrity="..." crossorigin="anonymous">.
const script = readFileSync('dist/msp-checkout.min.js');
const integrity = `sha384-${createHash('sha384').update(script).digest('base64')}`;
writeFileSync('dist/msp-checkout.min.js.sri', `${integrity}\n`);
console.log(`dist/msp-checkout.min.js  ${script.length} bytes  ${integrity}`);
