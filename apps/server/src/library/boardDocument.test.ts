import { sammenBoardSchema, STEP_CARD_DEFAULT_PROPS } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { docOfStored, readBoardContent } from './boardDocument'

type Entry = { k: string; v: unknown }

function docWith(records: Record<string, Entry[]>, meta: Record<string, unknown> = {}): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    for (const [key, value] of Object.entries(meta)) doc.getMap('meta').set(key, value)
    for (const [id, entries] of Object.entries(records)) {
      const fields = new Y.Array<Entry>()
      fields.push(entries)
      doc.getMap('records').set(id, fields)
    }
  })
  return doc
}

const card = (id: string, text: string): Entry[] => [
  { k: 'id', v: id },
  { k: 'typeName', v: 'shape' },
  { k: 'type', v: 'step-card' },
  { k: 'x', v: 0 },
  { k: 'props', v: {} },
  ...Object.entries({ ...STEP_CARD_DEFAULT_PROPS, text }).map(([k, v]) => ({ k: `props.${k}`, v })),
  { k: 'meta', v: {} },
]

describe('readBoardContent', () => {
  it('reads records from their field logs, the right-most entry of a field winning, and the title', () => {
    const doc = docWith({ 'shape:a': [...card('shape:a', 'Før'), { k: 'x', v: 40 }, { k: 'props.text', v: 'Etter' }] }, { title: '  Byggesak  ', schema: sammenBoardSchema.serialize() })
    const { records, title } = readBoardContent(doc)
    expect(title).toBe('Byggesak')
    expect(records).toEqual([expect.objectContaining({ id: 'shape:a', x: 40, props: expect.objectContaining({ text: 'Etter', w: STEP_CARD_DEFAULT_PROPS.w }), meta: {} })])
  })

  it('never lets a field name reach an object’s prototype, and skips what is no field entry', () => {
    const doc = docWith({
      'shape:a': [...card('shape:a', 'Kort'), { k: '__proto__.polluted', v: 'yes' }, { k: 'props.__proto__', v: { polluted: 'yes' } }, 7 as never, { k: 3, v: 1 } as never],
    })
    const [record] = readBoardContent(doc).records as Record<string, unknown>[]
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(record!.props)).toBe(Object.prototype)
    expect((record!.props as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('migrates records written under an older schema, and reads a document without one as it is', () => {
    // A step card from before `duration` existed (step card version 0).
    const older = sammenBoardSchema.serialize()
    const sequences = { ...older.sequences, 'com.tldraw.shape.step-card': 0 }
    const entries = card('shape:old', 'Gammelt kort').filter((entry) => entry.k !== 'props.duration')
    const migrated = readBoardContent(docWith({ 'shape:old': entries }, { schema: { ...older, sequences } })).records[0] as { props: { duration?: string } }
    expect(migrated.props.duration).toBe('')
    const asIs = readBoardContent(docWith({ 'shape:old': entries })).records[0] as { props: { duration?: string } }
    expect(asIs.props.duration).toBeUndefined()
    expect(readBoardContent(new Y.Doc())).toEqual({ records: [], title: '' })
  })
})

describe('docOfStored', () => {
  it('applies the state and the updates after it, and counts what it cannot read', () => {
    const source = docWith({ 'shape:a': card('shape:a', 'Kort') }, { title: 'Tavle' })
    const state = Y.encodeStateAsUpdate(source)
    const later = new Y.Doc()
    Y.applyUpdate(later, state)
    const updates: Uint8Array[] = []
    later.on('update', (update: Uint8Array) => updates.push(update))
    later.getMap('meta').set('title', 'Ny tittel')
    const { doc, unreadable } = docOfStored({ state, updates: [...updates, new Uint8Array([255, 1, 2])], headSeq: 3 }, { stateEncoding: 'v1' })
    expect(unreadable).toBe(1)
    expect(readBoardContent(doc).title).toBe('Ny tittel')
    doc.destroy()
  })
})
