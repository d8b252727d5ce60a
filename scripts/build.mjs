// npm run build: the npm build (ES modules + .d.ts), the script-tag file, its SRI hash, and the manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), 'build', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'script-tag', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'status-script-tag', '--logLevel', 'warn');
run(bin('tsc'), '-p', 'tsconfig.build.json');
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
  "// Registers <msp-checkout>, like define-checkout.js.\nimport './define-checkout.js';\n",
);
writeFileSync(
  'dist/msp-payment-status.min.d.ts',
  "// Registers <msp-payment-status>, like define-payment-status.js.\nimport './define-payment-status.js';\n",
);

// Subresource Integrity for the script-tag files, for <script integrity="..." crossorigin="anonymous">.
for (const file of ['dist/msp-checkout.min.js', 'dist/msp-payment-status.min.js']) {
  const script = readFileSync(file);
  const integrity = `sha384-${createHash('sha384').update(script).digest('base64')}`;
  writeFileSync(`${file}.sri`, `${integrity}\n`);
  console.log(`${file}  ${script.length} bytes  ${integrity}`);
}
