import { byggeHusTemplate, journeyFromTemplate, journeySchema, type Journey } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { buildJourneyFile, journeyFileText } from './journeyFile'

const journey = journeyFromTemplate(byggeHusTemplate)

describe('buildJourneyFile', () => {
  it('wraps a consistent journey unchanged in the versioned envelope', () => {
    const { file, leftOut } = buildJourneyFile(journey)
    expect(file).toEqual({ format: 'sammen-journey', version: 1, journey })
    expect(leftOut).toEqual({})
    expect(JSON.parse(journeyFileText(file))).toEqual(file)
  })

  it('leaves out a handoff between two steps of the same agency, and the pain point of a step it cannot keep', () => {
    const kommuneSteps = journey.steps.filter((step) => step.agencyId === 'kommunen')
    const board: Journey = {
      ...journey,
      handoffs: [...journey.handoffs, { ...journey.handoffs[0]!, id: 'same-agency' as Journey['handoffs'][number]['id'], fromStepId: kommuneSteps[0]!.id, toStepId: kommuneSteps[1]!.id }],
      painPoints: [...journey.painPoints, { ...journey.painPoints[0]!, id: 'dangling' as Journey['painPoints'][number]['id'], stepId: 'gone' as Journey['steps'][number]['id'] }],
    }
    const { file, leftOut } = buildJourneyFile(board)
    expect(leftOut).toEqual({ handoffs: 1, painPoints: 1 })
    expect(file.journey.handoffs).toEqual(journey.handoffs)
    expect(file.journey.painPoints).toEqual(journey.painPoints)
    expect(journeySchema.safeParse(file.journey).success).toBe(true)
  })
})
