import { describe, expect, it } from 'vitest'
import { agencyIdsAttribute, agencyIdsOfCard } from './cardAgencyIds'

describe('agencyIdsOfCard', () => {
  it('reads the agency of each kind of card', () => {
    expect(agencyIdsOfCard({ type: 'step-card', props: { agencyId: 'nav' } })).toEqual(['nav'])
    expect(agencyIdsOfCard({ type: 'pain-point', props: { ownerAgencyId: 'kommunen' } })).toEqual(['kommunen'])
    expect(agencyIdsOfCard({ type: 'opportunity', props: { agencyIds: ['nav', 'skatteetaten'] } })).toEqual(['nav', 'skatteetaten'])
    expect(agencyIdsOfCard({ type: 'actor', props: { agencyId: 'kartverket' } })).toEqual(['kartverket'])
  })

  it('counts a benefit for where it lands and who contributes, but not the person, and each agency once', () => {
    expect(agencyIdsOfCard({ type: 'benefit', props: { landsWith: 'nav', contributorIds: ['skatteetaten', 'nav'] } })).toEqual(['nav', 'skatteetaten'])
    expect(agencyIdsOfCard({ type: 'benefit', props: { landsWith: 'personen', contributorIds: ['nav'] } })).toEqual(['nav'])
  })

  it('gives an empty list for a card without an agency and null for shapes that are not agency cards', () => {
    expect(agencyIdsOfCard({ type: 'step-card', props: { agencyId: '' } })).toEqual([])
    expect(agencyIdsOfCard({ type: 'actor', props: { agencyId: '', name: 'Naboen' } })).toEqual([])
    expect(agencyIdsOfCard({ type: 'arrow', props: {} })).toBeNull()
    expect(agencyIdsOfCard({ type: 'journey-frame', props: {} })).toBeNull()
  })

  it('writes the attribute as space-separated ids', () => {
    expect(agencyIdsAttribute({ type: 'opportunity', props: { agencyIds: ['nav', 'egen-solsikken'] } })).toBe('nav egen-solsikken')
    expect(agencyIdsAttribute({ type: 'geo', props: {} })).toBe('')
  })
})
