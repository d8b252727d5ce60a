// Figures the security suites measure (counts, times, bytes), collected for the table scripts/test.mjs prints.
// Each record is one JSON line in the file named by MSP_SECURITY_FIGURES: {suite, name, value, how}. `how` says how
// records of the same suite and name combine: `sum` (counts), `max` (worst times), `set` (text: the last one wins).
// Without MSP_SECURITY_FIGURES (a suite run on its own) they go nowhere.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

const HOWS = new Set(['sum', 'max', 'set']);

/**
 * Records figures of one suite. `figures` maps a name to a number (summed) or to `{ value, how }`.
 * @param {string} suite the suite's file name without `.test.*`
 * @param {Record<string, number | string | { value: number | string, how: 'sum' | 'max' | 'set' }>} figures
 */
export function recordFigures(suite, figures) {
  const lines = [];
  for (const [name, given] of Object.entries(figures)) {
    const { value, how } = typeof given === 'object' && given !== null ? given : { value: given, how: undefined };
    const combine = how ?? (typeof value === 'number' ? 'sum' : 'set');
    if (!HOWS.has(combine) || (combine !== 'set' && typeof value !== 'number')) {
      throw new TypeError(`figure ${suite}/${name}: ${combine} needs a number`);
    }
    lines.push(JSON.stringify({ suite, name, value, how: combine }));
  }
  const file = process.env.MSP_SECURITY_FIGURES;
  if (file) appendFileSync(file, lines.map((line) => `${line}\n`).join(''));
}

/**
 * Reads the records back, combined: suite -> [[name, value], ...] in the order names first appeared.
 * @param {string} file
 * @returns {Map<string, Array<[string, number | string]>>}
 */
export function readFigures(file) {
  /** @type {Map<string, Map<string, number | string>>} */
  const suites = new Map();
  if (!existsSync(file)) return new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { suite, name, value, how } = JSON.parse(line);
    const figures = suites.get(suite) ?? new Map();
    suites.set(suite, figures);
    const previous = figures.get(name);
    if (previous === undefined || how === 'set') figures.set(name, value);
    else if (how === 'sum') figures.set(name, Number(previous) + value);
    else figures.set(name, Math.max(Number(previous), value));
  }
  return new Map([...suites].map(([suite, figures]) => [suite, [...figures]]));
}
