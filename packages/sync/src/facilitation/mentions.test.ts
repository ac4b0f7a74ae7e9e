import { describe, expect, it } from 'vitest'
import { mentionedAgencyIds, mentionQueryAt, parseMentions, suggestAgencies, type MentionableAgency } from './mentions'

const agencies: MentionableAgency[] = [
  { id: 'nav', shortName: 'NAV', name: 'Arbeids- og velferdsetaten (NAV)' },
  { id: 'nav-kontoret', shortName: 'NAV-kontoret', name: 'NAV-kontoret' },
  { id: 'kommunen', shortName: 'Kommunen', name: 'Kommunen' },
  { id: 'frivillighetsregisteret', shortName: 'Frivillighetsreg.', name: 'Frivillighetsregisteret' },
  { id: 'bydel-frogner', shortName: 'Bydel Frogner', name: 'Bydel Frogner' },
]

describe('agency mentions', () => {
  it('finds mentions by short name, id or full name, case-insensitive', () => {
    expect(mentionedAgencyIds('@NAV og @kommunen bør snakke sammen', agencies)).toEqual(['nav', 'kommunen'])
    expect(mentionedAgencyIds('Spør @frivillighetsregisteret', agencies)).toEqual(['frivillighetsregisteret'])
    expect(mentionedAgencyIds('Spør @Frivillighetsreg. om dette', agencies)).toEqual(['frivillighetsregisteret'])
  })

  it('takes the longest name and does not run into more letters', () => {
    expect(mentionedAgencyIds('@NAV-kontoret tar det', agencies)).toEqual(['nav-kontoret'])
    expect(mentionedAgencyIds('@NAVN er ikke en etat', agencies)).toEqual([])
    expect(mentionedAgencyIds('@Bydel Frogner, kan dere svare?', agencies)).toEqual(['bydel-frogner'])
  })

  it('leaves e-mail addresses and unknown names alone, and counts each agency once', () => {
    expect(mentionedAgencyIds('Skriv til ola@nav.no', agencies)).toEqual([])
    expect(mentionedAgencyIds('@ukjent etat', agencies)).toEqual([])
    expect(mentionedAgencyIds('(@nav) og @NAV igjen', agencies)).toEqual(['nav'])
  })

  it('splits text into plain and mention segments for display', () => {
    expect(parseMentions('Hei @Kommunen!', agencies)).toEqual([
      { kind: 'text', text: 'Hei ' },
      { kind: 'mention', text: '@Kommunen', agencyId: 'kommunen' },
      { kind: 'text', text: '!' },
    ])
  })

  it('knows the @query at the caret for suggestions', () => {
    expect(mentionQueryAt('Ring @na', 8)).toEqual({ start: 5, query: 'na' })
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' })
    expect(mentionQueryAt('ola@na', 6)).toBeNull()
    expect(mentionQueryAt('@nav er', 7)).toBeNull()
  })

  it('suggests agencies whose short name or id starts with the query first', () => {
    expect(suggestAgencies('nav', agencies).map((agency) => agency.id)).toEqual(['nav', 'nav-kontoret'])
    expect(suggestAgencies('kontor', agencies).map((agency) => agency.id)).toEqual(['nav-kontoret'])
    expect(suggestAgencies('', agencies, 2).map((agency) => agency.id)).toEqual(['nav', 'nav-kontoret'])
  })
})
