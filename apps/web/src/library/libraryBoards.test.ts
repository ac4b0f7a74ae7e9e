import type { LibraryBoard } from '@sammen/protocol'
import { describe, expect, it } from 'vitest'
import { filterChoices, groupBoards, mergeBoards } from './libraryBoards'
import { NO_FILTERS } from './libraryFilters'

const nav = { id: 'nav', name: 'NAV', shortName: 'NAV', colour: '#c30000' }
const kommunen = { id: 'kommunen', name: 'Kommunen', shortName: 'Kommunen', colour: '#1f4e79' }

function board(boardId: string, fields: Partial<LibraryBoard> = {}): LibraryBoard {
  return {
    boardId,
    title: boardId,
    lifeEvent: null,
    situation: '',
    agencies: [],
    counts: { steps: 0, painPoints: 0, handoffs: 0, kasteball: 0, opportunities: 0, benefits: 0 },
    stage: 'as-is',
    asIsBoardId: null,
    toBeBoardIds: [],
    editedAt: 0,
    indexedAt: 0,
    ...fields,
  }
}

describe('mergeBoards', () => {
  it("takes the server's entry for a board both know, and marks the rest as this browser's only", () => {
    const merged = mergeBoards([board('tavle-a', { title: 'Fra server' })], [board('tavle-a', { title: 'Lokal' }), board('tavle-b')])
    expect(merged.map(({ board, source }) => [board.boardId, board.title, source])).toEqual([
      ['tavle-a', 'Fra server', 'server'],
      ['tavle-b', 'tavle-b', 'local'],
    ])
  })
})

describe('groupBoards', () => {
  const shown = (boards: LibraryBoard[]) => boards.map((item) => ({ board: item, source: 'server' as const }))

  it('puts a to-be board under its as-is board, linked from either side, newest group first', () => {
    const groups = groupBoards(
      shown([
        board('som-er-1', { editedAt: 10, toBeBoardIds: ['onsket-1'] }),
        board('onsket-1', { stage: 'to-be', asIsBoardId: 'som-er-1', editedAt: 50 }),
        // Only the as-is board knows the link yet.
        board('som-er-2', { editedAt: 20, toBeBoardIds: ['onsket-2'] }),
        board('onsket-2', { stage: 'to-be', asIsBoardId: null, editedAt: 5 }),
        board('alene', { editedAt: 30 }),
      ]),
      NO_FILTERS,
    )
    expect(groups.map((group) => [group.head.board.boardId, group.toBe.map((item) => item.board.boardId), group.missingAsIs])).toEqual([
      ['som-er-1', ['onsket-1'], false],
      ['alene', [], false],
      ['som-er-2', ['onsket-2'], false],
    ])
  })

  it('shows a to-be board whose as-is board is not in the library on its own, saying so', () => {
    const groups = groupBoards(shown([board('onsket', { stage: 'to-be', asIsBoardId: 'skjult-tavle' })]), NO_FILTERS)
    expect(groups).toEqual([{ head: expect.objectContaining({ board: expect.objectContaining({ boardId: 'onsket' }) }), toBe: [], missingAsIs: true }])
  })

  it('keeps a whole pair when either board passes the filters', () => {
    const boards = shown([
      board('som-er', { lifeEvent: { id: 'fa-barn', name: 'Få barn' }, agencies: [nav], toBeBoardIds: ['onsket'] }),
      board('onsket', { stage: 'to-be', asIsBoardId: 'som-er', title: 'Digital søknad om foreldrepenger' }),
      board('annen', { lifeEvent: { id: 'bygge-hus', name: 'Bygge hus' }, agencies: [kommunen], situation: 'Jeg skal bygge hus' }),
    ])
    const ids = (filters: Partial<typeof NO_FILTERS>) => groupBoards(boards, { ...NO_FILTERS, ...filters }).map((group) => group.head.board.boardId)
    expect(ids({ text: 'søknad' })).toEqual(['som-er'])
    expect(ids({ lifeEventId: 'bygge-hus' })).toEqual(['annen'])
    expect(ids({ agencyId: 'nav' })).toEqual(['som-er'])
    expect(ids({ agencyId: 'nav', lifeEventId: 'bygge-hus' })).toEqual([])
    expect(ids({ text: 'BYGGE hus' })).toEqual(['annen'])
    // Folded as the card search folds: "sok" finds "søknad".
    expect(ids({ text: 'sok' })).toEqual(['som-er'])
  })
})

describe('filterChoices', () => {
  it('lists each life event and agency once, by name', () => {
    const choices = filterChoices([
      { board: board('a', { lifeEvent: { id: 'fa-barn', name: 'Få barn' }, agencies: [nav, kommunen] }), source: 'server' },
      { board: board('b', { lifeEvent: { id: 'bygge-hus', name: 'Bygge hus' }, agencies: [kommunen] }), source: 'local' },
    ])
    expect(choices.lifeEvents).toEqual([
      { id: 'bygge-hus', name: 'Bygge hus' },
      { id: 'fa-barn', name: 'Få barn' },
    ])
    expect(choices.agencies.map((agency) => agency.id)).toEqual(['kommunen', 'nav'])
  })
})
