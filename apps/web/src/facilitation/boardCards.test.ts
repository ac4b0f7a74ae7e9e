import { agencyCatalogue } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { mentionableAgencies } from './boardCards'

describe('mentionable agencies', () => {
  it('puts the board\'s agencies first, keeps the board\'s own agencies, and lists the catalogue once', () => {
    const agencies = mentionableAgencies(['kommunen', 'bydel-frogner', 'nav', 'kommunen'])
    expect(agencies.slice(0, 3)).toEqual([
      { id: 'kommunen', shortName: 'Kommunen', name: 'Kommunen' },
      { id: 'bydel-frogner', shortName: 'bydel-frogner', name: 'bydel-frogner' },
      { id: 'nav', shortName: 'NAV', name: 'Arbeids- og velferdsetaten (NAV)' },
    ])
    expect(agencies).toHaveLength(agencyCatalogue.length + 1)
    expect(new Set(agencies.map((agency) => agency.id)).size).toBe(agencies.length)
  })
})
