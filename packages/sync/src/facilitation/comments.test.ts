import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addComment, deleteComment, mentionsOfAgency, readThreads, setThreadResolved } from './comments'
import { cardIdSchema, personIdSchema } from './facilitationLayout'

const kari = { id: personIdSchema.parse('kari0001'), name: 'Kari (Kommunen)' }
const ola = { id: personIdSchema.parse('ola00002'), name: 'Ola (NAV)' }
const card = cardIdSchema.parse('shape:pain1')

describe('comment threads', () => {
  it('merges comments written at the same time by two people', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    addComment(a, { cardId: card, author: kari, text: 'Hvem eier dette?', mentions: [] }, 1)
    addComment(b, { cardId: card, author: ola, text: '@Kommunen, kan dere ta det?', mentions: ['kommunen'] }, 2)
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    for (const doc of [a, b]) {
      const [thread] = readThreads(doc)
      expect(thread?.comments.map((comment) => comment.text)).toEqual(['Hvem eier dette?', '@Kommunen, kan dere ta det?'])
    }
  })

  it('counts mentions of an agency in open threads, not the author\'s own, and not once resolved', () => {
    const doc = new Y.Doc()
    addComment(doc, { cardId: card, author: ola, text: '@Kommunen?', mentions: ['kommunen'] }, 1)
    addComment(doc, { cardId: card, author: kari, text: 'Vi i @Kommunen ser på det', mentions: ['kommunen'] }, 2)
    expect(mentionsOfAgency(readThreads(doc), 'kommunen', kari.id).map((comment) => comment.text)).toEqual(['@Kommunen?'])
    setThreadResolved(doc, card, true, kari.name, 3)
    expect(readThreads(doc)[0]?.resolved).toEqual({ resolved: true, by: kari.name, at: 3 })
    expect(mentionsOfAgency(readThreads(doc), 'kommunen', kari.id)).toEqual([])
    // A new comment opens the thread again.
    addComment(doc, { cardId: card, author: ola, text: 'Ikke løst likevel', mentions: [] }, 4)
    expect(readThreads(doc)[0]?.resolved).toBeNull()
    expect(mentionsOfAgency(readThreads(doc), 'kommunen', kari.id)).toHaveLength(1)
  })

  it('refuses empty comments and drops deleted or invalid ones', () => {
    const doc = new Y.Doc()
    expect(() => addComment(doc, { cardId: card, author: kari, text: '   ', mentions: [] })).toThrow()
    const comment = addComment(doc, { cardId: card, author: kari, text: 'Ok', mentions: [] })
    doc.getMap('comments').set('broken', { id: 'broken', text: 7 })
    expect(readThreads(doc)[0]?.comments).toHaveLength(1)
    deleteComment(doc, comment.id)
    expect(readThreads(doc)).toEqual([])
  })
})
