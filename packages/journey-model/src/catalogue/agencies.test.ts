import { describe, expect, it } from 'vitest'
import { colourDifference, contrastRatio } from '../journey/colour'
import { agencyCatalogue, findCatalogueAgency, isCatalogueAgencyId } from './agencies'
import { catalogueAgencySchema, toJourneyAgency } from './catalogueAgency'

const required: [id: string, level: string][] = [
  ['nav', 'stat'], ['nav-kontoret', 'stat'], ['skatteetaten', 'stat'], ['folkeregisteret', 'stat'],
  ['bronnoysundregistrene', 'stat'], ['enhetsregisteret', 'stat'], ['frivillighetsregisteret', 'stat'],
  ['kartverket', 'stat'], ['husbanken', 'stat'], ['kommunen', 'kommune'], ['statens-vegvesen', 'stat'],
  ['politiet', 'stat'], ['udi', 'stat'], ['imdi', 'stat'], ['lanekassen', 'stat'], ['helfo', 'stat'],
  ['finans-norge', 'privat'], ['bank', 'privat'], ['arbeidsgiver', 'privat'], ['statsforvalteren', 'stat'],
  ['fylkeskommunen', 'fylkeskommune'], ['digdir', 'stat'], ['helsedirektoratet', 'stat'], ['fastlegen', 'kommune'],
  ['barnevernet', 'kommune'], ['domstolene', 'stat'], ['tingretten', 'stat'], ['arbeidstilsynet', 'stat'],
  ['mattilsynet', 'stat'], ['dsb', 'stat'], ['dibk', 'stat'], ['norsk-helsenett', 'stat'],
  ['statens-pensjonskasse', 'stat'], ['frivillig-organisasjon', 'frivillig'],
]

describe('agency catalogue', () => {
  it('has at least 25 agencies that all pass the schema', () => {
    expect(agencyCatalogue.length).toBeGreaterThanOrEqual(25)
    for (const agency of agencyCatalogue) expect(catalogueAgencySchema.safeParse(agency).success).toBe(true)
  })

  it('has unique ids, short names and colours', () => {
    for (const key of ['id', 'shortName', 'colour'] as const) {
      const values = agencyCatalogue.map((agency) => agency[key].toLowerCase())
      expect(new Set(values).size, key).toBe(values.length)
    }
  })

  it('contains the agencies journeys need, at the right level', () => {
    for (const [id, level] of required) expect(findCatalogueAgency(id)?.level, id).toBe(level)
  })

  it('only points partOf at agencies in the catalogue', () => {
    expect(findCatalogueAgency('folkeregisteret')?.partOf).toBe('skatteetaten')
    for (const agency of agencyCatalogue) if (agency.partOf !== undefined) expect(isCatalogueAgencyId(agency.partOf), agency.id).toBe(true)
  })

  it('uses colours that carry white text and can be told apart', () => {
    for (const agency of agencyCatalogue) expect(contrastRatio(agency.colour, '#ffffff'), agency.id).toBeGreaterThanOrEqual(4.5)
    for (const [i, first] of agencyCatalogue.entries()) {
      for (const second of agencyCatalogue.slice(i + 1)) {
        expect(colourDifference(first.colour, second.colour), `${first.id} vs ${second.id}`).toBeGreaterThanOrEqual(12)
      }
    }
  })

  it('drops catalogue-only fields when an agency goes into a journey', () => {
    const folkeregisteret = findCatalogueAgency('folkeregisteret')
    expect(folkeregisteret && 'partOf' in toJourneyAgency(folkeregisteret)).toBe(false)
  })
})
