import { journeyFromTemplate, journeyTemplates, type Journey } from '@sammen/journey-model'
import { boardToJourney, JOURNEY_FRAME_TYPE } from '@sammen/journey-shapes'
import type { TLRecord } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { journeyBoardRecords, type JourneyBoardRecords } from './journeyBoardRecords'
import { planJourneyLayout } from './journeyLayout'

const PAGE_ID = 'page:page'

/** The records a store holds after `createShapes`/`createBindings` and the document meta write. */
function asStoreRecords({ shapes, bindings, meta }: JourneyBoardRecords): TLRecord[] {
  const records: unknown[] = [
    { typeName: 'document', id: 'document:document', name: '', gridSize: 10, meta: { sammen: meta } },
    ...shapes.map((shape, index) => ({ typeName: 'shape', parentId: PAGE_ID, index: `a${index}`, rotation: 0, isLocked: false, opacity: 1, meta: {}, ...shape })),
    ...bindings.map((binding) => ({ typeName: 'binding', meta: {}, ...binding })),
  ]
  return records as TLRecord[]
}

/** The template journey's steps in journey order (phase, lane, then as the template lists them). */
function inJourneyOrder(journey: Journey) {
  const phase = new Map(journey.phases.map((item, index) => [item.id as string, index]))
  const lane = new Map(journey.lanes.map((item, index) => [item.id as string, index]))
  return [...journey.steps].sort((a, b) => phase.get(a.phaseId)! - phase.get(b.phaseId)! || lane.get(a.laneId)! - lane.get(b.laneId)!)
}

describe('a laid-out journey read back with boardToJourney', () => {
  for (const template of journeyTemplates) {
    it(`gives back the journey of "${template.name}"`, () => {
      const journey = journeyFromTemplate(template)
      const records = journeyBoardRecords(journey, planJourneyLayout(journey, { emotionLaneName: 'Følelser' }))
      const board = boardToJourney(asStoreRecords(records))
      const read = board.journey

      expect(board.leftOut).toEqual([])
      expect(read.lifeEvent).toEqual(journey.lifeEvent)
      expect(read.situation).toBe(journey.situation)
      expect(read.agencies.map((agency) => agency.id)).toEqual(journey.agencies.map((agency) => agency.id))
      expect(read.phases).toEqual(journey.phases)
      expect(read.lanes).toEqual(journey.lanes)

      // Card items take their shape's id; map them back to the template's ids through the card texts' order.
      const expectedSteps = inJourneyOrder(journey)
      expect(read.steps.map(({ text, channel, agencyId, phaseId, laneId, emotion, duration }) => ({ text, channel, agencyId, phaseId, laneId, emotion, duration }))).toEqual(
        expectedSteps.map(({ text, channel, agencyId, phaseId, laneId, emotion, duration }) => ({ text, channel, agencyId, phaseId, laneId, emotion, duration })),
      )
      const templateIdOf = new Map(read.steps.map((step, index) => [step.id as string, expectedSteps[index]!.id as string]))

      const painPoint = (item: Journey['painPoints'][number], stepId: string | undefined) => ({
        text: item.text,
        agencyId: item.agencyId,
        severity: item.severity,
        category: item.category,
        stepId,
      })
      const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text)
      expect(read.painPoints.map((item) => painPoint(item, item.stepId && templateIdOf.get(item.stepId))).sort(byText)).toEqual(
        journey.painPoints.map((item) => painPoint(item, item.stepId)).sort(byText),
      )

      const handoff = (from: string, to: string, carriedBy: string, information: string[]) => ({ from, to, carriedBy, information })
      const byEnds = (a: { from: string; to: string }, b: { from: string; to: string }) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`)
      expect(read.handoffs.map((item) => handoff(templateIdOf.get(item.fromStepId)!, templateIdOf.get(item.toStepId)!, item.carriedBy, item.information)).sort(byEnds)).toEqual(
        journey.handoffs.map((item) => handoff(item.fromStepId, item.toStepId, item.carriedBy, item.information)).sort(byEnds),
      )
    })
  }

  it('puts the cards in the frame, so they move with it', () => {
    const journey = journeyFromTemplate(journeyTemplates[0]!)
    const records = journeyBoardRecords(journey, planJourneyLayout(journey, { emotionLaneName: 'Følelser' }))
    const frame = records.shapes.find((shape) => shape.type === JOURNEY_FRAME_TYPE)!
    const cards = records.shapes.filter((shape) => shape.type === 'step-card' || shape.type === 'pain-point')
    expect(cards.length).toBeGreaterThan(0)
    expect(cards.every((card) => card.parentId === frame.id)).toBe(true)
  })
})
