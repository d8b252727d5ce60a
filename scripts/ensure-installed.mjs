// Installs the project's dependencies when they are missing, so that `npm start` and `npm test` each work alone on a
// fresh clone. "Missing" means any dependency or dev dependency absent from node_modules, not only the one a script
// happens to need first: a half-installed tree fails later with a more obscure message.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The names in package.json's dependencies and devDependencies that node_modules lacks. */
export function missingDependencies(root = '.') {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
  return names.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
}

/** Runs `npm ci` (exactly the lock file) on a tree with no node_modules, `npm install` on a partial one. */
export function ensureInstalled(root = '.') {
  const missing = missingDependencies(root);
  if (missing.length === 0) return false;
  const fresh = !existsSync(join(root, 'node_modules')) && existsSync(join(root, 'package-lock.json'));
  const command = fresh ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund';
  console.log(
    `Installing dependencies (${command}): ${missing.length} missing, e.g. ${missing.slice(0, 3).join(', ')}`,
  );
  execSync(command, { stdio: 'inherit', cwd: root });
  return true;
}
