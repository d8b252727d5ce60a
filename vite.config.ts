import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { demoBackend } from './demo/server/demo-backend.js';

/**
 * Three jobs, one file:
 * - `vite` (serve): the demo under /demo/, with a local fake merchant backend, running the project's source.
 * - `vite build`: the npm build, ES modules (one per source module, for tree-shaking) with Lit external.
 * - `vite build --mode script-tag`: `dist/msp-checkout.min.js`, one classic script with Lit inside.
 */
/** A shipped language module (`src/locales/nl.ts`), English excepted: English is the fallback inside the script. */
const SHIPPED_LOCALE = /[\\/]locales[\\/]((?!en\b)[a-z]{2,3})\.(?:ts|js)$/;

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
  if (mode === 'script-tag') {
    return {
      plugins,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: {
          entry: 'src/define.ts',
          formats: ['iife'],
          name: 'MspCheckoutScript',
          fileName: () => 'msp-checkout.min.js',
        },
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
  return {
    plugins,
    build: {
      outDir: 'dist',
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
