import { agencyCatalogue } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { filterAgencies } from './filterAgencies'

const ids = (groups: ReturnType<typeof filterAgencies>) => groups.flatMap((group) => group.agencies.map((agency) => agency.id))

describe('filterAgencies', () => {
  it('groups the whole catalogue by level, state first, when nothing is searched', () => {
    const groups = filterAgencies(agencyCatalogue, '', 'all')
    expect(groups.map((group) => group.level)).toEqual(['stat', 'fylkeskommune', 'kommune', 'privat', 'frivillig'])
    expect(ids(groups)).toHaveLength(agencyCatalogue.length)
  })

  it('puts the agency whose name starts with the search first', () => {
    expect(ids(filterAgencies(agencyCatalogue, 'kommunen', 'all'))).toEqual(['kommunen', 'fylkeskommunen'])
    expect(ids(filterAgencies(agencyCatalogue, 'nav', 'all')).slice(0, 2)).toEqual(['nav', 'nav-kontoret'])
  })

  it('finds names with æ, ø and å without typing them', () => {
    expect(ids(filterAgencies(agencyCatalogue, 'lanekassen', 'all'))).toEqual(['lanekassen'])
    expect(ids(filterAgencies(agencyCatalogue, 'Brønnøy', 'all'))).toContain('bronnoysundregistrene')
  })

  it('filters by level, also together with a search', () => {
    const municipal = ids(filterAgencies(agencyCatalogue, '', 'kommune'))
    expect(municipal).toEqual(expect.arrayContaining(['kommunen', 'fastlegen', 'helsestasjonen', 'barnevernet']))
    expect(municipal).not.toContain('nav')
    expect(ids(filterAgencies(agencyCatalogue, 'kommunen', 'fylkeskommune'))).toEqual(['fylkeskommunen'])
  })

  it('returns nothing when nothing matches', () => {
    expect(filterAgencies(agencyCatalogue, 'zzz', 'all')).toEqual([])
  })
})

describe('filterAgencies with the board\'s own agencies', () => {
  const own = { id: 'egen-solsikken', name: 'Barnehagen Solsikken', shortName: 'Solsikken', level: 'privat' as const }
  const navInOwnColours = { id: 'nav', name: 'NAV (vår avdeling)', shortName: 'NAV', level: 'stat' as const }
  const catalogue = agencyCatalogue.map(({ id, name, shortName, level }) => ({ id: id as string, name, shortName, level }))

  it('lists the board\'s agencies first, in the board\'s order, and not again under their level', () => {
    const groups = filterAgencies(catalogue, '', 'all', [own, navInOwnColours])
    expect(groups[0]).toEqual({ level: null, onBoard: true, agencies: [own, navInOwnColours] })
    expect(ids(groups).filter((id) => id === 'nav')).toHaveLength(1)
    expect(ids(groups)).toHaveLength(agencyCatalogue.length + 1)
  })

  it('puts matching board agencies before matching catalogue ones when searching', () => {
    const groups = filterAgencies(catalogue, 'sol', 'all', [own])
    expect(groups[0]).toEqual({ level: null, onBoard: true, agencies: [own] })
    expect(filterAgencies(catalogue, 'nav', 'all', [navInOwnColours])[0]?.agencies).toEqual([navInOwnColours])
  })

  it('applies the level filter to the board\'s agencies too', () => {
    const groups = filterAgencies(catalogue, '', 'stat', [own, navInOwnColours])
    expect(groups[0]?.agencies).toEqual([navInOwnColours])
  })
})
