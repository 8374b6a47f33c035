/**
 * ESLint flat configuration: typescript-eslint's recommended rules for all
 * TypeScript and the build scripts, plus the import boundaries that keep the
 * processes apart (DESIGN.md, "Processes and folders"):
 *
 * - runtime/ is pure TypeScript: no 'vscode', no DAP, no LSP, no Node
 *   built-in module (bare or `node:`), no `process`/`Buffer`/`require`
 *   globals, no dynamic import; the Host interface is its only door out.
 * - 'vscode' and 'vscode-languageclient' only in extension/.
 * - '@vscode/debugadapter*' only in debug-adapter/ (and test/dap/).
 * - 'vscode-languageserver*' only in language-server/ (and test/lsp/).
 *
 * ESLint's own recommended rules come from the rule metadata (the very
 * definition of "eslint:recommended") rather than from @eslint/js, which is
 * not one of our declared dependencies.
 *
 * Flat config does not merge the options of one rule across objects (the
 * last object wins), so every folder gets one complete rule built by
 * `boundaryRules` below. It deliberately holds no type-aware rules: they
 * would double lint time, and `tsc` already checks types in CI.
 * test/meta/importBoundaries.test.ts proves the rules fire.
 */
import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tseslint from 'typescript-eslint';

const eslintRecommended = Object.fromEntries(
  [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
);

/** The Node globals the build scripts (.mjs) use; TypeScript files get theirs from @types/node. */
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'URL', 'fetch', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Buffer', 'AbortController', 'TextEncoder', 'TextDecoder', 'queueMicrotask', 'structuredClone'].map(
    (name) => [name, 'readonly'],
  ),
);

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Families of imports that only some folders may use, as regexes over the import source. */
const families = {
  vscode: {
    regex: '^vscode$',
    message: "Only extension/ may import 'vscode' (the editor API).",
  },
  languageClient: {
    regex: '^vscode-languageclient(/.*)?$',
    message: "Only extension/ may import 'vscode-languageclient'.",
  },
  debugAdapter: {
    regex: '^@vscode/debugadapter(-[^/]+)?(/.*)?$',
    message: "Only debug-adapter/ (and test/dap/) may import '@vscode/debugadapter'.",
  },
  languageServer: {
    regex: '^vscode-languageserver(-[^/]+)?(/.*)?$',
    message: "Only language-server/ (and test/lsp/) may import 'vscode-languageserver'.",
  },
  debugProtocol: {
    regex: '^@vscode/debugprotocol(/.*)?$',
    message: 'runtime/ knows nothing of the Debug Adapter Protocol; return plain data from runtime/inspect/.',
  },
  nodeBuiltins: {
    regex: `^(node:.*|(${builtinModules.map(escape).join('|')})(/.*)?)$`,
    message: 'runtime/ is pure TypeScript: reach files, output and clocks through the Host interface (runtime/host.ts).',
  },
};

/** The folders with their own boundary, and the families each may use. */
const folders = [
  { files: ['runtime/**'], allowed: [] },
  { files: ['extension/**'], allowed: ['vscode', 'languageClient', 'debugProtocol', 'nodeBuiltins'] },
  { files: ['debug-adapter/**'], allowed: ['debugAdapter', 'debugProtocol', 'nodeBuiltins'] },
  { files: ['language-server/**'], allowed: ['languageServer', 'nodeBuiltins'] },
  { files: ['test/dap/**'], allowed: ['debugAdapter', 'debugProtocol', 'nodeBuiltins'] },
  { files: ['test/lsp/**'], allowed: ['languageServer', 'nodeBuiltins'] },
];

/** One complete `no-restricted-imports` setting forbidding every family not allowed. */
function boundaryRules(allowed) {
  const patterns = Object.entries(families)
    .filter(([name]) => !allowed.includes(name))
    .map(([, { regex, message }]) => ({ regex, message }));
  return { 'no-restricted-imports': ['error', { patterns }] };
}

/** What runtime/ may not reach around the import rule: Node's globals and module loaders. */
const runtimeExtras = {
  'no-restricted-globals': [
    'error',
    ...['process', 'Buffer', 'global', 'require', '__dirname', '__filename', 'setImmediate', 'clearImmediate'].map(
      (name) => ({ name, message: `runtime/ may not use Node's '${name}'; go through the Host interface (runtime/host.ts).` }),
    ),
  ],
  'no-restricted-syntax': [
    'error',
    // Relative paths stay inside the repository, where the folder rules
    // apply to the target file itself; only packages and built-ins cross
    // the boundary.
    {
      selector: "ImportExpression:not([source.type='Literal'][source.value=/^[.]/])",
      message: 'runtime/ loads no packages or Node modules at run time.',
    },
    { selector: 'TSExternalModuleReference', message: 'runtime/ loads no modules with require().' },
    {
      selector: "TSImportType:not([argument.literal.value=/^[.]/])",
      message: 'runtime/ may not name types from packages or Node modules with import("...").',
    },
  ],
};

export default defineConfig([
  globalIgnores(['node_modules/', 'dist/', 'out/', '.cache/', 'test-results/', '**/fixtures/**', '*.vsix']),
  {
    files: ['**/*.ts', '**/*.mjs'],
    rules: eslintRecommended,
  },
  {
    files: ['**/*.ts', '**/*.mjs'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['**/*.mjs'], languageOptions: { globals: nodeGlobals } },
  // Everywhere outside the named folders (cli/, test/, scripts/, bench/...)
  // Node is fine but the editor, DAP and LSP libraries are not.
  { files: ['**/*.ts', '**/*.mjs'], rules: boundaryRules(['debugProtocol', 'nodeBuiltins']) },
  ...folders.map(({ files, allowed }) => ({ files, rules: boundaryRules(allowed) })),
  { files: ['runtime/**'], rules: runtimeExtras },
]);
