import { buildJourneyReport } from '@sammen/journey-model'
import { byggeHusWithBenefits } from '@sammen/journey-model/testing'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../exports/csv'
import { nb } from '../i18n/nb'
import { benefitMatrixCsv, handoffListCsv, kasteballCsv, onceOnlyCsv, painPointListCsv, painPointMatrixCsv } from './reportCsv'

const t = nb.reports
const whole = buildJourneyReport(byggeHusWithBenefits, null)

describe('report CSV tables', () => {
  it('writes the phase × agency matrix with count and severity per cell, a totals row and total severity', () => {
    const table = painPointMatrixCsv(whole, t)
    const phases = ['Jeg drømmer om eget hus', 'Jeg finner tomt og finansiering', 'Jeg søker om å få bygge', 'Huset bygges', 'Vi flytter inn']
    expect(table.header).toEqual(['Etat', ...phases.flatMap((phase) => [phase, `${phase} – alvorlighet`]), 'Sum', 'Samlet alvorlighet'])
    expect(table.rows).toHaveLength(9)
    expect(table.rows.find((row) => row[0] === 'Kommunen')).toEqual(['Kommunen', 0, 0, 0, 0, 3, 8, 0, 0, 0, 0, 3, 8])
    expect(table.rows.find((row) => row[0] === 'Husbanken')?.slice(3, 5)).toEqual([1, 2])
    expect(table.rows.at(-1)).toEqual(['Sum', 0, 0, 1, 2, 4, 9, 0, 0, 0, 0, 5, 11])
  })

  it('adds a "without phase" column only when a pain point has no phase', () => {
    const journey = whole.journey
    const loose = { ...journey.painPoints[0]!, id: 'loose' as never, stepId: undefined, phaseId: undefined }
    const table = painPointMatrixCsv(buildJourneyReport({ ...journey, painPoints: [...journey.painPoints, loose] }, 'kommunen'), t)
    expect(table.header).toContain('Uten fase')
    expect(table.header).toContain('Uten fase – alvorlighet')
    expect(table.rows).toEqual([['Kommunen', 0, 0, 0, 0, 3, 8, 0, 0, 0, 0, 1, 2, 4, 10]])
  })

  it('has no totals row when one agency is chosen, like the table on screen', () => {
    const table = painPointMatrixCsv(buildJourneyReport(byggeHusWithBenefits, 'kommunen'), t)
    expect(table.rows).toEqual([['Kommunen', 0, 0, 0, 0, 3, 8, 0, 0, 0, 0, 3, 8]])
    expect(table.rows.some((row) => row[0] === 'Sum')).toBe(false)
  })

  it('lists pain points with owner, phase, step, severity and category in words', () => {
    const table = painPointListCsv(whole, t, nb.cards.categories)
    expect(table.header).toEqual(['Problem', 'Eier', 'Fase', 'Steg', 'Alvorlighet (1–3)', 'Type problem'])
    expect(table.rows[0]).toEqual([
      'Søknaden blir liggende fordi uttalelsen fra Vegvesenet mangler',
      'Kommunen',
      'Jeg søker om å få bygge',
      'Venter på svar på byggesøknaden',
      3,
      'Kasteball',
    ])
  })

  it('writes kasteball pairs, handoffs and once-only candidates', () => {
    expect(kasteballCsv(whole, t).rows[0]).toEqual(['Banken', 'Husbanken', 1])
    const handoffs = handoffListCsv(whole, t)
    expect(handoffs.header).toEqual(['Fra etat', 'Fra steg', 'Til etat', 'Til steg', 'Hvem bærer informasjonen', 'Informasjon'])
    expect(handoffs.rows[0]).toEqual(['Banken', 'Får finansieringsbevis fra banken', 'Husbanken', 'Søker startlån fordi banken ikke gir fullt lån', 'Personen', 'inntekt, gjeld, svar fra banken'])
    expect(handoffs.rows[3]?.[4]).toBe('Etatene')
    expect(onceOnlyCsv(whole, t).rows[0]).toEqual(['inntekt', 1, 'Banken → Husbanken'])
  })

  it('writes the benefit matrix with the person as a receiver and a received row', () => {
    const table = benefitMatrixCsv(whole, t)
    expect(table.header).toEqual(['Bidrar', 'Kommunen', 'Personen', 'Sum', 'Havner hos andre'])
    expect(table.rows).toEqual([
      ['Kommunen', 0, 1, 1, 1],
      ['Statens vegvesen', 0, 1, 1, 1],
      ['Ansvarlig søker (foretaket som søker for byggherren)', 1, 0, 1, 1],
      ['Sum mottatt', 1, 1, '', ''],
    ])
  })

  it('turns into a file Norwegian Excel opens: BOM, semicolons, quoted commas', () => {
    const csv = toCsv(handoffListCsv(whole, t))
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.split('\r\n')[1]).toBe('Banken;Får finansieringsbevis fra banken;Husbanken;Søker startlån fordi banken ikke gir fullt lån;Personen;"inntekt, gjeld, svar fra banken"')
  })
})
