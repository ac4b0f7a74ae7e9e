// Import boundaries (each with a message that says what to do instead) plus typescript-eslint's recommended rules.
// Imports point inwards: apps → packages, never back; packages reach each other only through `exports`.
// scripts/lintConfig.test.ts plants every forbidden import below and expects its error; extend it with the rules.
import { builtinModules } from 'node:module'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import { sammenPlugin } from './scripts/eslintRules.js'

const SOURCE_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx']
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx']

// react, react-dom, react/jsx-runtime and React bindings such as @tldraw/state-react.
const REACT = '^(@[^/]+/)?([^/]*-)?react(-[^/]*)?(/|$)'
const STORAGE = '^(dexie|fake-indexeddb|idb|idb-keyval|localforage|better-sqlite3|pg|ioredis|redis)(/|$)'
const YJS = '^(yjs|y-[^/]+)(/|$)'
const NODE_BUILTINS = `^(node:|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/|$))`

/** `tldraw` and every `@tldraw/*` package except the allowed ones (bare names: 'tlschema', 'store' …). */
const tldrawExcept = (allowed) =>
  allowed.length === 0 ? '^(tldraw|@tldraw/)' : `^(tldraw(/|$)|@tldraw/(?!(${allowed.join('|')})(/|$)))`
const listed = (allowed) => allowed.map((name) => `@tldraw/${name}`).join(', ')

// tldraw's packages below the editor: reactive state, the record store and schema, validators, utilities. None of
// them depends on React or the DOM.
const TLDRAW_BELOW_EDITOR = ['state', 'store', 'tlschema', 'utils', 'validate']
// Record-schema level only: shape props, validators and migrations; no reactive state, no DOM helpers (utils).
const TLDRAW_RECORD_SCHEMA = ['tlschema', 'store', 'validate']

/** Packages render nothing: the UI is apps/web's. */
const noUi = [
  { pattern: REACT, message: 'packages have no UI: React belongs in apps/web.' },
  {
    pattern: tldrawExcept(TLDRAW_BELOW_EDITOR),
    message: `packages have no UI: tldraw's editor and UI belong in apps/web (packages may use ${listed(TLDRAW_BELOW_EDITOR)}).`,
  },
]

/** journey-model, journey-shapes and protocol run unchanged in browsers, the server, tests and benchmarks. */
const frameworkFree = (pkg, allowedTldraw) => [
  { pattern: REACT, message: `${pkg} is framework-free: no React (UI belongs in apps/web).` },
  {
    pattern: tldrawExcept(allowedTldraw),
    message:
      allowedTldraw.length === 0
        ? `${pkg} is framework-free: no tldraw (record schemas belong in packages/journey-shapes, the editor in apps/web).`
        : `${pkg} is framework-free: of tldraw only the record-schema level (${listed(allowedTldraw)}); the editor and UI belong in apps/web.`,
  },
  { pattern: STORAGE, message: `${pkg} is framework-free: no storage (Dexie, IndexedDB, SQL, Redis); packages/sync and the server store things.` },
  { pattern: YJS, message: `${pkg} is framework-free: no Yjs (the document layout is packages/sync's and the server's).` },
  { pattern: NODE_BUILTINS, message: `${pkg} is framework-free and runs in browsers: no Node built-ins.` },
]

// The tsconfig of these packages has no "DOM" lib, so a DOM API fails the type check; this names the usual
// browser and Node globals in the editor too, and still holds where @types/node declares some of them.
const BROWSER_OR_NODE_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'indexedDB', 'self',
  'requestAnimationFrame', 'process', 'Buffer', 'global', '__dirname', '__filename', 'require',
]
const noHostGlobals = (pkg) => [
  'error',
  ...BROWSER_OR_NODE_GLOBALS.map((name) => ({
    name,
    message: `${pkg} is framework-free: no browser or Node globals; take what you need as a parameter.`,
  })),
]

/** Forbidden imports of one area; a file matched by several areas gets the last one's, so each lists all of its rules. */
const forbid = (files, rules, extra = {}) => ({
  files,
  ...extra,
  rules: { 'sammen/forbidden-imports': ['error', rules], ...extra.rules },
})

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/test-results/**', '**/playwright-report/**', '**/dev-dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Everywhere, at any depth: an app imports only its own files and packages (never another app), e2e imports no
    // app source, nothing imports an app, and packages are imported by name through their `exports`.
    files: SOURCE_FILES,
    plugins: { sammen: sammenPlugin },
    rules: { 'sammen/workspace-boundaries': 'error' },
  },
  forbid(['packages/**'], noUi),
  forbid(
    ['packages/journey-model/src/**'],
    [
      ...frameworkFree('packages/journey-model', []),
      { pattern: '^@sammen/', message: 'packages/journey-model is the innermost package: it imports no other @sammen package.' },
    ],
    { ignores: TEST_FILES, rules: { 'no-restricted-globals': noHostGlobals('packages/journey-model') } },
  ),
  forbid(
    ['packages/journey-shapes/src/**'],
    [
      ...frameworkFree('packages/journey-shapes', TLDRAW_RECORD_SCHEMA),
      { pattern: '^@sammen/sync(/|$)', message: 'packages/journey-shapes sits below sync: sync may read the shapes, not the other way round.' },
    ],
    { ignores: TEST_FILES, rules: { 'no-restricted-globals': noHostGlobals('packages/journey-shapes') } },
  ),
  forbid(
    // Its tests may use Yjs: the strict update reader is compared with Yjs' own.
    ['packages/protocol/src/**'],
    [
      ...frameworkFree('packages/protocol', []),
      {
        pattern: '^@sammen/(sync|journey-shapes)(/|$)',
        message: 'packages/protocol is the wire contract shared by browsers and the server: lib0, zod and @sammen/journey-model only.',
      },
    ],
    { ignores: TEST_FILES, rules: { 'no-restricted-globals': noHostGlobals('packages/protocol') } },
  ),
)
