import type { AnnotationId, AnnotationInput } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { syncFully } from '../testing/peers'
import { addAnnotation, annotationsMap, markAnnotationHandled, readAnnotations, reopenAnnotation } from './annotationsDoc'

const input = (id: string, overrides: Partial<AnnotationInput> = {}): AnnotationInput => ({
  id,
  targetShapeId: 'shape:step-1',
  feeling: 1,
  text: 'Jeg måtte sende de samme papirene tre ganger',
  author: { name: 'Petra', affiliation: 'innbygger' },
  createdAt: 1_000,
  handled: null,
  ...overrides,
})

/** Two docs joined by a perfect network, as two browsers behind one server. */
function linkedPair() {
  const panel = new Y.Doc()
  const editor = new Y.Doc()
  const relay = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (origin !== 'network') Y.applyUpdate(to, update, 'network')
  }
  panel.on('update', relay(editor))
  editor.on('update', relay(panel))
  return { panel, editor }
}

describe('annotations document', () => {
  it("reaches the other peer, which marks it handled and reopens it; the writer sees each step", () => {
    const { panel, editor } = linkedPair()
    addAnnotation(panel, input('note-aaaa01'))
    const [seen] = readAnnotations(editor).annotations
    expect(seen?.text).toBe('Jeg måtte sende de samme papirene tre ganger')
    expect(seen?.handled).toBeNull()

    expect(markAnnotationHandled(editor, 'note-aaaa01' as AnnotationId, 'Ola (NAV)', 5_000)).toBe(true)
    expect(readAnnotations(panel).annotations[0]?.handled).toEqual({ by: 'Ola (NAV)', at: 5_000 })

    expect(reopenAnnotation(editor, 'note-aaaa01' as AnnotationId)).toBe(true)
    expect(readAnnotations(panel).annotations[0]?.handled).toBeNull()
  })

  it('merges annotations written offline on both sides', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    addAnnotation(a, input('note-aaaa01', { createdAt: 2_000 }))
    addAnnotation(b, input('note-bbbb02', { createdAt: 1_000 }))
    syncFully(a, b)
    expect(readAnnotations(a).annotations.map((n) => n.id)).toEqual(['note-bbbb02', 'note-aaaa01'])
    expect(readAnnotations(b)).toEqual(readAnnotations(a))
  })

  it('skips and counts invalid entries instead of crashing', () => {
    const doc = new Y.Doc()
    addAnnotation(doc, input('note-good01'))
    const map = annotationsMap(doc)
    map.set('note-bad001', { ...input('note-bad001'), feeling: 9 })
    map.set('note-bad002', 'not an object')
    map.set('note-bad003', { ...input('note-other1') }) // filed under another id
    map.set('note-bad004', null)
    const list = readAnnotations(doc)
    expect(list.annotations.map((n) => n.id)).toEqual(['note-good01'])
    expect(list.invalid).toBe(4)
    expect(markAnnotationHandled(doc, 'note-bad001' as AnnotationId, 'Ola')).toBe(false)
    expect(reopenAnnotation(doc, 'note-missing' as AnnotationId)).toBe(false)
  })

  it('refuses invalid input and duplicate ids before anything is shared', () => {
    const doc = new Y.Doc()
    expect(() => addAnnotation(doc, input('note-aaaa01', { text: '   ' }))).toThrow()
    expect(() => addAnnotation(doc, input('note-aaaa01', { feeling: 0 as 1 }))).toThrow()
    expect(annotationsMap(doc).size).toBe(0)
    addAnnotation(doc, input('note-aaaa01'))
    expect(() => addAnnotation(doc, input('note-aaaa01', { text: 'again' }))).toThrow(/already exists/)
    expect(readAnnotations(doc).annotations[0]?.text).toBe('Jeg måtte sende de samme papirene tre ganger')
  })
})
