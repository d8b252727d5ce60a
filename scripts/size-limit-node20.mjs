// size-limit 14 wants Node 22.19 or later: it finds the files of a check with `glob` from node:fs/promises and
// Array.fromAsync, which Node 20 lacks, and Node 20 is what this project supports and CI runs. `npm run size` loads
// this module first (`node --import`): on Node 20 it adds the two, as far as size-limit uses them (plain paths and
// folders, which is all .size-limit.json names); on a newer Node it does nothing.
import { register } from 'node:module';

if (!Array.fromAsync) {
  Array.fromAsync = async (items) => {
    const all = [];
    for await (const item of items) all.push(item);
    return all;
  };
}

if (!('glob' in (await import('node:fs/promises')))) {
  // node:fs/promises with a `glob` added, for size-limit's modules only.
  const withGlob = `
    import { readdir, stat } from 'node:fs/promises';
    import { basename, dirname, resolve } from 'node:path';
    export * from 'node:fs/promises';
    export async function* glob(patterns, { cwd }) {
      for (const pattern of patterns) {
        const folder = pattern.endsWith('/**');
        const path = resolve(cwd, folder ? pattern.slice(0, -3) : pattern);
        if (/[*?[\\]{}]/.test(path)) throw new Error('size-limit on Node 20 takes paths and folders, not ' + pattern);
        const found = await stat(path).catch(() => undefined);
        if (!found) continue;
        if (!folder) yield { name: basename(path), parentPath: dirname(path), isFile: () => found.isFile() };
        else if (found.isDirectory()) yield* await readdir(path, { recursive: true, withFileTypes: true });
      }
    }`;
  const hooks = `
    export async function resolve(specifier, context, next) {
      if (specifier === 'node:fs/promises' && context.parentURL?.includes('/node_modules/size-limit/')) {
        return { url: 'data:text/javascript,' + encodeURIComponent(${JSON.stringify(withGlob)}), shortCircuit: true };
      }
      return next(specifier, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}
