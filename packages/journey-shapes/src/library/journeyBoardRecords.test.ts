import { byggeHusWithBenefits } from '@sammen/journey-model/testing'
import { findJourneyTemplate, journeyFromTemplate } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { boardToJourney } from '../boardToJourney'
import { journeyBoardRecords } from '../../testing/journeyBoardRecords'

describe('journeyBoardRecords', () => {
  it('lays a template journey out so the board reads back as the same journey', () => {
    for (const id of ['miste-og-finne-jobb', 'bygge-hus', 'fa-barn']) {
      const journey = journeyFromTemplate(findJourneyTemplate(id)!)
      const read = boardToJourney(journeyBoardRecords(journey))
      expect(read.leftOut).toEqual([])
      // The board orders steps by phase, lane and position; the template by its own list.
      const byId = (a: string[], b: string[]) => (a[0]! < b[0]! ? -1 : 1)
      expect(read.journey.steps.map((step) => [step.id as string, step.phaseId, step.laneId, step.agencyId]).sort(byId)).toEqual(
        journey.steps.map((step) => [`shape:${step.id}`, step.phaseId, step.laneId, step.agencyId]).sort(byId),
      )
      expect(read.journey.painPoints.map((painPoint) => [painPoint.id, painPoint.agencyId, painPoint.severity, painPoint.stepId ?? null, painPoint.phaseId ?? null])).toEqual(
        journey.painPoints.map((painPoint) => {
          const phaseId = painPoint.phaseId ?? journey.steps.find((step) => step.id === painPoint.stepId)?.phaseId ?? null
          return [`shape:${painPoint.id}`, painPoint.agencyId, painPoint.severity, painPoint.stepId ? `shape:${painPoint.stepId}` : null, phaseId]
        }),
      )
      expect(read.journey.handoffs.map((handoff) => [handoff.id, handoff.carriedBy, handoff.information])).toEqual(
        journey.handoffs.map((handoff) => [`shape:${handoff.id}`, handoff.carriedBy, handoff.information]),
      )
      expect(read.journey.lifeEvent).toEqual(journey.lifeEvent)
    }
  })

  it('keeps benefits, opportunities and actors', () => {
    const read = boardToJourney(journeyBoardRecords(byggeHusWithBenefits)).journey
    expect(read.benefits.map((benefit) => [benefit.text, benefit.landsWith])).toEqual(byggeHusWithBenefits.benefits.map((benefit) => [benefit.text, benefit.landsWith]))
    expect(read.opportunities.length).toBe(byggeHusWithBenefits.opportunities.length)
    expect(read.actors.length).toBe(byggeHusWithBenefits.actors.length)
  })
})
