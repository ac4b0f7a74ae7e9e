import { describe, expect, it } from 'vitest'
import { byggeHusWithBenefits } from '../../testing/byggeHusWithBenefits'
import { buildJourneyReport } from './journeyReport'


describe('buildJourneyReport for the whole journey', () => {
  const report = buildJourneyReport(byggeHusWithBenefits, null)

  it('counts pain points per agency and phase with their severity', () => {
    const row = (id: string) => report.painPointMatrix.rows.find((candidate) => candidate.agencyId === id)
    expect(report.painPointMatrix.rows).toHaveLength(8)
    expect(row('kommunen')?.byPhase[2]).toEqual({ count: 3, severitySum: 8 })
    expect(row('ansvarlig-soker')?.total).toEqual({ count: 1, severitySum: 1 })
    expect(row('husbanken')?.byPhase[1]).toEqual({ count: 1, severitySum: 2 })
    expect(report.painPointMatrix.columnTotals.map((cell) => cell.count)).toEqual([0, 1, 4, 0, 0])
    expect(report.painPointMatrix.total).toEqual({ count: 5, severitySum: 11 })
    expect(report.hasPainPointsWithoutPhase).toBe(false)
  })

  it('lists pain points most severe first, keeping journey order among equals', () => {
    expect(report.painPoints.map(({ painPoint }) => painPoint.severity)).toEqual([3, 3, 2, 2, 1])
    expect(report.painPoints[0]?.step?.text).toBe('Venter på svar på byggesøknaden')
    expect(report.painPoints[0]?.phase?.name).toBe('Jeg søker om å få bygge')
  })

  it('counts the handoffs the person carries', () => {
    expect(report.handoffs).toHaveLength(5)
    expect(report.kasteball.count).toBe(4)
    expect(report.kasteball.handoffCount).toBe(5)
    expect(report.kasteball.byPair.map((pair) => `${pair.fromAgencyId}→${pair.toAgencyId}`)).toEqual([
      'bank→husbanken',
      'kommunen→ansvarlig-soker',
      'statens-vegvesen→ansvarlig-soker',
      'kommunen→folkeregisteret',
    ])
    expect(report.onceOnly.map((candidate) => candidate.information)).toEqual([
      'inntekt',
      'gjeld',
      'svar fra banken',
      'referat fra forhåndskonferansen',
      'avkjøringstillatelse',
      'ny adresse',
    ])
  })

  it('keeps only the benefit matrix rows and columns someone is in', () => {
    expect(report.benefits.beneficiaries).toEqual(['kommunen', 'personen'])
    expect(report.benefits.rows.map((row) => [row.contributorId, row.cells.map((cell) => cell.count), row.total, row.landsElsewhere])).toEqual([
      ['kommunen', [0, 1], 1, 1],
      ['statens-vegvesen', [0, 1], 1, 1],
      ['ansvarlig-soker', [1, 0], 1, 1],
    ])
    expect(report.benefits.received).toEqual([1, 1])
  })

  it('lists handoffs in journey order, whatever order the board stores the arrows in', () => {
    const journey = byggeHusWithBenefits
    const shuffled = buildJourneyReport({ ...journey, handoffs: [...journey.handoffs].reverse() }, null)
    expect(shuffled.handoffs.map(({ handoff }) => handoff.id)).toEqual(journey.handoffs.map((handoff) => handoff.id))
    expect(shuffled.kasteball.byPair).toEqual(report.kasteball.byPair)
  })
})

describe('buildJourneyReport for one agency', () => {
  const report = buildJourneyReport(byggeHusWithBenefits, 'kommunen')

  it('shows only what the agency is part of', () => {
    expect(report.focus?.shortName).toBe('Kommunen')
    expect(report.painPointMatrix.rows.map((row) => row.agencyId)).toEqual(['kommunen'])
    expect(report.painPointMatrix.total).toEqual({ count: 3, severitySum: 8 })
    expect(report.painPointMatrix.columnTotals.map((cell) => cell.count)).toEqual([0, 0, 3, 0, 0])
    expect(report.painPoints).toHaveLength(3)
    // kommunen→ansvarlig søker (person), ansvarlig søker→kommunen (agencies), kommunen→folkeregisteret (person)
    expect(report.handoffs).toHaveLength(3)
    expect(report.kasteball).toMatchObject({ count: 2, handoffCount: 3 })
    expect(report.onceOnly.map((candidate) => candidate.information)).toEqual(['referat fra forhåndskonferansen', 'ny adresse'])
    expect(report.benefits.benefitCount).toBe(2)
  })

  it('falls back to the whole journey for an agency that is not on the board', () => {
    const unknown = buildJourneyReport(byggeHusWithBenefits, 'nav')
    expect(unknown.focus).toBeNull()
    expect(unknown.painPointMatrix.rows).toHaveLength(8)
  })
})
