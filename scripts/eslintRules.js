// Sammen's own lint rules, used by eslint.config.js. They exist because `no-restricted-imports` matches the text of
// a specifier: it cannot tell that '../../../web/src/x' written in apps/server/src/a/b.ts lands in apps/web, and it
// skips `import()` and `typeof import('x')`. These rules see every specifier and resolve relative ones.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The workspace packages (apps/*, packages/*, e2e) by name, read from their package.json files for every linted
 * file (a few small reads), so that a new package or export counts at once, also in an editor's long-lived ESLint.
 * @typedef {{ dir: string, kind: 'app' | 'package' | 'e2e' | 'root', name: string | null, entries: RegExp[] }} Unit
 * @returns {Map<string, Unit>} by package name
 */
function readUnits() {
  /** @type {Map<string, Unit>} */
  const byName = new Map()
  const dirs = ['apps', 'packages'].flatMap((group) =>
    fs.existsSync(path.join(repoRoot, group))
      ? fs.readdirSync(path.join(repoRoot, group)).map((name) => `${group}/${name}`)
      : [],
  )
  for (const dir of [...dirs, 'e2e']) {
    const manifestPath = path.join(repoRoot, dir, 'package.json')
    if (!fs.existsSync(manifestPath)) continue
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
    const unit = unitOfDir(dir)
    byName.set(manifest.name, { ...unit, name: manifest.name, entries: exportEntries(manifest.exports) })
  }
  return byName
}

/** The subpaths a package exports ('.', './testing', './x/*'), as patterns over the part after the package name. */
function exportEntries(exportsField) {
  if (exportsField === undefined) return []
  const keys = typeof exportsField === 'string' || !Object.keys(exportsField).some((key) => key.startsWith('.'))
    ? ['.']
    : Object.keys(exportsField)
  return keys.map((key) => new RegExp(`^${key.split('*').map(escapeRegExp).join('.+')}$`))
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** @returns {Unit} */
function unitOfDir(dir) {
  const [group, name] = dir.split('/')
  if (group === 'apps' && name) return { dir, kind: 'app', name: null, entries: [] }
  if (group === 'packages' && name) return { dir, kind: 'package', name: null, entries: [] }
  if (group === 'e2e') return { dir: 'e2e', kind: 'e2e', name: null, entries: [] }
  return { dir: '.', kind: 'root', name: null, entries: [] }
}

/** The workspace package a file belongs to, from its path alone (so files that do not exist yet work too). */
function unitOfFile(absolutePath) {
  const relative = path.relative(repoRoot, absolutePath).split(path.sep)
  if (relative[0] === '..') return null
  if ((relative[0] === 'apps' || relative[0] === 'packages') && relative.length >= 3) return unitOfDir(`${relative[0]}/${relative[1]}`)
  if (relative[0] === 'e2e' && relative.length >= 2) return unitOfDir('e2e')
  return unitOfDir('.')
}

/** Calls `check(specifier, node)` for every module specifier in the file: imports, re-exports, import(), types. */
function onEverySpecifier(check) {
  const literal = (node) => (node && node.type === 'Literal' && typeof node.value === 'string' ? node.value : null)
  const visit = (source, node) => {
    const value =
      literal(source) ??
      (source && source.type === 'TemplateLiteral' && source.expressions.length === 0 ? source.quasis[0].value.cooked : null)
    if (value !== null) check(value, node)
  }
  return {
    ImportDeclaration: (node) => visit(node.source, node),
    ExportNamedDeclaration: (node) => node.source && visit(node.source, node),
    ExportAllDeclaration: (node) => visit(node.source, node),
    ImportExpression: (node) => visit(node.source, node),
    TSImportType: (node) => visit(node.source ?? node.argument?.literal, node),
    TSImportEqualsDeclaration: (node) =>
      node.moduleReference.type === 'TSExternalModuleReference' && visit(node.moduleReference.expression, node),
    CallExpression: (node) =>
      node.callee.type === 'Identifier' && node.callee.name === 'require' && visit(node.arguments[0], node),
  }
}

/** Where an app is imported from decides what to do instead. */
const APP_ADVICE = {
  app: 'apps do not import each other: share the code through a package under packages/',
  package: 'packages never import an app: move the shared code into a package',
  e2e: 'e2e drives the apps through the browser and the server process, never their source: put what the test needs in e2e/support or export it from a package',
  root: 'nothing imports an app: move the shared code into a package',
}

const workspaceBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'An app imports only its own files and packages; packages import each other only through their exports.' },
    schema: [],
    messages: {
      appImport: "'{{specifier}}' is {{target}}: {{advice}}.",
      relativePackage: "'{{specifier}}' reaches into {{target}} by path: import '{{name}}' (its package.json exports) instead.",
      leavesUnit: "'{{specifier}}' leaves {{from}} for {{target}}: import only your own files, and packages by name.",
      deepImport: "'{{specifier}}' is not an entry of {{name}}: import '{{name}}', or add an entry to {{target}}/package.json exports.",
    },
  },
  create(context) {
    const filename = context.physicalFilename ?? context.filename
    const from = unitOfFile(filename)
    if (from === null) return {}
    const units = readUnits()
    return onEverySpecifier((specifier, node) => {
      if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
        const target = unitOfFile(path.resolve(path.dirname(filename), specifier))
        if (target === null || target.dir === from.dir) return
        if (target.kind === 'app') {
          context.report({ node, messageId: 'appImport', data: { specifier, target: target.dir, advice: APP_ADVICE[from.kind] } })
        } else if (target.kind === 'package') {
          const name = [...units.values()].find((unit) => unit.dir === target.dir)?.name ?? `@sammen/${target.dir.split('/')[1]}`
          context.report({ node, messageId: 'relativePackage', data: { specifier, target: target.dir, name } })
        } else {
          context.report({ node, messageId: 'leavesUnit', data: { specifier, from: from.dir, target: target.dir === '.' ? 'the repository root' : target.dir } })
        }
        return
      }
      const match = /^(@sammen\/[^/]+)(\/.*)?$/.exec(specifier)
      const unit = match && units.get(match[1])
      if (!match || !unit) return
      if (unit.kind !== 'package') {
        if (unit.dir !== from.dir) {
          context.report({ node, messageId: 'appImport', data: { specifier, target: unit.dir, advice: APP_ADVICE[from.kind] } })
        }
      } else if (!unit.entries.some((entry) => entry.test(`.${match[2] ?? ''}`))) {
        context.report({ node, messageId: 'deepImport', data: { specifier, name: unit.name, target: unit.dir } })
      }
    })
  },
}

const forbiddenImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Dependencies a part of the workspace may not use, each with the reason and what to do instead.' },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: { pattern: { type: 'string' }, message: { type: 'string' } },
          required: ['pattern', 'message'],
          additionalProperties: false,
        },
      },
    ],
    messages: { forbidden: "'{{specifier}}': {{message}}" },
  },
  create(context) {
    const rules = (context.options[0] ?? []).map(({ pattern, message }) => ({ pattern: new RegExp(pattern), message }))
    return onEverySpecifier((specifier, node) => {
      const rule = rules.find(({ pattern }) => pattern.test(specifier))
      if (rule) context.report({ node, messageId: 'forbidden', data: { specifier, message: rule.message } })
    })
  },
}

export const sammenPlugin = {
  meta: { name: 'sammen' },
  rules: { 'workspace-boundaries': workspaceBoundaries, 'forbidden-imports': forbiddenImports },
}
