import { describe, expect, it } from 'vitest'
import { diffBoards, type DiffableRecord } from './diffBoards'

function shape(id: string, type: string, fields: Partial<DiffableRecord> & { props?: Record<string, unknown> } = {}): DiffableRecord {
  return { id: `shape:${id}`, typeName: 'shape', type, x: 0, y: 0, index: 'a1', parentId: 'page:p', meta: {}, ...fields, props: { ...fields.props } }
}

const page = { id: 'page:p', typeName: 'page', name: 'Side 1', index: 'a1', meta: {} }

describe('diffBoards', () => {
  it('finds nothing between equal boards, whatever the order', () => {
    const records = [page, shape('a', 'step-card'), shape('b', 'arrow')]
    const diff = diffBoards(records, [...records].reverse())
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, total: 0 })
    expect(diff.painPoints).toEqual([])
  })

  it('groups added, removed and changed shapes by kind, with the changed fields', () => {
    const before = [
      page,
      shape('step1', 'step-card', { props: { title: 'Søke', phase: 'before' } }),
      shape('step2', 'step-card'),
      shape('arrow1', 'arrow', { props: { start: 'a' } }),
      shape('note', 'note'),
    ]
    const after = [
      { ...page, name: 'Renamed page' },
      shape('step1', 'step-card', { x: 40, props: { title: 'Søke om plass', phase: 'before' } }),
      shape('step3', 'step-card'),
      shape('arrow1', 'arrow', { props: { start: 'b' } }),
      shape('arrow2', 'arrow'),
      shape('note', 'note'),
      shape('geo', 'geo'),
    ]
    const diff = diffBoards(before, after)
    expect(diff.stepCards.added.map((e) => e.id)).toEqual(['shape:step3'])
    expect(diff.stepCards.removed.map((e) => e.id)).toEqual(['shape:step2'])
    expect(diff.stepCards.changed).toHaveLength(1)
    expect(diff.stepCards.changed[0]).toMatchObject({ id: 'shape:step1', type: 'step-card', fields: ['props.title', 'x'] })
    expect(diff.stepCards.changed[0]?.before?.x).toBe(0)
    expect(diff.stepCards.changed[0]?.after?.x).toBe(40)
    expect(diff.handoffs.added.map((e) => e.id)).toEqual(['shape:arrow2'])
    expect(diff.handoffs.changed[0]?.fields).toEqual(['props.start'])
    expect(diff.otherShapes.added.map((e) => e.type)).toEqual(['geo'])
    expect(diff.otherShapes.changed).toEqual([])
    // Pages are not shapes: renaming one is not reported.
    expect(diff.summary).toEqual({ added: 3, removed: 1, changed: 2, total: 6 })
  })

  it('groups pain points by owning agency, unowned last', () => {
    const before = [
      shape('p1', 'pain-point', { props: { ownerAgencyId: 'nav', text: 'Venter' } }),
      shape('p2', 'pain-point', { props: { ownerAgencyId: 'skatt' } }),
      shape('p3', 'pain-point', { props: { ownerAgencyId: 'nav' } }),
    ]
    const after = [
      shape('p1', 'pain-point', { props: { ownerAgencyId: 'nav', text: 'Venter lenge' } }),
      shape('p3', 'pain-point', { props: { ownerAgencyId: 'kommune' } }),
      shape('p4', 'pain-point', { props: {} }),
      shape('p5', 'pain-point', { props: { ownerAgencyId: 'nav' } }),
    ]
    const diff = diffBoards(before, after)
    expect(diff.painPoints.map((g) => g.ownerAgencyId)).toEqual(['kommune', 'nav', 'skatt', null])
    const [kommune, nav, skatt, unowned] = diff.painPoints
    expect(kommune?.changed.map((e) => [e.id, e.fields])).toEqual([['shape:p3', ['props.ownerAgencyId']]])
    expect(nav?.changed.map((e) => [e.id, e.fields])).toEqual([['shape:p1', ['props.text']]])
    expect(nav?.added.map((e) => e.id)).toEqual(['shape:p5'])
    expect(skatt?.removed.map((e) => e.id)).toEqual(['shape:p2'])
    expect(unowned?.added.map((e) => e.id)).toEqual(['shape:p4'])
    expect(diff.summary).toEqual({ added: 2, removed: 1, changed: 2, total: 5 })
  })

  it('reports a removed props field and a meta change', () => {
    const before = [shape('s', 'step-card', { props: { title: 'a', note: 'x' } })]
    const after = [shape('s', 'step-card', { props: { title: 'a' }, meta: { reviewed: true } })]
    expect(diffBoards(before, after).stepCards.changed[0]?.fields).toEqual(['meta.reviewed', 'props.note'])
  })
})
