import { byggeHusTemplate, compareJourneys, journeyFromTemplate, type Journey } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { getDictionary } from '../i18n'
import { comparisonTableCsv } from './comparisonCsv'

/*
 * "Bygge hus" as-is, and a to-be journey without the Husbanken pain point (painPoint.5, at "Søker startlån" in
 * "Jeg finner tomt og finansiering") and without the handoff the person carried from the bank to Husbanken
 * (handoff.1), with the opportunity that resolves it. By hand from packages/journey-model/src/templates/byggeHus.ts:
 * steps per phase 1, 3, 4, 1, 2; pain points 1 in "tomt", 4 in "søke"; kasteball "tomt" 1, "søke" 2, "flytte" 1;
 * the only duration "3–12 uker" (12 weeks = 84 days) at "Venter på svar" in "søke".
 */
const asIs = journeyFromTemplate(byggeHusTemplate)
const toBe: Journey = {
  ...asIs,
  painPoints: asIs.painPoints.filter((painPoint) => painPoint.id !== 'bygge-hus.painPoint.5'),
  handoffs: asIs.handoffs.filter((handoff) => handoff.id !== 'bygge-hus.handoff.1'),
  opportunities: [{ id: 'o-samtykke' as never, text: 'Banken henter inntekt med samtykke', painPointIds: [], agencyIds: [] }],
}
const comparison = compareJourneys(asIs, toBe, [{ painPointId: 'bygge-hus.painPoint.5', byShapeId: 'o-samtykke', note: 'Samtykke i Altinn' }])
const nb = getDictionary('nb')

describe('comparison CSV', () => {
  it('has a row per phase and the totals, durations in days', () => {
    const table = comparisonTableCsv('phases', comparison, nb)
    expect(table.header).toEqual([
      'Fase',
      'Status',
      'Steg før',
      'Steg etter',
      'Løste problemer',
      'Problemer som gjenstår',
      'Nye problemer',
      'Fjernede overleveringer',
      'Nye overleveringer',
      'Kasteball før',
      'Kasteball etter',
      'Varighet i dager før',
      'Varighet i dager etter',
      'Varigheter som ikke kunne leses før',
      'Varigheter som ikke kunne leses etter',
    ])
    expect(table.rows).toEqual([
      ['Jeg drømmer om eget hus', 'Beholdt', 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['Jeg finner tomt og finansiering', 'Beholdt', 3, 3, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0],
      ['Jeg søker om å få bygge', 'Beholdt', 4, 4, 0, 4, 0, 0, 0, 2, 2, 84, 84, 0, 0],
      ['Huset bygges', 'Beholdt', 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['Vi flytter inn', 'Beholdt', 2, 2, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0],
      ['Sum', '', 11, 11, 1, 4, 0, 1, 0, 4, 3, 84, 84, 0, 0],
    ])
  })

  it('lists every pain point with its change, the resolved one with what resolves it', () => {
    const table = comparisonTableCsv('painPoints', comparison, nb)
    expect(table.header).toEqual(['Endring', 'Problem', 'Eier', 'Fase', 'Steg', 'Alvorlighet (1–3)', 'Type problem', 'Løses av', 'Notat'])
    expect(table.rows[0]).toEqual([
      'Løst',
      'Banken og Husbanken vil ha den samme dokumentasjonen på inntekt og gjeld',
      'Husbanken',
      'Jeg finner tomt og finansiering',
      'Søker startlån fordi banken ikke gir fullt lån',
      2,
      'Samme informasjon flere ganger',
      'Banken henter inntekt med samtykke',
      'Samtykke i Altinn',
    ])
    expect(table.rows.map((row) => row[0])).toEqual(['Løst', 'Gjenstår', 'Gjenstår', 'Gjenstår', 'Gjenstår'])
  })

  it('lists the removed handoff, and counts per agency', () => {
    expect(comparisonTableCsv('handoffs', comparison, nb).rows).toEqual([
      ['Fjernet', 'Banken', 'Får finansieringsbevis fra banken', 'Husbanken', 'Søker startlån fordi banken ikke gir fullt lån', 'Personen', 'inntekt, gjeld, svar fra banken', 'Jeg finner tomt og finansiering'],
    ])
    const agencies = comparisonTableCsv('agencies', comparison, nb)
    // Husbanken: 1 step, its pain point resolved, the handoff from the bank removed, kasteball 1 → 0.
    expect(agencies.rows.find((row) => row[0] === 'Husbanken')).toEqual(['Husbanken', 1, 1, 1, 0, 0, 1, 0, 1, 0])
    expect(agencies.rows.find((row) => row[0] === 'Banken')).toEqual(['Banken', 1, 1, 0, 0, 0, 1, 0, 1, 0])
  })
})
