import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { copyBoardDocument } from './copyBoardDocument'

describe('copyBoardDocument', () => {
  it('copies records, schema, title, comments and threads, and leaves the workshop state behind', () => {
    const source = new Y.Doc()
    const fields = new Y.Array<{ k: string; v: unknown }>()
    fields.push([{ k: 'type', v: 'step-card' }, { k: 'props.text', v: 'Søker' }])
    source.getMap('records').set('shape:a', fields)
    source.getMap('meta').set('schema', { schemaVersion: 2, sequences: {} })
    source.getMap('meta').set('title', 'Bygge hus')
    source.getMap('comments').set('c1', { text: 'Hei' })
    source.getMap('threads').set('shape:a', { resolved: true, by: 'Kari', at: 1 })
    source.getMap('facilitation').set('voteResults', { roundId: 'r', status: 'final', tallies: [], voters: 0 })
    source.getMap('facilitation').set('timer', { status: 'paused', durationMs: 1, remainingMs: 1 })
    source.getMap('votes').set('r/p/0', 'shape:a')

    const target = new Y.Doc()
    copyBoardDocument(source, target)
    expect([...target.share.keys()].sort()).toEqual(['comments', 'meta', 'records', 'threads'])
    for (const root of ['records', 'meta', 'comments', 'threads']) expect(target.getMap(root).toJSON()).toEqual(source.getMap(root).toJSON())
    // Written fresh: nothing of the source's client ids, so the new board's browser holds every clock it sends.
    expect([...target.store.clients.keys()]).toEqual([target.clientID])
  })

  it('leaves the comments and their threads behind when asked', () => {
    const source = new Y.Doc()
    source.getMap('records').set('shape:a', new Y.Array())
    source.getMap('meta').set('title', 'Bygge hus')
    source.getMap('comments').set('c1', { text: 'Hei' })
    source.getMap('threads').set('shape:a', { resolved: true, by: 'Kari', at: 1 })
    const target = new Y.Doc()
    copyBoardDocument(source, target, { comments: false })
    expect([...target.share.keys()].sort()).toEqual(['meta', 'records'])
    expect(target.getMap('records').has('shape:a')).toBe(true)
  })

  it('gives the copy its own title when asked', () => {
    const source = new Y.Doc()
    source.getMap('meta').set('title', 'Bygge hus')
    source.getMap('meta').set('schema', { schemaVersion: 2, sequences: {} })
    const target = new Y.Doc()
    copyBoardDocument(source, target, { title: 'Bygge hus (kopi)' })
    expect(target.getMap('meta').get('title')).toBe('Bygge hus (kopi)')
    expect(target.getMap('meta').get('schema')).toEqual({ schemaVersion: 2, sequences: {} })
    expect(source.getMap('meta').get('title')).toBe('Bygge hus')
  })
})
