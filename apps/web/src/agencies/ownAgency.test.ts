import { agencySchema, colourDifference, contrastRatio, readableTextColour, type Agency } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { checkOwnAgency, MIN_TEXT_CONTRAST, OWN_AGENCY_PALETTE, ownAgencyId, suggestOwnAgencyColour } from './ownAgency'

const nav: Agency = agencySchema.parse({ id: 'nav', name: 'Arbeids- og velferdsetaten', shortName: 'NAV', level: 'stat', colour: '#c30000' })

describe('ownAgencyId', () => {
  it('makes a readable id from the name, with æøå spelled out', () => {
    expect(ownAgencyId('Barnehagen Solsikken', new Set())).toBe('egen-barnehagen-solsikken')
    expect(ownAgencyId('Bærum kommune – byggesak', new Set())).toBe('egen-baerum-kommune-byggesak')
    expect(ownAgencyId('!!!', new Set())).toBe('egen-aktor')
  })

  it('counts up when the id is taken', () => {
    expect(ownAgencyId('Solsikken', new Set(['egen-solsikken', 'egen-solsikken-2']))).toBe('egen-solsikken-3')
  })
})

describe('checkOwnAgency', () => {
  const draft = { name: ' Barnehagen Solsikken ', shortName: 'Solsikken', level: 'privat' as const, colour: '#7A3B00' }

  it('builds a valid agency from a good draft', () => {
    const check = checkOwnAgency(draft, [nav])
    expect(check.errors).toEqual({})
    expect(check.agency).toEqual({ id: 'egen-barnehagen-solsikken', name: 'Barnehagen Solsikken', shortName: 'Solsikken', level: 'privat', colour: '#7a3b00' })
    expect(check.contrast).toBeGreaterThan(MIN_TEXT_CONTRAST)
  })

  it('takes the start of the name when no short name is given', () => {
    expect(checkOwnAgency({ ...draft, shortName: '  ' }, []).agency?.shortName).toBe('Barnehagen Solsikken')
  })

  it('needs a name, a short name that fits a card and a colour the card text is readable on', () => {
    expect(checkOwnAgency({ ...draft, name: '  ' }, []).errors.name).toBe('name-missing')
    expect(checkOwnAgency({ ...draft, shortName: 'x'.repeat(25) }, []).errors.shortName).toBe('short-name-too-long')
    const grey = checkOwnAgency({ ...draft, colour: '#777777' }, [])
    expect(grey.errors.colour).toBe('colour-low-contrast')
    expect(grey.agency).toBeUndefined()
    expect(checkOwnAgency({ ...draft, colour: 'red' }, []).errors.colour).toBe('colour-invalid')
    // Dark text reads well on pale yellow, but its stripe and swatch vanish on the white cards and canvas.
    expect(checkOwnAgency({ ...draft, colour: '#ffff99' }, []).errors.colour).toBe('colour-too-light')
  })

  it('refuses a name the board or the catalogue already has, and says which', () => {
    const onBoard = checkOwnAgency({ ...draft, name: 'arbeids- og velferdsetaten' }, [nav])
    expect(onBoard.errors.name).toBe('name-taken')
    expect(onBoard.nameTakenBy).toEqual({ id: 'nav', name: 'Arbeids- og velferdsetaten' })
    expect(checkOwnAgency({ ...draft, name: 'Kartverket' }, []).nameTakenBy?.id).toBe('kartverket')
  })

  it('warns, without refusing, when the colour is close to one already on the board', () => {
    const check = checkOwnAgency({ ...draft, colour: '#c40202' }, [nav])
    expect(check.similarColourTo).toEqual({ id: 'nav', name: 'Arbeids- og velferdsetaten' })
    expect(check.agency).toBeDefined()
  })

  it('never reuses an id on the board or in the catalogue', () => {
    const taken = agencySchema.parse({ ...nav, id: 'egen-barnehagen-solsikken', name: 'Noe annet' })
    expect(checkOwnAgency(draft, [taken]).agency?.id).toBe('egen-barnehagen-solsikken-2')
  })
})

describe('suggestOwnAgencyColour', () => {
  it('offers only colours the card text is readable on and that stand out on white', () => {
    for (const colour of OWN_AGENCY_PALETTE) {
      expect(contrastRatio(colour, readableTextColour(colour))).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST)
      expect(checkOwnAgency({ name: 'X', shortName: '', level: 'privat', colour }, []).errors).toEqual({})
    }
  })

  it('picks the palette colour farthest from the colours already used', () => {
    const used = OWN_AGENCY_PALETTE.filter((colour) => colour !== '#00695c')
    expect(suggestOwnAgencyColour(used)).toBe('#00695c')
    expect(suggestOwnAgencyColour([])).toBe(OWN_AGENCY_PALETTE[0])
    const suggested = suggestOwnAgencyColour([nav.colour])
    expect(colourDifference(suggested, nav.colour)).toBeGreaterThan(12)
  })
})
