// Finds what the tests run besides Node: a Chromium or Chrome binary, and Redis's server for the store suites;
// installs Debian's package when one is missing and we can (root + apt-get). Home-made because the stock installers
// (`playwright install`, puppeteer's download) fetch browsers from hosts this project's machines cannot reach.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function found() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return CANDIDATES.find((path) => existsSync(path));
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function aptInstall(name) {
  console.log(`No ${name} found: installing Debian's "${name}" package with apt-get...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'inherit', env });
}

/** Returns the path of a Chromium binary, installing Debian's package if needed; exits with a message if not possible. */
export function ensureChromium() {
  const path = found();
  if (path) return path;
  if (canApt()) {
    aptInstall('chromium');
    const installed = found();
    if (installed) return installed;
  }
  console.error(
    'The tests need Chromium or Chrome. Install one (Debian/Ubuntu: "sudo apt-get install chromium"; macOS: Google Chrome)\n' +
      'or point CHROME_PATH at the binary, then run "npm test" again.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());

/**
 * Makes sure `redis-server` (or REDIS_SERVER) runs: the store suites start a real Redis (test/support/redis.mjs).
 * Installs Debian's package if needed; exits with a message if not possible.
 */
export function ensureRedisServer() {
  const runs = () => {
    try {
      execFileSync(process.env.REDIS_SERVER ?? 'redis-server', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (runs()) return;
  if (canApt()) {
    aptInstall('redis-server');
    if (runs()) return;
  }
  console.error(
    'The store suites need Redis\'s server. Install it (Debian/Ubuntu: "sudo apt-get install redis-server"; macOS:\n' +
      '"brew install redis") or point REDIS_SERVER at the binary, then run "npm test" again.',
  );
  process.exit(1);
}
