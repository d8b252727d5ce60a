// npm start: the demo on a Vite dev server with its offline fake backend. Installs dependencies first if needed.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/vite')) {
  console.log('Installing dependencies (npm install)...');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}

const { createServer } = await import('vite');
const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\nmsp-checkout demo (offline, fake MultiSafepay): ${url}demo/\nPress Ctrl+C to stop.`);
