// The security suites' table: per suite, its test cases, how many passed, and the figures its tests measured
// (recorded through test/support/figures.mjs while they ran; nothing here is a constant).
import { securitySuites } from './test-files.mjs';
import { readFigures } from '../test/support/figures.mjs';

/** The suites, in the order of the table: file name in a `security/` folder of test/ (without .test.*), label. */
const SUITES = [
  ['payment-url-fuzz', 'payment_url fuzz'],
  ['malformed-responses', 'malformed backend responses'],
  ['network-faults', 'network faults'],
  ['double-submit', 'double submit and retry'],
  ['idempotency', 'late success (reference backend)'],
  ['strict-policies', 'strict page policies (CSP, TT)'],
  ['integrity', 'integrity (SRI)'],
  ['frames', 'iframes'],
  ['server-abuse', 'server side'],
  ['client-aborts', 'clients that hang up (reference backend)'],
  ['exactly-once', 'onStatus once per order (volume, replays)'],
  ['upstream-calls', "MultiSafepay calls on a stranger's behalf"],
  ['shopper-proof', 'orders and statuses bound to the shopper'],
  ['smaller-findings', 'types, log lines, allowlists, icons'],
  ['readme-shop-limits', "the README shop's timeouts, framing, sessions"],
];

/**
 * @param {Record<string, { passed: number, failed: number, skipped: number }>} perFile counts by test file path
 * @param {string} figuresFile
 */
export function printSecurityTable(perFile, figuresFile) {
  const figures = readFigures(figuresFile);
  const present = securitySuites();
  const labels = new Map(SUITES);
  const order = [
    ...SUITES.map(([id]) => id).filter((id) => present.includes(id)),
    ...present.filter((id) => !labels.has(id)),
  ];
  if (order.length === 0) return;
  const rows = [];
  for (const id of order) {
    const counts = Object.entries(perFile)
      .filter(
        ([path]) =>
          path
            .replace(/\\/g, '/')
            .replace(/^.*\//, '')
            .replace(/\.test\.(ts|mjs)$/, '') === id,
      )
      .map(([, value]) => value);
    const cases = counts.reduce((sum, c) => sum + c.passed + c.failed + c.skipped, 0);
    const passed = counts.reduce((sum, c) => sum + c.passed, 0);
    const lines = (figures.get(id) ?? []).map(([name, value]) => `${name}: ${value}`);
    if (counts.length === 0) lines.unshift('(not run)');
    if (lines.length === 0) lines.push('(no figures recorded)');
    rows.push([labels.get(id) ?? id, String(cases), String(passed), lines]);
  }
  const head = ['suite', 'cases', 'passed', 'figures'];
  const width = [0, 1, 2].map((i) => Math.max(head[i].length, ...rows.map((row) => row[i].length)));
  const cell = (text, i) => (i === 0 ? text.padEnd(width[i]) : text.padStart(width[i]));
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const figureWidth = Math.max(head[3].length, ...rows.flatMap((row) => row[3].map((text) => text.length)));
  console.log('\nSecurity suites: figures measured in this run\n');
  console.log(line([...head.slice(0, 3).map(cell), head[3].padEnd(figureWidth)]));
  console.log(line([...width.map((w) => '-'.repeat(w)), '-'.repeat(figureWidth)]));
  for (const [label, cases, passed, figureLines] of rows) {
    figureLines.forEach((text, index) => {
      const first = index === 0;
      console.log(
        line([
          cell(first ? label : '', 0),
          cell(first ? cases : '', 1),
          cell(first ? passed : '', 2),
          text.padEnd(figureWidth),
        ]),
      );
    });
  }
}
