import { byggeHusTemplate, journeyFromTemplate, journeySchema, type Journey } from '@sammen/journey-model'
import type { LeftOutCard } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { nb } from '../i18n/nb'
import { nn } from '../i18n/nn'
import { buildBoardJourneyFile, buildJourneyFile, journeyFileText } from './journeyFile'

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

describe('buildBoardJourneyFile', () => {
  const loose: LeftOutCard[] = [
    { shapeId: 'shape:outside', type: 'step-card', reason: 'not-in-frame' },
    { shapeId: 'shape:nobody', type: 'pain-point', reason: 'no-agency' },
    { shapeId: 'shape:blank', type: 'opportunity', reason: 'no-text' },
  ]

  it('counts the cards the board reader left out as well as the items that do not fit together', () => {
    const kommuneSteps = journey.steps.filter((step) => step.agencyId === 'kommunen')
    const sameAgency = { ...journey.handoffs[0]!, id: 'same-agency' as Journey['handoffs'][number]['id'], fromStepId: kommuneSteps[0]!.id, toStepId: kommuneSteps[1]!.id }
    const { file, gaps } = buildBoardJourneyFile({ journey: { ...journey, handoffs: [...journey.handoffs, sameAgency] }, leftOut: loose })
    expect(gaps).toEqual({ cards: 3, mismatched: 1 })
    expect(file.journey).toEqual(journey)
  })

  it('reports no gaps for a board that is all there', () => {
    expect(buildBoardJourneyFile({ journey, leftOut: [] }).gaps).toEqual({ cards: 0, mismatched: 0 })
  })

  it('tells the person about both kinds, and only those that happened, in every language', () => {
    const nbMessage = nb.reports.exportMenu.jsonLeftOut
    expect(nbMessage('reise.json', 3, 0)).toBe(
      'Lastet ned reise.json. 3 kort er ikke med fordi de mangler noe eller ligger utenfor reisen (for eksempel uten etat, uten tekst eller utenfor rammen). Rapporten viser hvilke.',
    )
    expect(nbMessage('reise.json', 0, 1)).toBe('Lastet ned reise.json. 1 ting på tavla henger ikke sammen (for eksempel en pil mellom to steg hos samme etat) og er ikke med.')
    for (const message of [nbMessage, nn.reports.exportMenu.jsonLeftOut, en.reports.exportMenu.jsonLeftOut]) {
      const both = message('reise.json', 2, 4)
      expect(both).toContain('2 ')
      expect(both).toContain('4 ')
      expect(both.match(/reise\.json/g)).toHaveLength(1)
    }
  })
})
