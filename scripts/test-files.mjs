// Which test files each runner takes, by folder: test/browser/ is web-test-runner's (its config), the Node suites are
// test/server/, test/e2e/, test/conformance/ and test/package/; the security suites are the `security/` folders.
// The Node suites written in TypeScript (`*.test.ts`: test/server/, test/conformance/) import src/ and run through
// tsx with no build; the `*.test.mjs` ones (end to end, the package) run on the build in dist/.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const NODE_FOLDERS = ['test/server', 'test/e2e', 'test/conformance', 'test/package'];

/** Every `*.test.mjs` / `*.test.ts` file under `dir`, sorted, as paths from the repository's root. */
export function testsUnder(dir, { extensions = ['.test.mjs', '.test.ts'] } = {}) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)))
    .filter((file) => extensions.some((extension) => file.endsWith(extension)) && !file.includes('fixtures'))
    .sort();
}

/** The Node suites' files; `securityOnly`: those in a `security/` folder. */
export function nodeTestFiles({ securityOnly = false } = {}) {
  const files = NODE_FOLDERS.flatMap((dir) => testsUnder(dir));
  return securityOnly ? files.filter(isSecuritySuite) : files;
}

/** Whether a Node suite is TypeScript, run from src/ with `node --import tsx --test` (no build needed). */
export function runsFromSource(file) {
  return file.endsWith('.test.ts');
}

/** The suites of `npm run test:server`: the reference backend's and the conformance suite, all from source. */
export function serverTestFiles() {
  return ['test/server', 'test/conformance'].flatMap((dir) => testsUnder(dir)).filter(runsFromSource);
}

/** Whether a test file is one of the security suites (a `security/` folder, in any runner's tree). */
export function isSecuritySuite(file) {
  return file.replace(/\\/g, '/').split('/').includes('security');
}

/** The security suites' names (file name without `.test.*`), every runner's. */
export function securitySuites() {
  return testsUnder('test')
    .filter(isSecuritySuite)
    .map((file) =>
      file
        .replace(/\\/g, '/')
        .replace(/^.*\//, '')
        .replace(/\.test\.(ts|mjs)$/, ''),
    );
}
