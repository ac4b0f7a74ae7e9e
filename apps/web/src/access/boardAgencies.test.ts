import { agencyCatalogue } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { agencyChoices, agencyIdsOnBoard } from './boardAgencies'

describe('agencies for the person dialog', () => {
  it('collects the agencies of step cards and pain point owners once', () => {
    const shapes = [
      { props: { agencyId: 'nav' } },
      { props: { ownerAgencyId: 'kommunen', agencyId: '' } },
      { props: { agencyId: 'nav' } },
      { props: { text: 'note' } },
    ]
    expect(agencyIdsOnBoard(shapes)).toEqual(['nav', 'kommunen'])
  })

  it('offers the board’s agencies first and the rest of the catalogue after, without repeats', () => {
    const { onBoard, others } = agencyChoices(['nav', 'egen-etat'], 'nb')
    expect(onBoard).toEqual([
      { id: 'nav', name: 'Arbeids- og velferdsetaten (NAV)' },
      { id: 'egen-etat', name: 'egen-etat' },
    ])
    expect(others.some((agency) => agency.id === 'nav')).toBe(false)
    expect(others).toHaveLength(agencyCatalogue.length - 1)
  })
})
