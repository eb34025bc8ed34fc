import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/**
 * Layers point one way: entrypoints/ (wiring) → components/ (UI) → lib/ (pure logic). Inside lib/ each
 * folder may use the modules at lib/'s top (the message protocol, the draft shapes, formatting) and the
 * folders listed before it here, never one after it: so no two folders of lib/ can depend on each other.
 */
const LIB_FOLDERS = ['detect', 'portals', 'letter', 'categories', 'store', 'analysis'];

const layerZones = [
  { target: './lib', from: ['./components', './entrypoints'], message: 'lib/ is pure: it never imports components/ or entrypoints/.' },
  { target: './components', from: './entrypoints', message: 'components/ never import entrypoints/; move what both need to components/ or lib/.' },
  { target: './lib/*.ts', from: LIB_FOLDERS.map((folder) => `./lib/${folder}/**`), message: "lib/'s top-level modules are the bottom layer: they import no lib/ folder." },
  ...LIB_FOLDERS.map((folder, index) => ({
    target: `./lib/${folder}`,
    from: LIB_FOLDERS.slice(index + 1).map((later) => `./lib/${later}`),
    message: `lib/${folder} may import only ${['the top-level lib/ modules', ...LIB_FOLDERS.slice(0, index).map((f) => `lib/${f}`)].join(', ')}.`,
  })).filter((zone) => zone.from.length > 0),
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'test-results/**',
      'playwright-report/**',
      'tests/portals/medplum/dist/**',
      'tests/portals/generated/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Patient data must never reach a console; errors and warnings carry codes only.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // One zod flavour: zod/mini, which the content script needs for its size (the message protocol),
    // so that no bundle carries both.
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Use zod/mini (import * as z from 'zod/mini'), the project's one zod flavour." }] }] },
  },
  {
    // Still on the full zod, to be converted by those who own them; remove each from here when done.
    files: ['tests/unit/detect/lexicon.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Command-line tools, the demo runner and the benchmark talk to the user through the console.
    files: ['scripts/**', 'bench/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The portal pages are plain browser scripts shipped as fixtures, not project code.
    files: ['tests/portals/**/*.js'],
    languageOptions: { sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
);
