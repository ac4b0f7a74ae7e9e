import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { allSourceRoots, describeCycles, findCycles, importEdges, isIgnored, type IgnoredImports } from './importCycles'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// The src/ folders that must stay free of folder and file cycles.
const CHECKED_ROOTS = [
  'packages/bench-stats/src',
  'packages/doc-log/src',
  'packages/journey-model/src',
  'packages/journey-shapes/src',
  'packages/protocol/src',
  'packages/sync/src',
  'apps/server/src',
  'apps/web/src',
]

// Roots not checked yet, each with the reason; every other src/ must be in CHECKED_ROOTS.
const NOT_YET: Record<string, string> = {}

// Imports that close a cycle, ignored only as these imports, each with the fix that removes it; an entry fails once
// its import no longer exists, so that it cannot linger and hide a new cycle. Empty: keep it so.
const PENDING: Record<string, (IgnoredImports & { fix: string })[]> = {}

describe('no import cycles between folders or files', () => {
  it.each(CHECKED_ROOTS)('%s', (root) => {
    const cycles = findCycles(path.join(repoRoot, root), PENDING[root] ?? [])
    expect(cycles.length, `\n${describeCycles(root, cycles)}\n`).toBe(0)
  })

  it('every package and app src/ is checked or says why not', () => {
    const unaccounted = allSourceRoots().filter((root) => !CHECKED_ROOTS.includes(root) && !(root in NOT_YET))
    expect(unaccounted, 'add these to CHECKED_ROOTS in scripts/importCycles.test.ts').toEqual([])
  })

  it.each(Object.entries(PENDING).flatMap(([root, pending]) => pending.map((entry) => ({ root, ...entry }))))(
    'pending in $root: $from → $to still exists',
    ({ root, from, to }) => {
      const edges = importEdges(path.join(repoRoot, root))
      expect(
        edges.some((edge) => isIgnored(edge, { from, to })),
        `no import from ${from} to ${to} in ${root} any more: delete the entry from PENDING in scripts/importCycles.test.ts`,
      ).toBe(true)
    },
  )
})

describe('findCycles', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-cycles-'))
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

  const tree = (name: string, files: Record<string, string>): string => {
    const root = path.join(tmp, name, 'src')
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      fs.writeFileSync(path.join(root, file), text)
    }
    return root
  }

  it('finds a folder cycle that no single file closes, naming one import on each edge', () => {
    const root = tree('folders', {
      'board/Shell.ts': "import { outline } from '../outline/Outline'\nexport const shell = outline",
      'board/context.ts': 'export const context = 1',
      'outline/Outline.ts': "import type { X } from '../board/context'\nexport const outline = 1 as X",
    })
    const cycles = findCycles(root)
    expect(cycles.map((cycle) => [cycle.level, cycle.members])).toEqual([['folder', ['board/', 'outline/']]])
    expect(describeCycles('fixture', cycles)).toBe(
      [
        'folder cycle in fixture: board/ ⇄ outline/',
        "    board/ → outline/   (board/Shell.ts imports '../outline/Outline')",
        "    outline/ → board/   (outline/Outline.ts imports '../board/context')",
      ].join('\n'),
    )
  })

  it('finds a file cycle inside one folder, through re-exports, dynamic imports and index files', () => {
    const root = tree('files', {
      'presence/a.ts': "export * from './b.js'",
      'presence/b.ts': "export const load = () => import('./c')",
      'presence/c/index.ts': "export { a } from '../a'",
    })
    expect(findCycles(root).map((cycle) => [cycle.level, cycle.members])).toEqual([
      ['file', ['presence/a.ts', 'presence/b.ts', 'presence/c/index.ts']],
    ])
  })

  it('counts a file directly in src/ as its own node, and leaves out tests and ignored imports', () => {
    const root = tree('clean', {
      'index.ts': "export * from './binding/bind'",
      'docLayout.ts': 'export const layout = 1',
      'binding/bind.ts': "import { layout } from '../docLayout'\nexport const bind = layout",
      'binding/bind.test.ts': "import '../index'",
      'storage/db.ts': "import '../snapshots/snap'\nexport const db = 1",
      'snapshots/snap.ts': "import '../storage/db'",
    })
    expect(findCycles(root, [{ from: 'storage/', to: 'snapshots/' }])).toEqual([])
    expect(findCycles(root).map((cycle) => cycle.members)).toEqual([
      ['snapshots/', 'storage/'],
      ['snapshots/snap.ts', 'storage/db.ts'],
    ])
  })
})
