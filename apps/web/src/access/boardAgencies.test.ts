import { agencyCatalogue } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { agencyChoices } from './boardAgencies'

describe('agencies for the person dialog', () => {
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
