import 'fake-indexeddb/auto'
import { parseBoardId } from '@sammen/journey-model'
import { FRAME_HEADER_H, FRAME_LABEL_W, sammenBoardSchema, withBoardJourneyMeta } from '@sammen/journey-shapes'
import { createLocalDatabase, DexieDocPersistence, docLayout, ensureLocalBoard, type LocalBoardSummary, type SammenLocalDatabase } from '@sammen/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { indexLocalBoard, indexLocalBoards } from './localIndex'

const shape = (id: string, type: string, x: number, y: number, props: object, parentId = 'page:page') =>
  sammenBoardSchema.types.shape.validate({ id: `shape:${id}`, typeName: 'shape', type, x, y, rotation: 0, index: `a${id.length}${id}`, parentId, isLocked: false, opacity: 1, meta: {}, props })

/** A small journey as a browser stores it: one frame, two steps (NAV, kommunen), one pain point owned by NAV. */
function journeyRecords(): object[] {
  const cell = (phase: number) => ({ x: FRAME_LABEL_W + phase * 600 + 20, y: FRAME_HEADER_H + 20 })
  const step = (id: string, phase: number, text: string, agencyId: string) =>
    shape(id, 'step-card', cell(phase).x, cell(phase).y, { w: 240, h: 148, text, agencyId, channel: 'digital', emotion: null, duration: '' }, 'shape:frame')
  return [
    {
      id: 'document:document',
      typeName: 'document',
      gridSize: 10,
      name: '',
      meta: withBoardJourneyMeta({}, { lifeEvent: { id: 'fa-barn' as never, name: 'Få barn' }, situation: 'Vi venter barn', agencies: [] }),
    },
    shape('frame', 'journey-frame', 0, 0, {
      phases: [
        { id: 'for', name: 'Før', w: 600 },
        { id: 'etter', name: 'Etter', w: 600 },
      ],
      lanes: [{ id: 'person', name: 'Det vi gjør', h: 400, kind: 'steps' }],
    }),
    step('s1', 0, 'Søker om foreldrepenger', 'nav'),
    step('s2', 1, 'Søker om barnehageplass', 'kommunen'),
    shape('p1', 'pain-point', 2000, 2000, { w: 240, h: 148, text: 'Vet ikke når søknaden er ferdig', ownerAgencyId: 'nav', severity: 2, category: 'venting' }),
  ]
}

async function storeBoard(db: SammenLocalDatabase, boardId: string, title: string, records: object[]): Promise<LocalBoardSummary> {
  const doc = new Y.Doc()
  const persistence = new DexieDocPersistence(db, boardId, doc)
  await persistence.whenLoaded
  doc.transact(() => {
    for (const record of records) docLayout.getRecordsMap(doc).set((record as { id: string }).id, docLayout.createRecordFields(record))
    docLayout.getMetaMap(doc).set(docLayout.META_TITLE, title)
  })
  await persistence.destroy()
  doc.destroy()
  return ensureLocalBoard(db, parseBoardId(boardId))
}

describe('the boards this browser holds, indexed for the library', () => {
  let db: SammenLocalDatabase
  beforeEach(() => {
    db = createLocalDatabase(`library-test-${Math.random()}`)
  })
  afterEach(async () => {
    db.close()
    await db.delete()
  })

  it("reads a board's journey, title and text out of IndexedDB as the server's index does", async () => {
    const summary = await storeBoard(db, 'tavle-fa-barn', 'Familien Hansen', journeyRecords())
    const entry = await indexLocalBoard(db, summary, 5000)
    expect(entry.board).toMatchObject({
      boardId: 'tavle-fa-barn',
      title: 'Familien Hansen',
      lifeEvent: { id: 'fa-barn', name: 'Få barn' },
      situation: 'Vi venter barn',
      counts: { steps: 2, painPoints: 1, handoffs: 0, kasteball: 0 },
      stage: 'as-is',
      editedAt: summary.lastEditedAt,
      indexedAt: 5000,
    })
    expect(entry.board.agencies.map((agency) => agency.id).sort()).toEqual(['kommunen', 'nav'])
    expect(entry.cards.map((card) => card.text)).toContain('Vet ikke når søknaden er ferdig')
    expect(entry.journey.painPoints[0]).toMatchObject({ id: 'shape:p1', agencyId: 'nav', severity: 2 })
  })

  it('reads every board, an empty one too, and reads a board again only after it changed', async () => {
    const first = await storeBoard(db, 'tavle-en', 'En', journeyRecords())
    const empty = await storeBoard(db, 'tavle-tom', '', [])
    const index = await indexLocalBoards(db, [first, empty])
    expect(index.failed).toBe(0)
    expect(index.entries.map((entry) => [entry.board.boardId, entry.board.title, entry.board.counts.steps])).toEqual([
      ['tavle-en', 'En', 2],
      ['tavle-tom', '', 0],
    ])
    // Unchanged: the same entry. Changed (a later edit time): read anew.
    expect(await indexLocalBoard(db, first)).toBe(index.entries[0])
    const changed = await storeBoard(db, 'tavle-en', 'En (endret)', journeyRecords())
    const reread = await indexLocalBoard(db, { ...changed, lastEditedAt: first.lastEditedAt + 1 })
    expect(reread.board.title).toBe('En (endret)')
  })
})
