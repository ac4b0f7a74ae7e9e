import { JOURNEY_ITEM_ID_PATTERN } from '@sammen/journey-model'
import { MIN_PHASE_W, type JourneyFrameProps } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import { addLane, addPhase, movePhase, newGridItemId, removePhase, renameLane, resizePhase, setLaneKind, withOwnGridIds } from './gridEdits'

const props: JourneyFrameProps = {
  phases: [
    { id: 'for', name: 'Før', w: 400 },
    { id: 'etter', name: 'Etter', w: 400 },
  ],
  lanes: [{ id: 'gjor', name: 'Gjør', h: 200, kind: 'steps' }],
}

describe('grid edits', () => {
  it('adds a phase at the end and a lane with the height of its kind', () => {
    expect(addPhase(props, 'Ny', 'ny').phases.map((phase) => phase.id)).toEqual(['for', 'etter', 'ny'])
    expect(addLane(props, 'Følelser', 'f', 'emotion').lanes[1]).toMatchObject({ id: 'f', kind: 'emotion' })
  })

  it('moves a phase but not past the edge', () => {
    expect(movePhase(props, 'etter', -1).phases.map((phase) => phase.id)).toEqual(['etter', 'for'])
    expect(movePhase(props, 'etter', 1)).toBe(props)
  })

  it('never removes the last phase', () => {
    const one = removePhase(props, 'for')
    expect(one.phases.map((phase) => phase.id)).toEqual(['etter'])
    expect(removePhase(one, 'etter')).toBe(one)
    // Someone else removed it first: nothing to do, so no empty undo step either.
    expect(removePhase(props, 'borte')).toBe(props)
  })

  it('renames and changes the kind of a lane; an unchanged kind is no edit', () => {
    expect(renameLane(props, 'gjor', 'Gjør selv').lanes[0]!.name).toBe('Gjør selv')
    expect(setLaneKind(props, 'gjor', 'emotion').lanes[0]!.kind).toBe('emotion')
    expect(setLaneKind(props, 'gjor', 'steps')).toBe(props)
  })

  it('does not make a column narrower than its cards or the minimum', () => {
    expect(resizePhase(props, 'for', -1000).phases[0]!.w).toBe(MIN_PHASE_W)
    expect(resizePhase(props, 'for', -1000, 300).phases[0]!.w).toBe(300)
  })

  it('makes ids journey-model accepts and never reuses one', () => {
    const values = [0.5, 0.5, 0.25]
    const id = newGridItemId('fase', [newGridItemId('fase', [], () => 0.5)], () => values.shift()!)
    expect(id).toMatch(JOURNEY_ITEM_ID_PATTERN)
    expect(id).not.toBe(newGridItemId('fase', [], () => 0.5))
  })

  it('gives a copied frame its own phase and lane ids, and leaves a frame without collisions alone', () => {
    expect(withOwnGridIds(props, new Set(['annet']))).toBe(props)
    const copy = withOwnGridIds(props, new Set(['for', 'gjor']))
    expect(copy.phases.map((phase) => phase.id)).toEqual([expect.stringMatching(/^fase-/), 'etter'])
    expect(copy.lanes[0]!.id).toMatch(/^rad-/)
    expect(copy.phases.map((phase) => phase.name)).toEqual(['Før', 'Etter'])
    for (const id of [...copy.phases, ...copy.lanes].map((item) => item.id)) expect(id).toMatch(JOURNEY_ITEM_ID_PATTERN)
  })
})
