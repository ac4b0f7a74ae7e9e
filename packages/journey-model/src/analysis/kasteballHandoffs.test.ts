import { describe, expect, it } from 'vitest'
import { parseJourney } from '../journey/journey'
import { kasteballHandoffs } from './kasteballHandoffs'
import { smallJourney, smallJourneyInput } from './smallJourney.fixture'

describe('kasteballHandoffs', () => {
  it('counts the handoffs the person carries, per journey and per agency pair', () => {
    const report = kasteballHandoffs(smallJourney)
    // h1, h3, h4, h5 are carried by the person; h2 by the agencies.
    expect(report.count).toBe(4)
    expect(report.handoffCount).toBe(5)
    expect(report.handoffIds).toEqual(['h1', 'h3', 'h4', 'h5'])
    expect(report.byPair).toEqual([
      { fromAgencyId: 'nav', toAgencyId: 'skatt', count: 2, handoffIds: ['h1', 'h5'] },
      { fromAgencyId: 'kommune', toAgencyId: 'nav', count: 1, handoffIds: ['h3'] },
      { fromAgencyId: 'nav', toAgencyId: 'kommune', count: 1, handoffIds: ['h4'] },
    ])
  })

  it('reports nothing when the agencies carry everything', () => {
    const journey = parseJourney({ ...smallJourneyInput, handoffs: smallJourneyInput.handoffs?.map((h) => ({ ...h, carriedBy: 'etatene' })) })
    expect(kasteballHandoffs(journey)).toEqual({ count: 0, handoffCount: 5, handoffIds: [], byPair: [] })
  })
})
