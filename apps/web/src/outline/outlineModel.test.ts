import { describe, expect, it } from 'vitest'
import { readOutline, outlineSteps } from './outlineModel'
import { createOutlineTestStore, FRAME_ID, LOOSE, PP1, PP2, S1, S2, S3, seedOutlineTestBoard } from './outlineBoard.fixture'

function outline() {
  const store = createOutlineTestStore()
  seedOutlineTestBoard(store)
  return readOutline(store.allRecords())
}

describe('readOutline', () => {
  it('groups steps by phase and lane, and leaves the emotion lane out', () => {
    const { phases } = outline()
    expect(phases.map((phase) => [phase.id, phase.name, phase.frameId])).toEqual([
      ['for', 'Før', FRAME_ID],
      ['under', 'Under', FRAME_ID],
    ])
    expect(phases[0]!.lanes.map((lane) => lane.name)).toEqual(['Gjør', 'Etatene'])
    expect(phases[0]!.lanes[0]!.steps.map((step) => step.id)).toEqual([S1, S2])
    expect(phases[1]!.lanes[0]!.steps.map((step) => step.id)).toEqual([S3])
    expect(phases[1]!.lanes[1]!.steps).toEqual([])
  })

  it('keeps an incomplete step in its cell and says what it lacks', () => {
    const steps = outlineSteps(outline())
    expect(steps.find((step) => step.id === S2)).toMatchObject({ text: 'Ringer banken', agencyId: '', incomplete: 'no-agency' })
    expect(steps.find((step) => step.id === S1)).toMatchObject({ agencyId: 'nav', incomplete: null })
  })

  it('puts a pain point under its step, and one under no step with its phase', () => {
    const { phases } = outline()
    expect(phases[0]!.lanes[0]!.steps[0]!.painPoints).toEqual([
      { id: PP1, text: 'Må vente i ukevis', ownerAgencyId: 'kommunen', severity: 2, category: 'venting' },
    ])
    expect(phases[1]!.painPointsWithoutStep.map((painPoint) => painPoint.id)).toEqual([PP2])
  })

  it('lists the cards the journey leaves out, with the reason and their text', () => {
    expect(outline().leftOut).toEqual([{ shapeId: LOOSE, type: 'step-card', reason: 'not-in-frame', text: 'Utenfor' }])
  })

  it('reads the situation and life event from the board meta', () => {
    expect(outline()).toMatchObject({ situation: 'Jeg skal bygge hus.', lifeEventName: 'Bygge hus' })
  })

  it('is empty for a board without a frame', () => {
    const store = createOutlineTestStore()
    expect(readOutline(store.allRecords())).toMatchObject({ phases: [], situation: '', lifeEventName: '' })
  })
})
