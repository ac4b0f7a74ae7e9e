import type { Annotation } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { countAnnotations, groupAnnotations } from './annotationGroups'

const note = (id: string, target: string, createdAt: number, handled = false) =>
  ({
    id,
    targetShapeId: target,
    feeling: 2,
    text: id,
    author: { name: 'P', affiliation: 'innbygger' },
    createdAt,
    handled: handled ? { by: 'Ola', at: createdAt + 1 } : null,
  }) as Annotation

describe('groupAnnotations', () => {
  it('groups by card, open first, cards with the newest open annotation first, fully handled cards last', () => {
    const groups = groupAnnotations([
      note('a1', 'shape:a', 10),
      note('b1', 'shape:b', 30, true),
      note('c1', 'shape:c', 20),
      note('a2', 'shape:a', 40, true),
      note('a3', 'shape:a', 15),
    ])
    expect(groups.map((g) => [g.targetShapeId, g.open, g.annotations.map((a) => a.id)])).toEqual([
      ['shape:c', 1, ['c1']],
      ['shape:a', 2, ['a3', 'a1', 'a2']],
      ['shape:b', 0, ['b1']],
    ])
  })

  it('counts open and handled', () => {
    expect(countAnnotations([note('a', 's', 1), note('b', 's', 2, true), note('c', 's', 3)])).toEqual({ open: 2, handled: 1 })
    expect(countAnnotations([])).toEqual({ open: 0, handled: 0 })
  })
})
