import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { apiIdentifier, checkDocs, checkRepository, describeProblems, headingSlug, isPathReference } from './readmeReferences'

describe("the repository's READMEs", () => {
  // Reads every README and builds one TypeScript program for the packages' exports: seconds on a busy machine.
  it('name only files, folders, anchors and exports that exist', { timeout: 60_000 }, () => {
    const result = checkRepository()
    expect(result.docs.length).toBeGreaterThanOrEqual(10)
    expect(describeProblems(result)).toBe('')
  })
})

describe('checkDocs on a planted repository', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-readmes-'))
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
  const write = (file: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), text)
  }

  write('package.json', JSON.stringify({ name: 'fixture', private: true }))
  write('packages/room/package.json', JSON.stringify({ name: '@fx/room', exports: { '.': './src/index.ts', './testing': './src/testing.ts' } }))
  write('packages/room/src/index.ts', "export { openRoom, type Room } from './room/open'\nexport * from './more'\n")
  write('packages/room/src/room/open.ts', 'export interface Room { id: string }\nexport function openRoom(): Room { return { id: "a" } }\n')
  write('packages/room/src/more.ts', 'export const extra = 1\n')
  write('packages/room/src/testing.ts', 'export const fakeRoom = 2\n')
  write('packages/room/src/other/missing.ts', 'export {}\n')
  write('packages/room/src/other/elsewhere.ts', 'export {}\n')
  write('packages/room/OTHER.md', '# Other\n\n## Real heading\n')
  write(
    'packages/room/README.md',
    [
      '# Room',
      '',
      'Opens rooms (`src/room/`), see `src/gone.ts`. The helper `elsewhere.ts` sits somewhere in the package.',
      'Not paths: `pnpm test`, `/usr/bin/chromium`, `src/**/*.test.ts`, `text/plain`, `DATA_DIR/x.sqlite`, `./data`,',
      '`@fx/room`, `<boardId>/x.ts`, [`Remote.ts`](https://example.org/Remote.ts).',
      'Links: [other](OTHER.md#real-heading), [bad anchor](OTHER.md#nope), [gone](gone.md), [web](https://example.org/x.md).',
      '',
      '| File | What |',
      '| --- | --- |',
      '| `src/room/` | `open.ts` opens, `missing.ts` is not here |',
      '',
      '```sh',
      'cat nowhere.ts',
      '```',
      '',
      '```',
      'src/room/         open.ts, ghost.ts',
      'src/more.ts       extras',
      '```',
      '',
      '## Public API (`@fx/room`)',
      '',
      '| Export | Meaning |',
      '| --- | --- |',
      '| `openRoom(options)` → `Room` | opens |',
      '| `extra`, `Room` | from `export *` and a type export |',
      '| `closeRoom()` | removed long ago |',
      '| `fakeRoom` | only in ./testing, so not in this entry |',
      '',
      '```ts',
      'interface Room {',
      '  vanished(): void',
      '}',
      'function vanished(): void',
      '```',
      '',
      '## Testing',
      '',
      'Table rows here are no API: `| `notAnExport` |` is fine.',
      '',
      '| `planted.ts` | a row naming a file nowhere |',
    ].join('\n'),
  )

  const allowed = [
    { file: 'packages/room/README.md', reference: 'src/gone.ts', reason: 'planted: made at build time' },
    { file: 'packages/room/README.md', reference: 'never-seen.ts', reason: 'planted: matches nothing' },
  ]
  const result = checkDocs(root, { allowed })
  const found = result.problems.map((problem) => `${problem.line} ${problem.reference}`)

  it('reports each stale file, folder, link, anchor and export, on its line', () => {
    expect(found).toEqual([
      '6 OTHER.md#nope',
      '6 gone.md',
      '10 missing.ts',
      '17 ghost.ts',
      '27 closeRoom',
      '28 fakeRoom',
      '30 vanished', // a ```ts block's names are reported at its opening fence
      '41 planted.ts',
    ])
    expect(result.problems.find((problem) => problem.reference === 'closeRoom')?.message).toContain(
      'not exported by packages/room/src/index.ts',
    )
  })

  it('lets an allowed reference pass and fails on an allowed one that matches nothing', () => {
    expect(found.some((entry) => entry.endsWith(' src/gone.ts'))).toBe(false)
    expect(result.unusedAllowed.map((entry) => entry.reference)).toEqual(['never-seen.ts'])
    expect(describeProblems(result)).toContain('ALLOWED entry for `never-seen.ts`')
  })

  it('ignores commands, routes, globs, MIME types, variables, generated folders, packages, code and external links', () => {
    for (const reference of ['nowhere.ts', 'Remote.ts', 'x.md', 'src/**/*.test.ts', './data', 'DATA_DIR/x.sqlite', 'notAnExport']) {
      expect(found.some((entry) => entry.endsWith(` ${reference}`)), reference).toBe(false)
    }
  })
})

describe('the pieces', () => {
  it.each([
    ['src/room/', true],
    ['docLayout.ts', true],
    ['room/useBoardRoom', true],
    ['PROTOCOL.md', true],
    ['pnpm test', false],
    ['/usr/bin/chromium', false],
    ['src/**/*.ts', false],
    ['text/plain', false],
    ['DATA_DIR/sammen.sqlite', false],
    ['openBoardRoom', false],
    ['../', false],
    ['<id>/x.ts', false],
  ])('isPathReference(%s) is %s', (token, expected) => {
    expect(isPathReference(token)).toBe(expected)
  })

  it('makes GitHub heading anchors', () => {
    expect(headingSlug('Public API (`@sammen/doc-log`)')).toBe('public-api-sammendoc-log')
    expect(headingSlug('Where things are')).toBe('where-things-are')
    expect(headingSlug('Tests: unit, [integration](x.md) and e2e')).toBe('tests-unit-integration-and-e2e')
  })

  it('reads the identifier an API table names', () => {
    expect(apiIdentifier('openBoardRoom(options)')).toBe('openBoardRoom')
    expect(apiIdentifier('facilitation.*')).toBe('facilitation')
    expect(apiIdentifier('Room[]')).toBe('Room')
    expect(apiIdentifier('Map<string, Room>')).toBe('Map')
    expect(apiIdentifier('pnpm test')).toBeNull()
  })
})
