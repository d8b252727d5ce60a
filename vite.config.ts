import { idiomaticDecoratorsTransformer } from '@lit/ts-transformers';
import { minify } from 'terser';
import ts from 'typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { demoBackend } from './demo/server/demo-backend.js';

/**
 * One file for the demo and the four builds:
 * - `vite` (serve): the demo under /demo/, with a local fake merchant backend, running the project's source.
 * - `vite build`: the npm build, ES modules (one per source module, for tree-shaking) with Lit external, production
 *   (integrator diagnostics left out: src/internal/dev-mode.production.ts); `--mode development`: the same in
 *   dist/development/, with them, for the `development` export condition.
 * - `vite build --mode script-tag`: `dist/msp-checkout.min.js`, one classic script with Lit inside, production
 *   (`--mode status-script-tag`: `dist/msp-payment-status.min.js`, the return page's, without the checkout);
 *   `--mode script-tag-dev`: its twin `dist/msp-checkout.dev.js`, with the diagnostics and Lit's development build.
 * - `vite build --mode on-demand-gateway-list`: the part `msp-checkout.min.js` loads on demand for
 *   `gateways-endpoint` (src/checkout/on-demand.script-tag.ts), built before it: it carries its hash.
 */
/**
 * Build twins: a module `x.ts` whose `x.<twin>.ts` sibling replaces it in some builds. `production`:
 * `internal/dev-mode.production.ts`, so `DEV_MODE` code is dropped. `script-tag`: the script-tag files import their
 * languages from `./locales/xx.js` next to the script (the npm build's files, plain ES modules with no imports), with
 * one import() for every language where bundlers of the npm build need one per file; and the production script tag
 * loads its on-demand parts from next to it, under Subresource Integrity (`checkout/on-demand.script-tag.ts`).
 */
function twins(files: readonly string[]): Plugin {
  const swap = new Map(
    files.map((file) => [
      fileURLToPath(new URL(`./src/${file.replace(/\.[a-z-]+\.ts$/, '.ts')}`, import.meta.url)),
      fileURLToPath(new URL(`./src/${file}`, import.meta.url)),
    ]),
  );
  return {
    name: 'msp-build-twins',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && swap.get(resolved.id)) ?? resolved;
    },
  };
}

/**
 * Lit's decorators, compiled away: Lit's own transformer (@lit/ts-transformers) rewrites `@property()` into the
 * `static properties` it stands for, with the fields' defaults in the constructor. The source declares each property
 * once, next to its JSDoc, and the files carry neither the decorators nor a helper to apply them.
 */
function litDecorators(): Plugin {
  const options: ts.CompilerOptions = {
    ...ts.getParsedCommandLineOfConfigFile(
      fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => console.error(diagnostic.messageText) },
    )!.options,
    noEmit: false,
    declaration: false,
    sourceMap: false,
  };
  const diskHost = ts.createCompilerHost(options);
  return {
    name: 'msp-lit-decorators',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes("from 'lit/decorators.js'")) return undefined;
      // The transformer finds Lit's decorators through the type checker, so it needs a program; it compiles the code
      // this build holds for `id`, not a copy read from disk.
      const host: ts.CompilerHost = {
        ...diskHost,
        getSourceFile: (fileName, languageVersion, ...rest) =>
          fileName === id
            ? ts.createSourceFile(id, code, languageVersion)
            : diskHost.getSourceFile(fileName, languageVersion, ...rest),
      };
      const program = ts.createProgram([id], options, host);
      let output: string | undefined;
      program.emit(
        program.getSourceFile(id),
        (name, text) => {
          if (name.endsWith('.js')) output = text;
        },
        undefined,
        false,
        { before: [idiomaticDecoratorsTransformer(program)] },
      );
      if (output === undefined) throw new Error(`${id}: TypeScript emitted nothing`);
      return { code: output, map: null };
    },
  };
}

/**
 * A second minification, by terser, of the files browsers load as they are (the script tags and their parts): after
 * Rolldown's own, it finds 116 B gzip more in msp-checkout.min.js (several passes, ES2022 output).
 */
function terserPass(): Plugin {
  return {
    name: 'msp-terser-pass',
    async generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // With a source map (npm run size:map builds one), terser maps its output back through Rolldown's, and the
        // map's file, already in the bundle, is replaced by the chained one.
        const mapFile = bundle[`${chunk.fileName}.map`];
        const result = await minify(chunk.code, {
          ecma: 2020,
          compress: { passes: 3 },
          // An ES module (the parts) is strict and scoped: its top-level names can be shortened too.
          module: options.format === 'es',
          mangle: true,
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map) } : false,
        });
        if (result.code === undefined) throw new Error(`terser returned nothing for ${chunk.fileName}`);
        chunk.code = result.code;
        if (mapFile?.type === 'asset' && typeof result.map === 'string') mapFile.source = result.map;
      }
    },
  };
}

const PRODUCTION_TWINS = ['internal/dev-mode.production.ts'];
const LOCALE_TWINS = ['checkout/locale-imports.script-tag.ts', 'payment-status/locale-imports.script-tag.ts'];
const ON_DEMAND_TWINS = ['checkout/on-demand.script-tag.ts'];

/**
 * Each script-tag file: its entry (which registers its element only), its global name (IIFE formats need one), and
 * whether it is a development twin. `status-script-tag`: `dist/msp-payment-status.min.js`, the return page's, without
 * the checkout.
 */
const SCRIPT_TAG_FILES: Readonly<Record<string, { entry: string; name: string; fileName: string; dev: boolean }>> = {
  'script-tag': {
    entry: 'src/checkout/define.ts',
    name: 'MspCheckoutScript',
    fileName: 'msp-checkout.min.js',
    dev: false,
  },
  'script-tag-dev': {
    entry: 'src/checkout/define.ts',
    name: 'MspCheckoutScript',
    fileName: 'msp-checkout.dev.js',
    dev: true,
  },
  'status-script-tag': {
    entry: 'src/payment-status/define.ts',
    name: 'MspPaymentStatusScript',
    fileName: 'msp-payment-status.min.js',
    dev: false,
  },
};

/**
 * The parts the production script tag loads on demand (the `gateways-endpoint` list), next to it under Subresource
 * Integrity
 * (src/on-demand.script-tag.ts): each one standalone ES module, everything inlined, no import of any kind, so that
 * nothing unhashed is ever fetched. `define` is the constant that carries its hash into the script.
 */
const ON_DEMAND_FILES: Readonly<Record<string, { entry: string; fileName: string; define: string }>> = {
  'on-demand-gateway-list': {
    entry: 'src/checkout/gateway-list.ts',
    fileName: 'msp-checkout.gateway-list.js',
    define: '__MSP_GATEWAY_LIST_INTEGRITY__',
  },
};

/** The sha384 of a built part, as `integrity` takes it; the parts are built first (scripts/build.mjs). */
function builtIntegrity(fileName: string): string {
  const path = `dist/${fileName}`;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(`${path} is missing: build the parts loaded on demand before the script tag (npm run build).`);
  }
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

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
  const plugins = [litDecorators(), minifyTemplateLiterals()];
  const part = Object.hasOwn(ON_DEMAND_FILES, mode) ? ON_DEMAND_FILES[mode] : undefined;
  if (part) {
    return {
      plugins: [...plugins, terserPass(), twins(PRODUCTION_TWINS)],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        // Not a library build: Vite leaves an ES library's whitespace in; this is a file for browsers only.
        minify: true,
        copyPublicDir: false,
        rolldownOptions: {
          input: part.entry,
          preserveEntrySignatures: 'strict',
          output: { format: 'es', entryFileNames: part.fileName },
        },
      },
    };
  }
  const scriptTag = Object.hasOwn(SCRIPT_TAG_FILES, mode) ? SCRIPT_TAG_FILES[mode] : undefined;
  if (scriptTag) {
    const development = scriptTag.dev;
    // The production checkout script loads the gateway list's part from next to it, checked against its hash; the
    // twin keeps it inside (it is for development hosts, not for shops). Both have the Pay request inside.
    const onDemand = mode === 'script-tag';
    return {
      plugins: [
        ...plugins,
        ...(development ? [] : [terserPass()]),
        twins([...LOCALE_TWINS, ...(development ? [] : PRODUCTION_TWINS), ...(onDemand ? ON_DEMAND_TWINS : [])]),
      ],
      // The twin takes Lit's development build too: its warnings are the integrator's as much as ours.
      ...(development ? { resolve: { conditions: ['development', 'browser', 'module', 'import', 'default'] } } : {}),
      define: onDemand
        ? Object.fromEntries(
            Object.values(ON_DEMAND_FILES).map(({ define, fileName }) => [
              define,
              JSON.stringify(builtIntegrity(fileName)),
            ]),
          )
        : {},
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: {
          entry: scriptTag.entry,
          formats: ['iife'],
          name: scriptTag.name,
          fileName: () => scriptTag.fileName,
        },
        // Minified too: Lit's development build reads `global.x`, which publint would take for CommonJS.
        minify: true,
      },
    };
  }
  const development = mode === 'development';
  return {
    plugins: development ? plugins : [...plugins, twins(PRODUCTION_TWINS)],
    build: {
      outDir: development ? 'dist/development' : 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: {
        entry: {
          index: 'src/index.ts',
          'msp-checkout': 'src/msp-checkout.ts',
          'msp-payment-status': 'src/msp-payment-status.ts',
          'payment-status/index': 'src/payment-status/index.ts',
          define: 'src/define.ts',
        },
        formats: ['es'],
      },
      minify: false,
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//],
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          // The languages keep their public place, next to the script-tag files: dist/locales/, dist/status-locales/.
          entryFileNames: ({ name }) =>
            `${name.replace(/^checkout\/locales\//, 'locales/').replace(/^payment-status\/locales\//, 'status-locales/')}.js`,
        },
      },
    },
  };
});
