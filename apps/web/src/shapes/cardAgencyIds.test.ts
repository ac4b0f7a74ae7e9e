import { describe, expect, it } from 'vitest'
import { agencyIdsAttribute } from './cardAgencyIds'

describe('agencyIdsAttribute', () => {
  it('writes the attribute as space-separated ids', () => {
    expect(agencyIdsAttribute({ type: 'opportunity', props: { agencyIds: ['nav', 'egen-solsikken'] } })).toBe('nav egen-solsikken')
    expect(agencyIdsAttribute({ type: 'benefit', props: { landsWith: 'personen', contributorIds: ['nav'] } })).toBe('nav')
    expect(agencyIdsAttribute({ type: 'geo', props: {} })).toBe('')
  })
})
