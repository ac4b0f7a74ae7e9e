import { describe, expect, it } from 'vitest'
import * as journeyModel from './index'

describe('public entry', () => {
  it('turns a template into a journey and analyses it using only the package exports', () => {
    const { journeyFromTemplate, findJourneyTemplate, kasteballHandoffs, onceOnlyCandidates, benefitMatrix, painPointsByAgencyAndPhase } = journeyModel
    const template = findJourneyTemplate('dodsfall-og-arv')
    expect(template).toBeDefined()
    const journey = journeyFromTemplate(template!, { situation: 'Jeg har mistet far' })
    // skifteattest is carried by the person to the bank, Kartverket and Statens vegvesen; the invoice to NAV
    expect(kasteballHandoffs(journey).count).toBe(4)
    expect(onceOnlyCandidates(journey)[0]).toMatchObject({ information: 'skifteattest', count: 3 })
    expect(painPointsByAgencyAndPhase(journey).total).toEqual({ count: 5, severitySum: 10 })
    expect(benefitMatrix(journey).beneficiaries.at(-1)).toBe(journeyModel.PERSON)
    expect(journeyModel.agencyCatalogue.length).toBeGreaterThanOrEqual(25)
    expect(journeyModel.isBoardId(journeyModel.createBoardId())).toBe(true)
  })
})
