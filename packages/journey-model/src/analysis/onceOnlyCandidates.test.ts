import { describe, expect, it } from 'vitest'
import { normaliseInformation, onceOnlyCandidates } from './onceOnlyCandidates'
import { smallJourney } from './smallJourney.fixture'

describe('onceOnlyCandidates', () => {
  it('groups the information the person carries, with the agency pairs it passes between', () => {
    // Carried by the person: h1 nav→skatt [inntekt, fødselsnummer], h3 kommune→nav [Inntekt, vedtak],
    // h4 nav→kommune [vedtak], h5 nav→skatt [bankkontonummer]. h2 (inntekt) is carried by the agencies.
    expect(onceOnlyCandidates(smallJourney)).toEqual([
      {
        information: 'inntekt',
        count: 2,
        handoffIds: ['h1', 'h3'],
        agencyPairs: [{ fromAgencyId: 'nav', toAgencyId: 'skatt' }, { fromAgencyId: 'kommune', toAgencyId: 'nav' }],
      },
      {
        information: 'vedtak',
        count: 2,
        handoffIds: ['h3', 'h4'],
        agencyPairs: [{ fromAgencyId: 'kommune', toAgencyId: 'nav' }, { fromAgencyId: 'nav', toAgencyId: 'kommune' }],
      },
      { information: 'fødselsnummer', count: 1, handoffIds: ['h1'], agencyPairs: [{ fromAgencyId: 'nav', toAgencyId: 'skatt' }] },
      { information: 'bankkontonummer', count: 1, handoffIds: ['h5'], agencyPairs: [{ fromAgencyId: 'nav', toAgencyId: 'skatt' }] },
    ])
  })

  it('matches information ignoring case and spacing', () => {
    expect(normaliseInformation('  Siste  ÅRS Inntekt ')).toBe('siste års inntekt')
  })
})
