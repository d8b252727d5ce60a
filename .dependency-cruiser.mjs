// The layering of src/ that CONTRIBUTING.md ("Layout") promises, checked by `npm run lint` (depcruise src). Imports
// run down this list, never back up:
//   public entries (src/*.ts) -> src/checkout/, src/payment-status/ -> src/internal/ -> src/shared/
// with src/server/ beside them, on src/shared/ alone. Type-only imports count too: a type from a layer above is as much
// a tie to it as a value. test/package/layers.test.mjs proves that each rule below can fail.

/** The public entries: the files directly in src/ (package.json "exports" points at their builds). */
const ENTRIES = '^src/[^/]+$';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'An import circle makes evaluation order decide what a module sees (a class or constant still undefined ' +
        'when the other side runs) and ties the modules on it into one piece that neither the builds nor a reader ' +
        'can take apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'entries-on-top',
      comment:
        'The public entries register the elements and re-export the API: a module below that imports one pulls ' +
        'in a registration (a side effect) and all that the entry re-exports, and depends on what is built from it.',
      severity: 'error',
      from: { path: '^src/(checkout|payment-status|internal|shared)/' },
      to: { path: ENTRIES },
    },
    {
      name: 'elements-apart',
      comment:
        'The checkout and the return page ship as separate script tags and chunks: an import from one element ' +
        'into the other puts its code into the other page. What both use belongs in src/internal/ or src/shared/.',
      severity: 'error',
      from: { path: '^src/(checkout|payment-status)/' },
      to: { path: '^src/(checkout|payment-status)/', pathNot: '^src/$1/' },
    },
    {
      name: 'internal-below-elements',
      comment:
        'src/internal/ is what both elements use: an import of one element from it would load that element ' +
        'wherever the other one is used, and tie the shared pieces to one of their users.',
      severity: 'error',
      from: { path: '^src/internal/' },
      to: { path: '^src/(checkout|payment-status)/' },
    },
    {
      name: 'shared-self-contained',
      comment:
        'src/shared/ runs in the browser and in Node alike (checked without DOM types, tsconfig.shared.json): ' +
        'anything outside it, another folder of src/, Lit or a Node module, would bring the DOM or Node into the ' +
        'other side. Eslint refuses the same imports (no-restricted-imports); stated here too, the layering is ' +
        'whole in one place.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { pathNot: '^src/shared/' },
    },
    {
      name: 'server-on-shared-only',
      comment:
        'src/server/ (and src/server/testing/) is msp-checkout/server, run in Node: of the browser side it may ' +
        'use only src/shared/, the rules both sides must agree on; the elements, their controllers and ' +
        'src/internal/ expect a browser and Lit.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/', pathNot: '^src/(server|shared)/' },
    },
    {
      name: 'server-only-from-server',
      comment:
        "The server code handles the MultiSafepay API key and uses Node's modules: an import of it from the " +
        "browser side would ship it in the elements' builds (or break them). Only src/server/ itself uses it.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/server/' },
      to: { path: '^src/server/' },
    },
  ],
  options: {
    // The imports are TypeScript's, written with .js extensions (moduleResolution "bundler"): ./x.js is ./x.ts.
    // Resolving with the compiler's own settings (and its paths) keeps what is checked the graph tsc and Vite see.
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    // Lit and Node's modules are leaves here: their own imports are not the project's layering.
    doNotFollow: { path: 'node_modules' },
  },
};
