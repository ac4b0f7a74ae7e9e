import { agencySchema, findCatalogueAgency, type Agency } from '@sammen/journey-model'
import { BOARD_AGENCY_META_PREFIX, withBoardJourneyMeta, EMPTY_BOARD_JOURNEY_META } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import { agencyDisplay, boardAgenciesOf, UNKNOWN_AGENCY_COLOUR } from './agencyDisplay'

const solsikken: Agency = agencySchema.parse({ id: 'egen-solsikken', name: 'Barnehagen Solsikken', shortName: 'Solsikken', level: 'privat', colour: '#7a3b00' })
const navInOtherColour: Agency = agencySchema.parse({ id: 'nav', name: 'NAV Vestland', shortName: 'NAV V', level: 'stat', colour: '#00695c' })
const board = new Map<string, Agency>([
  [solsikken.id, solsikken],
  [navInOtherColour.id, navInOtherColour],
])

describe('agencyDisplay', () => {
  it('shows nothing for a card without an agency', () => {
    expect(agencyDisplay('', board)).toBeUndefined()
  })

  it('takes the board\'s own agency first, also over the catalogue\'s version of the same id', () => {
    expect(agencyDisplay('egen-solsikken', board)).toEqual({
      id: 'egen-solsikken', name: 'Barnehagen Solsikken', shortName: 'Solsikken', colour: '#7a3b00', level: 'privat', source: 'board',
    })
    expect(agencyDisplay('nav', board)).toMatchObject({ name: 'NAV Vestland', colour: '#00695c', source: 'board' })
  })

  it('falls back to the catalogue, then to the id in grey', () => {
    const kartverket = findCatalogueAgency('kartverket')!
    expect(agencyDisplay('kartverket', board)).toMatchObject({ name: kartverket.name, colour: kartverket.colour, level: kartverket.level, source: 'catalogue' })
    expect(agencyDisplay('egen-solsikken')).toEqual({
      id: 'egen-solsikken', name: 'egen-solsikken', shortName: 'egen-solsikken', colour: UNKNOWN_AGENCY_COLOUR, level: null, source: 'unknown',
    })
  })
})

describe('boardAgenciesOf', () => {
  const editorWith = (meta: unknown) => ({ getDocumentSettings: () => ({ meta }) })

  it('reads the board\'s agencies from the document meta, in order, skipping broken ones', () => {
    const meta = withBoardJourneyMeta({ other: 1 }, { ...EMPTY_BOARD_JOURNEY_META, agencies: [solsikken, navInOtherColour] })
    meta[`${BOARD_AGENCY_META_PREFIX}broken`] = { order: 2, agency: { id: 'broken', name: '' } }
    expect([...boardAgenciesOf(editorWith(meta)).keys()]).toEqual(['egen-solsikken', 'nav'])
  })

  it('parses a meta object once and gives the same map back until the meta changes', () => {
    const meta = withBoardJourneyMeta({}, { ...EMPTY_BOARD_JOURNEY_META, agencies: [solsikken] })
    const editor = editorWith(meta)
    expect(boardAgenciesOf(editor)).toBe(boardAgenciesOf(editor))
    expect(boardAgenciesOf(editorWith({ ...meta }))).not.toBe(boardAgenciesOf(editor))
  })

  it('has no agencies for a board without journey facts', () => {
    expect(boardAgenciesOf(editorWith({})).size).toBe(0)
    expect(boardAgenciesOf(editorWith(null)).size).toBe(0)
  })
})
