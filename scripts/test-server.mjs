// npm run test:server: the reference backend's suites (test/server/) and the conformance suite (test/conformance/),
// TypeScript that imports src/ and runs through tsx: no build, an answer in seconds. Other arguments go to node --test
// (npm run test:server -- --test-name-pattern=idempotency). A script because Node 20's --test takes no glob: the files
// are listed by test-files.mjs. MSP_TEST_CONCURRENCY (default 2) files run at once, as in npm test.
import { spawnSync } from 'node:child_process';
import { serverTestFiles } from './test-files.mjs';

const concurrency = Math.max(1, Number(process.env.MSP_TEST_CONCURRENCY ?? 2) || 2);
const { status } = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-reporter=spec',
    ...process.argv.slice(2),
    ...serverTestFiles(),
  ],
  { stdio: 'inherit' },
);
process.exit(status ?? 1);
