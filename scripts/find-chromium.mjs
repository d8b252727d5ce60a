// Finds what the tests run besides Node: a Chromium or Chrome binary, Redis's server for the store suites, PHP and
// Python for the conformance kit's reference backends; installs Debian's package when one is missing and we can
// (root + apt-get). Home-made because the stock installers (`playwright install`, puppeteer's download) fetch
// browsers from hosts this project's machines cannot reach.
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

/**
 * Makes sure `php` and `python3` run: the conformance suite runs the kit against the PHP and Python reference
 * backends of examples/ (PHP's own server, Python's standard library). Installs Debian's `php-cli` or `python3` if
 * needed; exits with a message if not possible.
 */
export function ensurePhpAndPython() {
  for (const [command, apt] of [
    ['php', 'php-cli'],
    ['python3', 'python3'],
  ]) {
    const runs = () => {
      try {
        execFileSync(command, ['--version'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    };
    if (runs()) continue;
    if (canApt()) {
      aptInstall(apt);
      if (runs()) continue;
    }
    console.error(
      `The conformance suite needs ${command} for its reference backend (examples/). Install it (Debian/Ubuntu:\n` +
        `"sudo apt-get install ${apt}"; macOS: "brew install ${command === 'php' ? 'php' : 'python'}"), then run "npm test" again.`,
    );
    process.exit(1);
  }
}
