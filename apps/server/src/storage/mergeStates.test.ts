import * as prng from 'lib0/prng'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { mergeStatesInTurns } from './mergeStates'

/** What the merge did before it ran in turns: every part applied at once to one document, unreadable ones skipped. */
function mergeAtOnce(parts: ReadonlyArray<Uint8Array | undefined>): Y.Doc {
  const doc = new Y.Doc()
  for (const part of parts) {
    if (!part) continue
    try {
      Y.applyUpdate(doc, part)
    } catch {
      // skipped
    }
  }
  return doc
}

/** A board's history as a compaction sees it: an old snapshot, a newer state, and rows, from several writers. */
function history(seed: number): Uint8Array[] {
  const random = prng.create(seed)
  const writers = [1, 2, 3].map((client) => {
    const doc = new Y.Doc()
    doc.clientID = client
    return doc
  })
  const rows: Uint8Array[] = []
  for (const writer of writers) writer.on('update', (update: Uint8Array) => rows.push(update))
  const write = (count: number) => {
    for (let n = 0; n < count; n++) {
      const writer = writers[prng.uint32(random, 0, writers.length - 1)]!
      const records = writer.getMap<Y.Array<unknown>>('records')
      const keys = [...records.keys()]
      if (keys.length > 0 && prng.bool(random)) {
        const fields = records.get(keys[prng.uint32(random, 0, keys.length - 1)]!)!
        if (fields.length > 0) fields.delete(0, 1)
        fields.push([{ k: 'x', v: prng.uint32(random, 0, 1e6) }])
      } else {
        const fields = new Y.Array<unknown>()
        fields.push(Array.from({ length: 18 }, (_, i) => ({ k: `f${i}`, v: prng.word(random, 5, 40) })))
        records.set(`shape:${seed}-${n}`, fields)
      }
      // Writers see each other now and then, as browsers on one board do.
      if (n % 100 === 0) for (const other of writers) if (other !== writer) Y.applyUpdate(other, Y.encodeStateAsUpdate(writer))
    }
  }
  write(600)
  const snapshot = Y.mergeUpdates(rows.splice(0))
  write(400)
  const state = Y.encodeStateAsUpdate(writers[0]!)
  write(100)
  return [snapshot, state, ...rows]
}

describe('mergeStatesInTurns', { timeout: 60_000 }, () => {
  it('merges an old snapshot, a state and rows into the state merging them at once gives, large parts in slices', async () => {
    for (const seed of [1, 2]) {
      const parts = history(seed)
      expect(parts[0]!.byteLength).toBeGreaterThan(64 * 1024)
      const merged = new Y.Doc()
      Y.applyUpdate(merged, await mergeStatesInTurns(parts))
      const reference = mergeAtOnce(parts)
      expect(merged.getMap('records').toJSON()).toEqual(reference.getMap('records').toJSON())
      expect(Y.encodeStateVector(merged)).toEqual(Y.encodeStateVector(reference))
      expect(Y.encodeStateAsUpdate(merged)).toEqual(Y.encodeStateAsUpdate(reference))
    }
  })

  it('skips a part nobody can read and keeps the rest, as the merge at once did', async () => {
    const parts = history(3)
    const garbage = new Uint8Array(100_000).map((_, i) => (i * 7919) % 251)
    const withGarbage = [parts[0], undefined, garbage, ...parts.slice(1)]
    const merged = new Y.Doc()
    Y.applyUpdate(merged, await mergeStatesInTurns(withGarbage))
    expect(merged.getMap('records').toJSON()).toEqual(mergeAtOnce(parts).getMap('records').toJSON())
  })
})
