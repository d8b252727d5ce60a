// cem analyze: the manifest documents <msp-checkout> from its JSDoc; plugins turn it into framework types
// and editor data in dist/ (shipped, exported as msp-checkout/react, msp-checkout/vue, ...).
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const shared = { outdir: 'dist', hideLogs: true };
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/server/**'],
  litelement: true,
  plugins: [
    reactiveStateIsInternal(),
    {
      // The analyzer also guesses events from `dispatchEvent(new XEvent(arg))` and names them after the
      // argument; the class JSDoc's @fires tags are the documented list, so keep only those.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) {
              declaration.events = declaration.events.filter(
                (event) => event.name?.startsWith('msp-') && event.description,
              );
            }
          }
        }
      },
    },
    customElementJsxPlugin({ ...shared, fileName: 'react.d.ts', globalTypePath: './index.js' }),
    customElementVuejsPlugin({ ...shared, fileName: 'vue.d.ts', globalTypePath: './index.js' }),
    customElementVsCodePlugin({
      ...shared,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ ...shared, webTypesFileName: 'web-types.json', packageJson: false }),
    frameworkTypeFixes(),
  ],
};

/**
 * Private reactive state (`static properties = { phase: { state: true } }`) is neither an attribute nor a public
 * member, but the analyzer reads every `static properties` entry as both. The names come from the entries marked
 * `state: true` in the source, so a new state property needs no edit here.
 */
function reactiveStateIsInternal() {
  const internal = new Set();
  return {
    name: 'reactive-state-is-internal',
    collectPhase({ ts, node }) {
      const isStaticProperties =
        ts.isPropertyDeclaration(node) &&
        node.name.getText() === 'properties' &&
        node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword) &&
        node.initializer &&
        ts.isObjectLiteralExpression(node.initializer);
      if (!isStaticProperties) return;
      for (const entry of node.initializer.properties) {
        const options = ts.isPropertyAssignment(entry) ? entry.initializer : undefined;
        const isState =
          options &&
          ts.isObjectLiteralExpression(options) &&
          options.properties.some(
            (option) =>
              ts.isPropertyAssignment(option) &&
              option.name.getText() === 'state' &&
              option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
        if (isState) internal.add(entry.name.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !internal.has(member.name));
          }
        }
      }
    },
  };
}

/**
 * Two corrections to the generated React and Vue types, after the generators have written them:
 * - they type every listener as `(e: CustomEvent<T>) => void` with T the manifest's event type, but our event types
 *   are already CustomEvent subclasses (`MspSelectEvent extends CustomEvent<MspSelectDetail>`): unwrap them, so
 *   that `event.detail.gateway` type-checks.
 * - Vue's checker (vue-tsc) types `@msp-select="..."` through a prop named `onMspSelect`, not `onmsp-select`.
 * - the JSX file only exports `CustomElements`; React 19 reads `React.JSX.IntrinsicElements`, so the file extends
 *   it itself and `import type {} from 'msp-checkout/react'` (or `types: ["msp-checkout/react"]`) is all an app
 *   writes. React 19 sets `gateways`, `amount`, ... as properties (they exist on the element) and adds
 *   `onmsp-select` & co. as listeners for `msp-select` & co.
 */
function frameworkTypeFixes() {
  const rewrite = (file, change) => writeFileSync(file, change(readFileSync(file, 'utf8')));
  // Vue's template checker reads `@msp-select` as the prop `onMspSelect`.
  const camelOn = (name) => `on${name.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase())}`;
  // Both elements fire msp-error: the generators import MspErrorEvent twice (TS2300), so every import list is deduplicated
  // (the Vue file starts with an import from "vue"; the names from index.js are in the second one).
  const uniqueImports = (text) =>
    text.replace(/import type \{([^}]*)\}/g, (_, names) => {
      const unique = [
        ...new Set(
          names
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        ),
      ];
      return `import type {${unique.map((name) => `\n  ${name},`).join('')}\n}`;
    });
  const unwrapEvents = (text) => uniqueImports(text).replace(/CustomEvent<(Msp\w+Event)>/g, '$1');
  return {
    name: 'framework-type-fixes',
    packageLinkPhase() {
      rewrite('dist/vue.d.ts', (text) => unwrapEvents(text).replace(/"on(msp-[a-z-]+)"/g, (_, name) => camelOn(name)));
      rewrite(
        'dist/react.d.ts',
        (text) =>
          `${unwrapEvents(text).trimEnd()}\n\n` +
          `declare module 'react' {\n` +
          `  namespace JSX {\n` +
          `    interface IntrinsicElements extends CustomElements {}\n` +
          `  }\n` +
          `}\n`,
      );
    },
  };
}
