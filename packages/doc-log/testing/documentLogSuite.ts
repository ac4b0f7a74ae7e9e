// The conformance suite every DocumentLog adapter runs from its own test file (server: SQLite and PostgreSQL;
// browser: Dexie). A case that one adapter cannot meet is a bug in that adapter, or a documented exception in
// this package's README; never a weaker case.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyDocumentState, encodeDocumentState, type DocumentLog, type StoredDocument } from '../src/documentLog'
import { harnessSession, sameBytes, type StoreHarness } from './harness'

const KEY = 'suite-doc-1'
const OTHER = 'suite-doc-2'
// Adapters index by key; a key that extends another (a board and its annotations) must not match it.
const EXTENDED = `${KEY}:annotations`

/** A document from what a log loaded, applied the way the server and the browser do. */
export function docFromStored(stored: StoredDocument | null, log: Pick<DocumentLog, 'stateEncoding'>): Y.Doc {
  const doc = new Y.Doc()
  if (stored?.state) applyDocumentState(doc, stored.state, log.stateEncoding)
  for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update)
  return doc
}

/** A doc that records every update it emits, so a case can append them as a server or a tab would. */
function recordingDoc(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  return { doc, updates }
}

/** Same content and same state vector: nothing lost or invented, not merely equal JSON. */
function expectSameDocument(actual: Y.Doc, expected: Y.Doc): void {
  expect(actual.getMap('m').toJSON()).toEqual(expected.getMap('m').toJSON())
  expect(actual.getArray('list').toJSON()).toEqual(expected.getArray('list').toJSON())
  expect(Y.encodeStateVector(actual)).toEqual(Y.encodeStateVector(expected))
}

export function runDocumentLogSuite(name: string, makeHarness: () => StoreHarness<DocumentLog>): void {
  describe(`DocumentLog: ${name}`, () => {
    const session = harnessSession(makeHarness)

    it('has nothing for a key that was never written', async () => {
      const log = await session.create()
      expect(await log.loadDocument(KEY)).toBeNull()
      expect(await log.listDocuments()).toEqual([])
    })

    it('appends with increasing seqs and loads the updates back in order, byte for byte', async () => {
      const log = await session.create()
      const { doc, updates } = recordingDoc()
      doc.getMap('m').set('a', 1)
      doc.getArray<string>('list').push(['x', 'y'])
      doc.getMap('m').set('b', 'two')

      const seqs: number[] = []
      for (const update of updates) seqs.push(await log.appendUpdate(KEY, update))
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!)

      const stored = await log.loadDocument(KEY)
      expect(stored?.state).toBeNull()
      expect(stored?.updates.map((u) => Array.from(u))).toEqual(updates.map((u) => Array.from(u)))
      expect(stored?.headSeq).toBe(seqs.at(-1))
      expectSameDocument(docFromStored(stored, log), doc)
      expect(await log.listDocuments()).toEqual([KEY])
    })

    it('keeps documents apart, also a key that extends another', async () => {
      const log = await session.create()
      const docs = [KEY, EXTENDED, OTHER].map((key) => {
        const recorded = recordingDoc()
        recorded.doc.getMap('m').set('who', key)
        return { key, ...recorded }
      })
      for (const { key, updates } of docs) for (const update of updates) await log.appendUpdate(key, update)
      for (const { key } of docs) {
        const stored = await log.loadDocument(key)
        expect(stored?.updates).toHaveLength(1)
        expect(docFromStored(stored, log).getMap('m').get('who')).toBe(key)
      }
      expect((await log.listDocuments()).sort()).toEqual([KEY, EXTENDED, OTHER].sort())
    })

    it('gives concurrent appends distinct seqs and loads them in seq order', async () => {
      const log = await session.create()
      const { doc, updates } = recordingDoc()
      for (let i = 0; i < 30; i++) doc.getArray<number>('list').push([i])
      const seqs = await Promise.all(updates.map((update) => log.appendUpdate(KEY, update)))
      expect(new Set(seqs).size).toBe(updates.length)

      const stored = await log.loadDocument(KEY)
      const bySeq = updates.map((update, i) => ({ update, seq: seqs[i]! })).sort((a, b) => a.seq - b.seq)
      expect(stored?.updates.map((u) => Array.from(u))).toEqual(bySeq.map(({ update }) => Array.from(update)))
      expect(stored?.headSeq).toBe(Math.max(...seqs))
      expectSameDocument(docFromStored(stored, log), doc)
    })

    it('folds the log into the state on compaction and keeps the document identical', async () => {
      const log = await session.create()
      const { doc, updates } = recordingDoc()
      const list = doc.getArray<number>('list')
      for (let i = 0; i < 50; i++) list.push([i])
      list.delete(10, 5)
      doc.getMap('m').set('title', 'Journey')
      for (const update of updates) await log.appendUpdate(KEY, update)

      const before = await log.loadDocument(KEY)
      await log.compact(KEY, encodeDocumentState(docFromStored(before, log), log.stateEncoding), before!.headSeq)

      const after = await log.loadDocument(KEY)
      expect(after?.state).not.toBeNull()
      expect(after?.updates).toEqual([])
      expect(after?.headSeq).toBe(before?.headSeq)
      expectSameDocument(docFromStored(after, log), doc)
      expect(await log.listDocuments()).toEqual([KEY])
    })

    it('keeps appending after a compaction, with seqs that never go back', async () => {
      const log = await session.create()
      const { doc, updates } = recordingDoc()
      doc.getMap('m').set('n', 1)
      const first = await log.appendUpdate(KEY, updates[0]!)
      await log.compact(KEY, encodeDocumentState(doc, log.stateEncoding), first)

      doc.getMap('m').set('n', 2)
      const second = await log.appendUpdate(KEY, updates[1]!)
      expect(second).toBeGreaterThan(first)

      const stored = await log.loadDocument(KEY)
      expect(stored?.updates).toHaveLength(1)
      expect(stored?.headSeq).toBe(second)
      expectSameDocument(docFromStored(stored, log), doc)
    })

    it('deletes only what the state covers, and ignores a stale compaction', async () => {
      const log = await session.create()
      const { doc, updates } = recordingDoc()
      doc.getMap('m').set('k', 'first')
      const seq1 = await log.appendUpdate(KEY, updates[0]!)
      const stateAtSeq1 = encodeDocumentState(doc, log.stateEncoding)
      doc.getMap('m').set('k', 'second')
      const seq2 = await log.appendUpdate(KEY, updates[1]!)

      // A state taken before seq2 arrived: seq2 must survive it.
      await log.compact(KEY, stateAtSeq1, seq1)
      let stored = await log.loadDocument(KEY)
      expect(stored?.updates).toHaveLength(1)
      expect(docFromStored(stored, log).getMap('m').get('k')).toBe('second')

      await log.compact(KEY, encodeDocumentState(doc, log.stateEncoding), seq2)
      // A late compaction with an older state must not overwrite the newer one.
      await log.compact(KEY, stateAtSeq1, seq1)
      stored = await log.loadDocument(KEY)
      expect(stored?.updates).toEqual([])
      expect(stored?.headSeq).toBe(seq2)
      expectSameDocument(docFromStored(stored, log), doc)
    })

    it('replaces the state on a compaction at the seq it already covers, since the caller may know more', async () => {
      const log = await session.create()
      const { doc, updates } = recordingDoc()
      doc.getMap('m').set('stored', true)
      const seq = await log.appendUpdate(KEY, updates[0]!)
      await log.compact(KEY, encodeDocumentState(doc, log.stateEncoding), seq)
      // An edit whose append failed: only the next compaction can store it.
      doc.getMap('m').set('unstored', true)
      await log.compact(KEY, encodeDocumentState(doc, log.stateEncoding), seq)

      const stored = await log.loadDocument(KEY)
      expect(stored?.headSeq).toBe(seq)
      expectSameDocument(docFromStored(stored, log), doc)
    })

    it('stores a state compacted from an empty log, and appends after it', async () => {
      const log = await session.create()
      const { doc, updates } = recordingDoc()
      doc.getMap('m').set('from', 'state')
      await log.compact(KEY, encodeDocumentState(doc, log.stateEncoding), 0)
      let stored = await log.loadDocument(KEY)
      expect(stored?.headSeq).toBe(0)
      expect(stored?.updates).toEqual([])
      expect(await log.listDocuments()).toEqual([KEY])

      doc.getMap('m').set('then', 'update')
      const seq = await log.appendUpdate(KEY, updates[1]!)
      expect(seq).toBeGreaterThan(0)
      stored = await log.loadDocument(KEY)
      expect(stored?.headSeq).toBe(seq)
      expectSameDocument(docFromStored(stored, log), doc)
    })

    it('keeps an update appended while a compaction runs', async () => {
      const log = await session.create()
      const { doc, updates } = recordingDoc()
      for (let i = 0; i < 20; i++) doc.getArray<number>('list').push([i])
      for (const update of updates) await log.appendUpdate(KEY, update)
      const loaded = await log.loadDocument(KEY)
      const state = encodeDocumentState(docFromStored(loaded, log), log.stateEncoding)

      doc.getMap('m').set('during', 'compaction')
      const [, seq] = await Promise.all([log.compact(KEY, state, loaded!.headSeq), log.appendUpdate(KEY, updates.at(-1)!)])
      expect(seq).toBeGreaterThan(loaded!.headSeq)
      const stored = await log.loadDocument(KEY)
      expect(stored?.updates).toHaveLength(1)
      expect(stored?.headSeq).toBe(seq)
      expectSameDocument(docFromStored(stored, log), doc)
    })

    it('keeps the state, the pending updates and the seq numbering across a reopen', async () => {
      const log = await session.create()
      const { doc, updates } = recordingDoc()
      doc.getMap('m').set('a', 1)
      doc.getMap('m').set('b', 2)
      await log.appendUpdate(KEY, updates[0]!)
      const seq = await log.appendUpdate(KEY, updates[1]!)
      await log.compact(KEY, encodeDocumentState(doc, log.stateEncoding), seq)
      doc.getMap('m').set('c', 3)
      const last = await log.appendUpdate(KEY, updates[2]!)

      const again = await session.reopen(log)
      const stored = await again.loadDocument(KEY)
      expect(stored?.updates).toHaveLength(1)
      expect(stored?.headSeq).toBe(last)
      expectSameDocument(docFromStored(stored, again), doc)
      expect(await again.appendUpdate(KEY, updates[2]!)).toBeGreaterThan(last)
      expect(await again.listDocuments()).toEqual([KEY])
    })

    it('stores bytes exactly, also from a view into a larger buffer', async () => {
      const log = await session.create()
      const bytes = new Uint8Array(256 * 1024)
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) & 0xff
      const padded = new Uint8Array(bytes.length + 16)
      padded.set(bytes, 8)
      await log.appendUpdate(KEY, padded.subarray(8, 8 + bytes.length))
      const again = await session.reopen(log)
      const stored = await again.loadDocument(KEY)
      expect(stored?.updates).toHaveLength(1)
      expect(sameBytes(stored?.updates[0], bytes)).toBe(true)
    })

    it('two instances over the same data never share a seq, and a compaction on one keeps what the other appends', async () => {
      const one = await session.create()
      const two = await session.another(one)
      const a = recordingDoc()
      const b = recordingDoc()
      for (let i = 0; i < 10; i++) {
        a.doc.getArray<string>('list').push([`a${i}`])
        b.doc.getMap('m').set(`b${i}`, i)
      }
      const seqs = await Promise.all([
        ...a.updates.map((update) => one.appendUpdate(KEY, update)),
        ...b.updates.map((update) => two.appendUpdate(KEY, update)),
      ])
      expect(new Set(seqs).size).toBe(20)

      const loaded = await one.loadDocument(KEY)
      const merged = docFromStored(loaded, one)
      b.doc.getMap('m').set('after', 'compaction')
      await Promise.all([
        one.compact(KEY, encodeDocumentState(merged, one.stateEncoding), loaded!.headSeq),
        two.appendUpdate(KEY, b.updates.at(-1)!),
      ])

      const fromTwo = docFromStored(await two.loadDocument(KEY), two)
      expect(fromTwo.getArray('list').toJSON()).toEqual(a.doc.getArray('list').toJSON())
      expect(fromTwo.getMap('m').toJSON()).toEqual(b.doc.getMap('m').toJSON())
    })
  })
}
