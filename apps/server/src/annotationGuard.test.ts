import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { ANNOTATIONS_MAP_NAME, onlyAddsAnnotations } from './annotationGuard'

/** The update `change` makes to a copy of `server`'s document, as a client would send it. */
function clientUpdate(server: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  const before = Y.encodeStateVector(client)
  change(client)
  return Y.encodeStateAsUpdate(client, before)
}

describe('onlyAddsAnnotations', () => {
  const server = new Y.Doc()
  server.getMap(ANNOTATIONS_MAP_NAME).set('note-1', { text: 'Jeg visste ikke hvem jeg skulle ringe', handled: null })

  it('lets a panel member add a new annotation', () => {
    const update = clientUpdate(server, (doc) => doc.getMap(ANNOTATIONS_MAP_NAME).set('note-2', { text: 'Lang ventetid', handled: null }))
    expect(onlyAddsAnnotations(server, update)).toBe(true)
  })

  it('refuses overwriting, deleting or marking an existing annotation, and writing elsewhere', () => {
    expect(onlyAddsAnnotations(server, clientUpdate(server, (doc) => doc.getMap(ANNOTATIONS_MAP_NAME).set('note-1', { text: 'Endret', handled: null })))).toBe(false)
    expect(onlyAddsAnnotations(server, clientUpdate(server, (doc) => doc.getMap(ANNOTATIONS_MAP_NAME).delete('note-1')))).toBe(false)
    expect(onlyAddsAnnotations(server, clientUpdate(server, (doc) => doc.getMap('other').set('x', 1)))).toBe(false)
    expect(onlyAddsAnnotations(server, clientUpdate(server, (doc) => doc.getArray(ANNOTATIONS_MAP_NAME + '-log').push([1])))).toBe(false)
  })
})
