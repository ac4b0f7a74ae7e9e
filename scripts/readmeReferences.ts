// Every README.md and CONTEXT.md in the repository must name only files and exports that exist today.
//
// `node --import tsx scripts/readmeReferences.ts` (`pnpm readme-check`) prints every stale reference and exits 1 if
// there is one; `scripts/readmeReferences.test.ts` runs the same check in the unit tests (so in CI).
//
// What counts as a file reference:
// - a backticked token outside code blocks that names a path: it contains a `/` or ends in one of
//   KNOWN_EXTENSIONS, and consists of path characters only (`src/room/`, `docLayout.ts`, `room/useBoardRoom`);
// - a markdown link target that is not a URL (`[PROTOCOL.md](PROTOCOL.md)`, `(../doc-log/README.md#testing)`); the
//   target is relative to the README as on GitHub, and an `#anchor` must be a heading of the linked file;
// - in a code block without a language (a file tree such as `src/room/   openBoardRoom: …`), the paths of the first
//   column and every name ending in a known extension further along the line.
// Not references: globs (`*`, `**`), URLs, absolute paths (routes, `/tmp/…`, `/usr/bin/chromium`), `@scope/pkg`
// names, anything with spaces (commands), placeholders (`<id>`, `…`, `{…}`, `$VAR`), MIME types (`text/plain`) and
// code blocks with a language (```sh commands, ```ts examples). Paths that exist only at run or build time are
// listed in ALLOWED below, each with its reason; an entry that matches nothing any more fails the check too.
//
// Where a file reference is looked for, first hit wins:
// 1. in a table row or file-tree line whose first column names a folder or file: that folder (or the file's
//    folder), so "| `stepCard/` | … `StepCardDetails.tsx` … |" means src/shapes/stepCard/StepCardDetails.tsx;
// 2. the folders the enclosing headings name ("## Journey cards (`src/shapes/`)"), innermost first;
// 3. the README's own folder; 4. its package or app (the nearest folder with a package.json); 5. that package's
//    src/; 6. the repository root.
// A name without extension is also tried as a module specifier (`.ts`, `.tsx`, `/index.ts`, `/index.tsx`). A bare
// file name (no `/`) that is not in such a row may sit anywhere in the package ("its own sheet, `outline.css`");
// in a row that names a folder it must be found by 1–6, so a map row cannot name a file that moved elsewhere.
// Generated folders (node_modules, dist, data, test-results …: absent from a fresh checkout) never count.
//
// Export references: in a "Public API" section, every backticked identifier in the first column of its tables
// (`openBoardRoom(options)` → `BoardRoom` checks both names; `facilitation.*` checks `facilitation`) and every
// top-level name declared in its ```ts blocks must be exported by the package's entries (package.json `exports`,
// read with the TypeScript checker, so `export *` chains and type-only exports count). A heading that names an entry
// ("Public API (`@sammen/doc-log`)", "(`src/index.ts`)") narrows the check to that entry.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  HEADING,
  anchorsOf,
  apiIdentifier,
  codeSpans,
  declaredNames,
  linkTargets,
  nextFence,
  tableCells,
  type Fence,
} from './readmeMarkdown'
import { ExportReader, readPackage, type PackageInfo } from './readmePackages'

export { apiIdentifier, headingSlug } from './readmeMarkdown'

export const KNOWN_EXTENSIONS = ['ts', 'tsx', 'js', 'css', 'md', 'json', 'yaml', 'yml', 'sql', 'sh', 'html', 'svg']

/** Folders a fresh checkout does not have (as .gitignore): a reference into them cannot be checked in CI. */
const GENERATED = new Set(['node_modules', 'dist', 'data', 'test-results', 'playwright-report', '.tmp', 'coverage', '.git'])

/**
 * References the check cannot confirm from the tree and that are nevertheless true. Keep this short: each entry
 * matches one token in one file, says why, and fails the check once nothing matches it any more.
 */
export interface AllowedReference {
  /** The README, relative to the repository root. */
  file: string
  /** The token exactly as written between the backticks (or the link target). */
  reference: string
  reason: string
}

export const ALLOWED: AllowedReference[] = []

export interface Problem {
  /** The README, relative to the repository root (posix separators). */
  file: string
  line: number
  reference: string
  message: string
}

const EXTENSION = new RegExp(`\\.(${KNOWN_EXTENSIONS.join('|')})$`)
const PATH_CHARACTERS = /^[A-Za-z0-9_.\-/]+$/
const MIME_TYPE = /^(text|application|image|audio|video|multipart|font)\/[a-z0-9.+-]+$/
const ENVIRONMENT_VARIABLE = /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/
const MODULE_SUFFIXES = ['.ts', '.tsx', '/index.ts', '/index.tsx']

const posix = (file: string): string => file.split(path.sep).join('/')

/** Every README.md and CONTEXT.md under the root, outside generated folders, relative to it, sorted. */
export function findDocs(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!GENERATED.has(entry.name) && !entry.name.startsWith('.')) walk(path.join(dir, entry.name))
      } else if (entry.name === 'README.md' || entry.name === 'CONTEXT.md') {
        found.push(posix(path.relative(root, path.join(dir, entry.name))))
      }
    }
  }
  walk(root)
  return found.sort()
}

/** Is this token meant as a path in the repository (rather than a command, route, package, glob or placeholder)? */
export function isPathReference(token: string): boolean {
  if (!PATH_CHARACTERS.test(token)) return false // spaces, globs, placeholders, URLs, quotes, calls
  if (token.startsWith('/')) return false // absolute: a route or a system path, never a repository file
  if (MIME_TYPE.test(token)) return false
  if (token.split('/').some((segment) => ENVIRONMENT_VARIABLE.test(segment))) return false // `DATA_DIR/sammen.sqlite`
  if (!token.includes('/') && !EXTENSION.test(token)) return false
  return /[A-Za-z]/.test(token) && !/^\.+\/*$/.test(token)
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens. */
interface HeadingScope {
  level: number
  folders: string[]
  /** Set for a "Public API" section: the entries its names must be exported by. */
  api: { entries: Map<string, string> } | null
}

interface Context {
  root: string
  doc: string
  docDir: string
  pkg: PackageInfo | null
  packageRoot: string
  exports: ExportReader
  problems: Problem[]
  anchors: (file: string) => Set<string>
}

export interface CheckOptions {
  allowed?: readonly AllowedReference[]
}

export interface CheckResult {
  problems: Problem[]
  /** Allowlist entries that matched nothing: delete them. */
  unusedAllowed: AllowedReference[]
  docs: string[]
}

/** Check every README.md / CONTEXT.md under the root. */
export function checkDocs(root: string, { allowed = ALLOWED }: CheckOptions = {}): CheckResult {
  const absoluteRoot = path.resolve(root)
  const docs = findDocs(absoluteRoot)
  const packages = new Map<string, PackageInfo>()
  const packageOf = (dir: string): PackageInfo | null => {
    for (let current = dir; ; current = path.dirname(current)) {
      if (fs.existsSync(path.join(current, 'package.json'))) {
        if (!packages.has(current)) packages.set(current, readPackage(current))
        return packages.get(current)!
      }
      if (current === absoluteRoot || path.dirname(current) === current) return null
    }
  }
  for (const doc of docs) packageOf(path.dirname(path.join(absoluteRoot, doc)))
  const exports = new ExportReader(() => [...packages.values()].flatMap((pkg) => [...pkg.entries.values()]))
  const anchorCache = new Map<string, Set<string>>()
  const anchors = (file: string): Set<string> => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(fs.readFileSync(file, 'utf8')))
    return anchorCache.get(file)!
  }

  const found: Problem[] = []
  for (const doc of docs) {
    const docDir = path.dirname(path.join(absoluteRoot, doc))
    const pkg = packageOf(docDir)
    checkDoc({
      root: absoluteRoot,
      doc,
      docDir,
      pkg,
      packageRoot: pkg?.root ?? absoluteRoot,
      exports,
      problems: found,
      anchors,
    })
  }
  const used = new Set<AllowedReference>()
  const problems = found.filter((problem) => {
    const entry = allowed.find((candidate) => candidate.file === problem.file && candidate.reference === problem.reference)
    if (entry) used.add(entry)
    return !entry
  })
  return { problems, unusedAllowed: allowed.filter((entry) => !used.has(entry)), docs }
}

function isGenerated(root: string, file: string): boolean {
  const relative = path.relative(root, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return true // outside the repository
  return relative.split(path.sep).some((segment) => GENERATED.has(segment))
}

function existing(root: string, candidate: string, wantsFolder: boolean): string | null {
  if (isGenerated(root, candidate) || !fs.existsSync(candidate)) return null
  return !wantsFolder || fs.statSync(candidate).isDirectory() ? candidate : null
}

/** The first base under which the token exists (also as a module specifier without extension). */
function resolveIn(root: string, token: string, bases: readonly string[]): string | null {
  const wantsFolder = token.endsWith('/')
  const hasExtension = /\.[A-Za-z0-9]+$/.test(token)
  for (const base of bases) {
    const candidate = path.resolve(base, token)
    const hit = existing(root, candidate, wantsFolder)
    if (hit) return hit
    if (!wantsFolder && !hasExtension) {
      for (const suffix of MODULE_SUFFIXES) {
        const module = existing(root, candidate + suffix, false)
        if (module) return module
      }
    }
  }
  return null
}

/** Does the token name a file inside one of the package's dependencies (`tldraw/tldraw.css`), as installed? */
function dependencyFile(packageRoot: string, token: string): boolean {
  const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as Record<string, unknown>
  const names = ['dependencies', 'devDependencies', 'peerDependencies'].flatMap((field) =>
    Object.keys((manifest[field] as Record<string, string> | undefined) ?? {}),
  )
  const owner = names.find((name) => token.startsWith(`${name}/`))
  return owner !== undefined && fs.existsSync(path.join(packageRoot, 'node_modules', token))
}

/** Is there a file of this name anywhere under the folder (outside generated folders)? */
function existsAnywhere(root: string, folder: string, name: string): boolean {
  const stack = [folder]
  while (stack.length > 0) {
    const dir = stack.pop()!
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!GENERATED.has(entry.name) && !entry.name.startsWith('.')) stack.push(path.join(dir, entry.name))
      } else if (entry.name === name) {
        return true
      }
    }
  }
  void root
  return false
}

function checkDoc(context: Context): void {
  const { root, doc, docDir, packageRoot } = context
  const text = fs.readFileSync(path.join(root, doc), 'utf8')
  const lines = text.split('\n')
  const standardBases = [...new Set([docDir, packageRoot, path.join(packageRoot, 'src'), root])]
  const scopes: HeadingScope[] = []
  const sectionFolders = (): string[] => scopes.flatMap((scope) => scope.folders).reverse()
  const apiScope = (): HeadingScope['api'] => [...scopes].reverse().find((scope) => scope.api !== null)?.api ?? null
  const problem = (line: number, reference: string, message: string): void => {
    context.problems.push({ file: doc, line, reference, message })
  }
  const relativeList = (bases: readonly string[]): string =>
    bases.map((base) => posix(path.relative(root, base)) || '.').join(', ')

  /** Check one path token; returns the file or folder it names (for row folders), or null. */
  const checkPath = (line: number, token: string, rowFolders: readonly string[], strictRow: boolean): string | null => {
    // `./data`, `apps/web/dist`: made at run or build time, so a fresh checkout cannot confirm them.
    if (token.split('/').some((segment) => GENERATED.has(segment))) return null
    if (dependencyFile(packageRoot, token)) return null // `tldraw/tldraw.css`: a file of an installed dependency
    const bases = [...new Set([...rowFolders, ...sectionFolders(), ...standardBases])]
    const hit = resolveIn(root, token, bases)
    if (hit) return hit
    if (!token.includes('/') && !strictRow && existsAnywhere(root, packageRoot, token)) return null
    const where = !token.includes('/') && !strictRow ? `, nor anywhere under ${relativeList([packageRoot])}` : ''
    problem(line, token, `\`${token}\` names no file or folder (looked in ${relativeList(bases)}${where})`)
    return null
  }

  const checkLink = (line: number, target: string): void => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return // http:, https:, mailto:
    const [file, anchor] = target.split('#', 2) as [string, string | undefined]
    let linked = path.join(root, doc)
    if (file !== '') {
      linked = path.resolve(docDir, decodeURIComponent(file))
      if (!existing(root, linked, file.endsWith('/'))) {
        problem(line, target, `link to \`${file}\`, which does not exist (relative to ${relativeList([docDir])})`)
        return
      }
    }
    if (anchor && linked.endsWith('.md') && !context.anchors(linked).has(anchor.toLowerCase())) {
      problem(line, target, `link to \`#${anchor}\`, which is no heading of ${posix(path.relative(root, linked))}`)
    }
  }

  const checkExport = (line: number, name: string): void => {
    const api = apiScope()
    if (!api) return
    if (api.entries.size === 0) {
      problem(line, name, `\`${name}\` is listed as public API, but ${relativeList([packageRoot])}/package.json has no exports`)
      return
    }
    for (const file of api.entries.values()) {
      const names = context.exports.exportsOf(file)
      if (names?.has(name)) return
    }
    const entries = [...api.entries.values()].map((file) => posix(path.relative(root, file))).join(', ')
    problem(line, name, `\`${name}\` is listed as public API but not exported by ${entries}`)
  }

  /** A code block without a language: a file tree, one row per line that starts at the block's indent. */
  let treeRowFolders: string[] = []
  const checkTreeLine = (line: number, content: string, indent: number): void => {
    if (content.trim() === '') return
    const startsRow = content.length - content.trimStart().length <= indent
    let rest = content
    if (startsRow) {
      const [firstColumn = '', ...others] = content.trim().split(/\s{2,}/)
      rest = others.join('  ')
      treeRowFolders = []
      for (const word of firstColumn.split(/[\s,]+/)) {
        const token = word.replace(/[;:)]+$/, '')
        if (!isPathReference(token)) continue
        const hit = checkPath(line, token, treeRowFolders, treeRowFolders.length > 0)
        if (hit) treeRowFolders.push(fs.statSync(hit).isDirectory() ? hit : path.dirname(hit))
      }
    }
    const named = new RegExp(`(?<![\\w./*-])((?:[\\w.-]+/)*[\\w.-]+\\.(?:${KNOWN_EXTENSIONS.join('|')}))(?![\\w/*-])`, 'g')
    for (let match = named.exec(rest); match; match = named.exec(rest)) {
      if (isPathReference(match[1]!)) checkPath(line, match[1]!, treeRowFolders, treeRowFolders.length > 0)
    }
  }

  let fence: Fence | null = null
  let fenceIndent = 0
  let fenceLines: string[] = []
  let fenceStart = 0
  lines.forEach((raw, index) => {
    const line = index + 1
    const fenceChange = nextFence(fence, raw)
    if (fenceChange) {
      if (fence === null) {
        fence = fenceChange.fence
        fenceIndent = raw.length - raw.trimStart().length
        fenceLines = []
        fenceStart = line
        treeRowFolders = []
      } else {
        if (['ts', 'typescript', 'tsx'].includes(fence.language) && apiScope()) {
          for (const name of declaredNames(fenceLines)) checkExport(fenceStart, name)
        }
        fence = null
      }
      return
    }
    if (fence !== null) {
      fenceLines.push(raw)
      if (fence.language === '' || fence.language === 'text') checkTreeLine(line, raw, fenceIndent)
      return
    }

    for (const target of linkTargets(raw)) checkLink(line, target)

    const heading = HEADING.exec(raw)
    if (heading) {
      const level = heading[1]!.length
      while (scopes.length > 0 && scopes[scopes.length - 1]!.level >= level) scopes.pop()
      const folders: string[] = []
      const spans = codeSpans(heading[2]!)
      for (const span of spans.filter(isPathReference)) {
        const hit = checkPath(line, span, [], false)
        if (hit && fs.statSync(hit).isDirectory()) folders.push(hit)
      }
      let api: HeadingScope['api'] = null
      if (/^public api\b/i.test(heading[2]!) && doc.includes('/')) {
        const all = context.pkg?.entries ?? new Map<string, string>()
        const named = new Map<string, string>()
        for (const span of spans) {
          for (const [subpath, file] of all) {
            const asImport = context.pkg?.name ? posix(path.join(context.pkg.name, subpath)) : null
            if (span === asImport || path.resolve(packageRoot, span) === file) named.set(subpath, file)
          }
        }
        api = { entries: named.size > 0 ? named : all }
      }
      scopes.push({ level, folders, api })
      return
    }

    if (/^\s*\|/.test(raw)) {
      if (/^\s*\|?[\s:|-]+$/.test(raw)) return // the separator row
      const cells = tableCells(raw)
      const rowFolders: string[] = []
      const firstSpans = codeSpans(cells[0] ?? '')
      for (const span of firstSpans) {
        if (isPathReference(span)) {
          // `src/journey/text.ts`, `colour.ts`: later names in the cell sit beside the first.
          const hit = checkPath(line, span, rowFolders, rowFolders.length > 0)
          if (hit) rowFolders.push(fs.statSync(hit).isDirectory() ? hit : path.dirname(hit))
        } else {
          const name = apiIdentifier(span)
          if (name !== null) checkExport(line, name)
        }
      }
      const strict = rowFolders.length > 0
      for (const cell of cells.slice(1)) {
        for (const span of codeSpans(cell).filter(isPathReference)) checkPath(line, span, rowFolders, strict)
      }
      return
    }

    for (const span of codeSpans(raw).filter(isPathReference)) checkPath(line, span, [], false)
  })
}

export function describeProblems(result: CheckResult): string {
  const lines = result.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`)
  for (const entry of result.unusedAllowed) {
    lines.push(
      `scripts/readmeReferences.ts: ALLOWED entry for \`${entry.reference}\` in ${entry.file} matches nothing any more: delete it`,
    )
  }
  return lines.join('\n')
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const checkRepository = (): CheckResult => checkDocs(repoRoot)

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = checkRepository()
  const failures = result.problems.length + result.unusedAllowed.length
  console.log(failures === 0 ? `${result.docs.length} READMEs: every file and export they name exists` : describeProblems(result))
  process.exit(failures === 0 ? 0 : 1)
}
