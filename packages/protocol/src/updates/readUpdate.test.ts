import * as encoding from 'lib0/encoding'
import * as prng from 'lib0/prng'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEFAULT_UPDATE_LIMITS, UpdateFormatError } from './limits'
import { isEmptyUpdate, readUpdate, type ParsedStruct } from './readUpdate'
import { sliceUpdate } from './sliceUpdate'

const CONTENT_KINDS: Array<[new (...args: never[]) => unknown, string]> = [
  [Y.ContentDeleted, 'deleted'],
  [Y.ContentJSON, 'json'],
  [Y.ContentBinary, 'binary'],
  [Y.ContentString, 'string'],
  [Y.ContentEmbed, 'embed'],
  [Y.ContentFormat, 'format'],
  [Y.ContentType, 'type'],
  [Y.ContentAny, 'any'],
  [Y.ContentDoc, 'doc'],
]

/** What Yjs' own reader makes of an update, in the reader's terms. */
function yjsView(update: Uint8Array) {
  const { structs, ds } = Y.decodeUpdate(update)
  return {
    structs: structs.map((struct) => {
      const base = { client: struct.id.client, clock: struct.id.clock, length: struct.length }
      if (struct instanceof Y.GC) return { kind: 'gc', ...base }
      if (struct instanceof Y.Skip) return { kind: 'skip', ...base }
      const item = struct as Y.Item
      const parent: unknown = item.parent
      const kind = CONTENT_KINDS.find(([type]) => item.content instanceof type)?.[1]
      return {
        kind: 'item',
        ...base,
        origin: item.origin ? { client: item.origin.client, clock: item.origin.clock } : null,
        rightOrigin: item.rightOrigin ? { client: item.rightOrigin.client, clock: item.rightOrigin.clock } : null,
        parent:
          parent === null
            ? { kind: 'inherit' }
            : typeof parent === 'string'
              ? { kind: 'root', name: parent }
              : { kind: 'id', id: { client: (parent as Y.ID).client, clock: (parent as Y.ID).clock } },
        parentSub: item.parentSub,
        content: kind === 'any' ? { kind, values: (item.content as Y.ContentAny).arr } : kind,
      }
    }),
    ds: [...ds.clients].map(([client, items]) => [client, items.map((d) => ({ clock: d.clock, length: d.len }))]),
  }
}

function ourView(update: Uint8Array) {
  const parsed = readUpdate(update, { ...DEFAULT_UPDATE_LIMITS, maxStructs: 1_000_000 })
  return {
    structs: parsed.sections.flatMap((section) =>
      section.structs.map((struct: ParsedStruct) =>
        struct.kind !== 'item'
          ? struct
          : { ...struct, content: struct.content.kind === 'any' ? struct.content : struct.content.kind },
      ),
    ),
    ds: [...parsed.deleteSet],
  }
}

/** A document edited at random by several clients, with every content kind Yjs has. */
function randomDocs(seed: number): Y.Doc[] {
  const gen = prng.create(seed)
  const docs = [0, 1, 2].map((i) => {
    const doc = new Y.Doc({ gc: prng.bool(gen) })
    doc.clientID = 1000 + i + seed * 10
    return doc
  })
  for (let step = 0; step < 60; step++) {
    const doc = prng.oneOf(gen, docs)
    doc.transact(() => {
      const records = doc.getMap<Y.Array<unknown>>('records')
      const meta = doc.getMap('meta')
      const text = doc.getText('text')
      switch (prng.int32(gen, 0, 7)) {
        case 0: {
          const fields = new Y.Array<unknown>()
          fields.push([{ k: 'x', v: prng.int32(gen, -5, 5) }, { k: 'props.text', v: prng.word(gen) }])
          records.set(`shape:${prng.int32(gen, 0, 6)}`, fields)
          break
        }
        case 1: {
          const keys = [...records.keys()]
          if (keys.length > 0) {
            const fields = records.get(prng.oneOf(gen, keys))!
            if (fields.length > 0 && prng.bool(gen)) fields.delete(0, 1)
            fields.push([{ k: 'y', v: { nested: [1, 2.5, null, true, { deep: prng.word(gen) }] } }])
          }
          break
        }
        case 2:
          meta.set(prng.word(gen, 1, 4), prng.bool(gen) ? prng.word(gen) : new Uint8Array([1, 2, 3]))
          break
        case 3:
          records.delete(`shape:${prng.int32(gen, 0, 6)}`)
          break
        case 4:
          text.insert(prng.int32(gen, 0, text.length), prng.utf16String(gen, 6), prng.bool(gen) ? { bold: true } : undefined)
          break
        case 5:
          if (text.length > 2) text.delete(prng.int32(gen, 0, text.length - 2), 2)
          text.insertEmbed(0, { image: 'x' })
          break
        case 6:
          doc.getArray('list').insert(0, [prng.real53(gen), -prng.uint32(gen, 0, 1e9), 'ø'])
          break
        default:
          doc.getMap('docs').set('sub', new Y.Doc())
      }
    })
    // Exchange some updates so origins point across clients.
    if (prng.int32(gen, 0, 3) === 0) {
      const [from, to] = [prng.oneOf(gen, docs), prng.oneOf(gen, docs)]
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
    }
  }
  return docs
}

describe('readUpdate', () => {
  it('reads every update exactly as Yjs does (40 random documents, full and incremental updates)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const docs = randomDocs(seed)
      const updates = [
        ...docs.map((doc) => Y.encodeStateAsUpdate(doc)),
        Y.encodeStateAsUpdate(docs[0]!, Y.encodeStateVector(docs[1]!)),
        // mergeUpdates of updates with gaps yields Skip structs.
        Y.mergeUpdates([Y.encodeStateAsUpdate(docs[2]!, Y.encodeStateVector(docs[0]!)), Y.encodeStateAsUpdate(docs[1]!)]),
      ]
      for (const update of updates) expect(ourView(update), `seed ${seed}`).toEqual(yjsView(update))
    }
  })

  it('reads the empty update and calls it empty', () => {
    const parsed = readUpdate(Y.encodeStateAsUpdate(new Y.Doc()), DEFAULT_UPDATE_LIMITS)
    expect(parsed.structCount).toBe(0)
    expect(isEmptyUpdate(parsed)).toBe(true)
  })

  it('refuses trailing bytes, truncation, two sections of one client and unknown tags', () => {
    const doc = new Y.Doc()
    doc.getMap('meta').set('title', 'Bygge hus')
    const update = Y.encodeStateAsUpdate(doc)
    const refused = (bytes: Uint8Array) => {
      try {
        readUpdate(bytes, DEFAULT_UPDATE_LIMITS)
        return null
      } catch (error) {
        expect(error).toBeInstanceOf(UpdateFormatError)
        return (error as UpdateFormatError).problem
      }
    }
    expect(refused(new Uint8Array([...update, 0]))).toBe('malformed')
    for (let cut = 1; cut < update.length; cut++) expect(refused(update.subarray(0, cut)), `cut at ${cut}`).toBe('malformed')
    // Two sections for one client: Yjs keeps only the second and silently drops the first.
    const twice = encoding.createEncoder()
    encoding.writeVarUint(twice, 2)
    for (const clock of [0, 1]) {
      encoding.writeVarUint(twice, 1)
      encoding.writeVarUint(twice, 7)
      encoding.writeVarUint(twice, clock)
      encoding.writeUint8(twice, 0) // GC
      encoding.writeVarUint(twice, 1)
    }
    encoding.writeVarUint(twice, 0)
    expect(refused(encoding.toUint8Array(twice))).toBe('malformed')
    // An item whose content ref is 11 (no such content) and a JSON value of unknown type 12.
    const unknownContent = new Uint8Array([1, 1, 7, 0, 11, 1, 1, 97, 0, 0])
    expect(refused(unknownContent)).toBe('malformed')
    // Counts larger than the bytes that follow are refused before anything is allocated.
    expect(refused(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]))).toBe('malformed')
  })

  it('stops at the struct and depth limits while reading', () => {
    const doc = new Y.Doc()
    doc.transact(() => {
      for (let i = 0; i < 30; i++) doc.getMap('meta').set(`k${i}`, i)
    })
    expect(() => readUpdate(Y.encodeStateAsUpdate(doc), { ...DEFAULT_UPDATE_LIMITS, maxStructs: 20 })).toThrow(/more than 20 structs/)

    // A hostile client writes the bytes by hand: one item whose value is 20,000 nested arrays.
    const bomb = encoding.createEncoder()
    encoding.writeVarUint(bomb, 1)
    encoding.writeVarUint(bomb, 1)
    encoding.writeVarUint(bomb, 9)
    encoding.writeVarUint(bomb, 0)
    encoding.writeUint8(bomb, 8 | 0x20)
    encoding.writeVarUint(bomb, 1)
    encoding.writeVarString(bomb, 'meta')
    encoding.writeVarString(bomb, 'deep')
    encoding.writeVarUint(bomb, 1)
    for (let i = 0; i < 20_000; i++) {
      encoding.writeUint8(bomb, 117)
      encoding.writeVarUint(bomb, 1)
    }
    encoding.writeUint8(bomb, 126)
    encoding.writeVarUint(bomb, 0)
    const error = (() => {
      try {
        readUpdate(encoding.toUint8Array(bomb), DEFAULT_UPDATE_LIMITS)
      } catch (caught) {
        return caught as UpdateFormatError
      }
      return null
    })()
    expect(error?.problem).toBe('too-deep')
  })

  it('refuses a "__proto__" key in a value', () => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 1) // one client
    encoding.writeVarUint(encoder, 1) // one struct
    encoding.writeVarUint(encoder, 5) // client
    encoding.writeVarUint(encoder, 0) // clock
    encoding.writeUint8(encoder, 8 | 0x20) // ContentAny with parentSub
    encoding.writeVarUint(encoder, 1) // parent is a root
    encoding.writeVarString(encoder, 'meta')
    encoding.writeVarString(encoder, 'x')
    encoding.writeVarUint(encoder, 1)
    encoding.writeUint8(encoder, 118)
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarString(encoder, '__proto__')
    encoding.writeUint8(encoder, 120)
    encoding.writeVarUint(encoder, 0)
    expect(() => readUpdate(encoding.toUint8Array(encoder), DEFAULT_UPDATE_LIMITS)).toThrow(/__proto__/)
  })
})

describe('sliceUpdate', () => {
  it('slices whose application equals applying the whole update (20 random documents)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const docs = randomDocs(seed)
      for (const doc of docs.slice(0, 1)) Y.applyUpdate(doc, Y.encodeStateAsUpdate(docs[1]!))
      const update = Y.encodeStateAsUpdate(docs[0]!)
      const parsed = readUpdate(update, DEFAULT_UPDATE_LIMITS)
      const whole = new Y.Doc()
      Y.applyUpdate(whole, update)
      for (const size of [1, 3, 17]) {
        const slices = sliceUpdate(update, parsed, size)
        expect(slices.length).toBe(Math.ceil(parsed.structCount / size) || 1)
        const sliced = new Y.Doc()
        for (const slice of slices) {
          expect(readUpdate(slice, DEFAULT_UPDATE_LIMITS).structCount).toBeLessThanOrEqual(size)
          Y.applyUpdate(sliced, slice)
        }
        expect(sliced.store.pendingStructs, `seed ${seed} size ${size}`).toBeNull()
        expect(sliced.store.pendingDs).toBeNull()
        expect(Y.encodeStateAsUpdate(sliced)).toEqual(Y.encodeStateAsUpdate(whole))
      }
    }
  })

  it('also cuts by bytes: no slice over the budget unless one struct alone is larger, and the same result', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const docs = randomDocs(seed)
      const update = Y.encodeStateAsUpdate(docs[0]!)
      const parsed = readUpdate(update, DEFAULT_UPDATE_LIMITS)
      const whole = new Y.Doc()
      Y.applyUpdate(whole, update)
      for (const maxBytes of [1, 40, 200]) {
        const slices = sliceUpdate(update, parsed, 1_000, maxBytes)
        const sliced = new Y.Doc()
        for (const slice of slices) {
          const structs = readUpdate(slice, DEFAULT_UPDATE_LIMITS).structCount
          // The section header and delete set add a few bytes; a single struct may exceed the budget on its own.
          if (structs > 1) expect(slice.byteLength, `seed ${seed} budget ${maxBytes}`).toBeLessThanOrEqual(maxBytes + 32)
          Y.applyUpdate(sliced, slice)
        }
        if (maxBytes === 1) expect(slices.length).toBe(parsed.structCount)
        expect(sliced.store.pendingStructs).toBeNull()
        expect(Y.encodeStateAsUpdate(sliced)).toEqual(Y.encodeStateAsUpdate(whole))
      }
    }
  })
})
