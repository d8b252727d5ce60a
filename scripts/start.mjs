// npm start: the demo on a Vite dev server with the reference backend and an offline fake MultiSafepay
// (or MultiSafepay itself when MSP_API_KEY is set). Installs and builds first when needed.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureInstalled } from './ensure-installed.mjs';

ensureInstalled();
if (!existsSync('dist/msp-checkout.min.js')) {
  console.log('Building (npm run build): the script-tag demo page loads the built script...');
  execSync('npm run build', { stdio: 'inherit' });
}

// MSP_API_KEY and MSP_ENV may live in a .env file (never committed: see .gitignore); they stay on the server.
if (existsSync('.env')) {
  // process.loadEnvFile came with Node 20.12; package.json allows any Node 20.
  if (process.loadEnvFile) process.loadEnvFile('.env');
  else console.warn('.env is read from Node 20.12 on: set MSP_API_KEY and MSP_ENV in the environment instead.');
}

const { createServer } = await import('vite');
const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\nmsp-checkout demo: ${url}demo/\nPress Ctrl+C to stop.`);
