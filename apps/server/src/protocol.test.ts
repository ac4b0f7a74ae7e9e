import * as encoding from 'lib0/encoding'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { decodeClientMessage, encodeAwareness, encodeSyncStep1, encodeUpdate, isEmptyUpdate, ProtocolError } from './protocol'

function docWithData(): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap('m').set('k', 'v')
  return doc
}

describe('decodeClientMessage', () => {
  it('decodes the frames an unmodified y-websocket client sends', () => {
    const doc = docWithData()
    expect(decodeClientMessage(encodeSyncStep1(doc)).kind).toBe('syncStep1')
    expect(decodeClientMessage(encodeUpdate(Y.encodeStateAsUpdate(doc)))).toMatchObject({ kind: 'update' })
    const awareness = new Awareness(doc)
    awareness.setLocalStateField('user', { name: 'Ada' })
    expect(decodeClientMessage(encodeAwareness(encodeAwarenessUpdate(awareness, [doc.clientID]))).kind).toBe('awareness')
    awareness.destroy()
    expect(decodeClientMessage(new Uint8Array([3])).kind).toBe('queryAwareness')
  })

  it.each([
    ['empty frame', new Uint8Array([])],
    ['auth message from a client', new Uint8Array([2, 0, 0])],
    ['unknown sync type', new Uint8Array([0, 5, 0])],
    ['length beyond the frame', new Uint8Array([0, 2, 100, 1, 2])],
    ['trailing bytes', new Uint8Array([3, 0])],
    ['awareness with invalid JSON', new Uint8Array([1, 6, 1, 1, 1, 2, 0x7b, 0x7b])],
  ])('rejects %s', (_name, frame) => {
    expect(() => decodeClientMessage(frame)).toThrow(ProtocolError)
  })

  it('rejects an update that is corrupt near its end instead of letting it half-apply', () => {
    const update = Y.encodeStateAsUpdate(docWithData())
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    encoding.writeVarUint(encoder, 2)
    encoding.writeVarUint8Array(encoder, update.subarray(0, update.length - 2))
    expect(() => decodeClientMessage(encoding.toUint8Array(encoder))).toThrow(ProtocolError)
  })
})

describe('isEmptyUpdate', () => {
  it('recognizes the empty sync step 2 y-websocket sends, and nothing else', () => {
    const server = docWithData()
    const client = new Y.Doc()
    // What an unmodified provider answers the server's step 1 with when it has nothing new.
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(true)
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true)
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(docWithData()))).toBe(false)
    // A pure deletion has no structs, only a delete set: still a change.
    const doc = docWithData()
    const vector = Y.encodeStateVector(doc)
    let deletion: Uint8Array | null = null
    doc.on('update', (update: Uint8Array) => (deletion = update))
    doc.getMap('m').delete('k')
    expect(deletion).not.toBeNull()
    expect(isEmptyUpdate(deletion!)).toBe(false)
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(doc, vector))).toBe(false)
  })
})
