// Import boundaries (Excalidraw-style, enforced with a message) plus typescript-eslint's recommended rules.
// Imports point inwards: apps → packages, never back; packages reach each other only through `exports`.
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const noAppImports = {
  group: ['**/apps/**', '@sammen/web', '@sammen/web/*', '@sammen/server', '@sammen/server/*'],
  message: 'Nothing imports an app: move the shared code into a package under packages/.',
}
const noDeepPackageImports = {
  group: ['@sammen/*/src/*', '**/packages/*/src/**'],
  message: "Import a package through its public entry ('@sammen/<name>'), not its files: add an export instead.",
}
const noUiInDomain = {
  group: ['react', 'react-dom', 'tldraw', '@tldraw/*', 'dexie', 'yjs', 'y-*'],
  message: 'packages/journey-model is pure domain: no DOM, React, tldraw, storage or sync imports.',
}

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
    files: ['packages/**/*.ts', 'packages/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noAppImports, noDeepPackageImports] }] },
  },
  {
    // The wire contract: used by browsers and the server alike, so it holds nothing but lib0, zod and the domain.
    files: ['packages/protocol/src/**/*.ts'],
    ignores: ['packages/protocol/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noAppImports,
            noDeepPackageImports,
            {
              group: ['react', 'react-dom', 'tldraw', '@tldraw/*', 'dexie', 'yjs', 'y-*', 'node:*', '@sammen/sync', '@sammen/journey-shapes'],
              message: 'packages/protocol is the wire contract shared by browsers and the server: lib0, zod and @sammen/journey-model only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/journey-model/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noAppImports, noDeepPackageImports, noUiInDomain] }] },
  },
  {
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'e2e/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noAppImportsFrom('apps'), noDeepPackageImports] }] },
  },
)

/** Apps may import their own files, but not another app's. */
function noAppImportsFrom() {
  return {
    group: ['@sammen/web', '@sammen/web/*', '@sammen/server', '@sammen/server/*', '../../web/**', '../../server/**'],
    message: "Apps do not import each other: share code through a package under packages/.",
  }
}
