// Import cycles inside one package's or app's `src/`, at two levels: folders (the first directory below src/,
// e.g. apps/web/src/board; a file directly in src/ counts on its own) and single files. A folder cycle means
// neither folder can be understood, moved or tested without the other, so the layering is gone even when no
// single file imports itself back. Test files are left out: they sit beside the code and may reach anywhere.
//
// `node --import tsx scripts/importCycles.ts [root …]` prints the cycles of the given roots (by default every
// package's and app's src/, including roots the unit test does not check yet).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

export interface ImportEdge {
  /** Importing file, relative to the root (posix separators). */
  from: string
  /** Imported file, relative to the root. */
  to: string
  /** The specifier as written. */
  specifier: string
}

export interface Cycle {
  level: 'folder' | 'file'
  /** The folders or files that import each other, sorted. */
  members: string[]
  /** Every import between two members, one example per ordered pair: removing all of one pair's breaks it. */
  edges: { from: string; to: string; example: ImportEdge }[]
}

const SOURCE = /\.(ts|tsx|mts|cts)$/
const TEST = /\.test\.(ts|tsx)$/
// Bundler resolution, as tsconfig.base.json has it: a `.js` specifier may name a `.ts` file.
const CANDIDATE_SUFFIXES = ['', '.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx']

export function sourceFiles(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full)
      } else if (SOURCE.test(entry.name) && !TEST.test(entry.name)) {
        found.push(full)
      }
    }
  }
  walk(root)
  return found.sort()
}

function resolveRelative(fromFile: string, specifier: string, known: Set<string>): string | null {
  const base = path.resolve(path.dirname(fromFile), specifier)
  const stems = /\.(js|jsx|mjs)$/.test(base) ? [base, base.replace(/\.(js|jsx|mjs)$/, '')] : [base]
  for (const stem of stems) {
    for (const suffix of CANDIDATE_SUFFIXES) {
      if (known.has(stem + suffix)) return stem + suffix
    }
  }
  return null
}

/** Every relative import (static, type-only, re-export, dynamic) between source files of one root. */
export function importEdges(root: string): ImportEdge[] {
  const absoluteRoot = path.resolve(root)
  const files = sourceFiles(absoluteRoot)
  const known = new Set(files)
  const edges: ImportEdge[] = []
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    for (const imported of info.importedFiles) {
      if (!imported.fileName.startsWith('.')) continue
      const target = resolveRelative(file, imported.fileName, known)
      if (target === null || target === file) continue
      edges.push({ from: relative(absoluteRoot, file), to: relative(absoluteRoot, target), specifier: imported.fileName })
    }
  }
  return edges
}

const relative = (root: string, file: string): string => path.relative(root, file).split(path.sep).join('/')

/** `board/Board.tsx` → `board/`; a file directly in src/ is its own node. */
export function folderOf(file: string): string {
  const slash = file.indexOf('/')
  return slash === -1 ? file : file.slice(0, slash + 1)
}

/** Strongly connected components with more than one member (Tarjan), each sorted, in a stable order. */
function cyclicComponents(nodes: string[], next: Map<string, Set<string>>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  const visit = (node: string): void => {
    index.set(node, counter)
    low.set(node, counter)
    counter++
    stack.push(node)
    onStack.add(node)
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target)
        low.set(node, Math.min(low.get(node)!, low.get(target)!))
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) components.push(component.sort())
    }
  }
  for (const node of [...nodes].sort()) if (!index.has(node)) visit(node)
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!))
}

function cyclesOf(level: Cycle['level'], edges: ImportEdge[], nodeOf: (file: string) => string): Cycle[] {
  const next = new Map<string, Set<string>>()
  const examples = new Map<string, ImportEdge>()
  for (const edge of edges) {
    const from = nodeOf(edge.from)
    const to = nodeOf(edge.to)
    if (from === to) continue
    if (!next.has(from)) next.set(from, new Set())
    next.get(from)!.add(to)
    const key = `${from}\0${to}`
    if (!examples.has(key)) examples.set(key, edge)
  }
  const nodes = [...new Set([...next.keys(), ...[...next.values()].flatMap((targets) => [...targets])])]
  return cyclicComponents(nodes, next).map((members) => {
    const inside = new Set(members)
    const cycleEdges = members.flatMap((from) =>
      [...(next.get(from) ?? [])]
        .filter((to) => inside.has(to))
        .sort()
        .map((to) => ({ from, to, example: examples.get(`${from}\0${to}`)! })),
    )
    return { level, members, edges: cycleEdges }
  })
}

/**
 * Imports left out of the graph: every import from a file under `from` to a file under `to` (relative to the root;
 * a folder such as 'storage/' or a single file).
 */
export interface IgnoredImports {
  from: string
  to: string
}

export const isIgnored = (edge: ImportEdge, { from, to }: IgnoredImports): boolean =>
  edge.from.startsWith(from) && edge.to.startsWith(to)

export function findCycles(root: string, ignore: readonly IgnoredImports[] = []): Cycle[] {
  const edges = importEdges(root).filter((edge) => !ignore.some((ignored) => isIgnored(edge, ignored)))
  return [...cyclesOf('folder', edges, folderOf), ...cyclesOf('file', edges, (file) => file)]
}

export function describeCycles(rootLabel: string, cycles: Cycle[]): string {
  return cycles
    .map((cycle) => {
      const lines = cycle.edges.map(
        ({ from, to, example }) => `    ${from} → ${to}   (${example.from} imports '${example.specifier}')`,
      )
      return `${cycle.level} cycle in ${rootLabel}: ${cycle.members.join(' ⇄ ')}\n${lines.join('\n')}`
    })
    .join('\n')
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Every package's and app's src/, relative to the repository root. */
export function allSourceRoots(): string[] {
  return ['apps', 'packages'].flatMap((group) =>
    fs
      .readdirSync(path.join(repoRoot, group), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(repoRoot, group, entry.name, 'src')))
      .map((entry) => `${group}/${entry.name}/src`),
  )
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const roots = process.argv.length > 2 ? process.argv.slice(2) : allSourceRoots()
  let found = 0
  for (const root of roots) {
    const cycles = findCycles(path.resolve(repoRoot, root))
    found += cycles.length
    console.log(cycles.length === 0 ? `${root}: no cycles` : describeCycles(root, cycles))
  }
  process.exit(found === 0 ? 0 : 1)
}
