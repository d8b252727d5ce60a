import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { demoBackend } from './demo/server/demo-backend.js';

/**
 * One file for the demo and the four builds:
 * - `vite` (serve): the demo under /demo/, with a local fake merchant backend, running the project's source.
 * - `vite build`: the npm build, ES modules (one per source module, for tree-shaking) with Lit external, production
 *   (integrator diagnostics left out: src/dev-mode.production.ts); `--mode development`: the same in
 *   dist/development/, with them, for the `development` export condition.
 * - `vite build --mode script-tag`: `dist/msp-checkout.min.js`, one classic script with Lit inside, production;
 *   `--mode script-tag-dev`: its twin `dist/msp-checkout.dev.js`, with the diagnostics and Lit's development build.
 */
/** A shipped language module (`src/locales/nl.ts`), English excepted: English is the fallback inside the script. */
const SHIPPED_LOCALE = /[\\/]locales[\\/]((?!en\b)[a-z]{2,3})\.(?:ts|js)$/;

/** The production builds' switch: `./dev-mode.js` is `src/dev-mode.production.ts`, so `DEV_MODE` code is dropped. */
const production = {
  alias: [
    {
      find: /^\.\/dev-mode\.js$/,
      replacement: fileURLToPath(new URL('./src/dev-mode.production.ts', import.meta.url)),
    },
  ],
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      plugins: [demoBackend()],
      // The single-page-app demo imports 'msp-checkout' as an app would; here it is the project's source.
      resolve: { alias: { 'msp-checkout': fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
      server: { host: '127.0.0.1', port: 5173, open: false },
      preview: { host: '127.0.0.1' },
    };
  }
  // Lit's html`` and css`` templates keep their indentation unless minified: a quarter of our bytes.
  const plugins = [minifyTemplateLiterals()];
  if (mode === 'script-tag' || mode === 'script-tag-dev') {
    const development = mode === 'script-tag-dev';
    return {
      plugins,
      // The twin takes Lit's development build too: its warnings are the integrator's as much as ours.
      resolve: development ? { conditions: ['development', 'browser', 'module', 'import', 'default'] } : production,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: {
          entry: 'src/define.ts',
          formats: ['iife'],
          name: 'MspCheckoutScript',
          fileName: () => (development ? 'msp-checkout.dev.js' : 'msp-checkout.min.js'),
        },
        // Minified too: Lit's development build reads `global.x`, which publint would take for CommonJS.
        minify: true,
        rolldownOptions: {
          // Languages other than English stay out of the script: it imports the npm build's dist/locales/xx.js
          // (plain ES modules with no imports) on demand. A classic script resolves import() against its own URL,
          // so the files load from wherever the script is hosted.
          external: (id) => SHIPPED_LOCALE.test(id),
          output: { paths: (id) => `./locales/${SHIPPED_LOCALE.exec(id)?.[1]}.js` },
        },
      },
    };
  }
  const development = mode === 'development';
  return {
    plugins,
    ...(development ? {} : { resolve: production }),
    build: {
      outDir: development ? 'dist/development' : 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: {
        entry: { index: 'src/index.ts', 'msp-checkout': 'src/msp-checkout.ts', define: 'src/define.ts' },
        formats: ['es'],
      },
      minify: false,
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
