import { describe, expect, it } from 'vitest'
import { painPointsByAgencyAndPhase } from './painPointsByAgencyAndPhase'
import { smallJourney } from './smallJourney.fixture'

describe('painPointsByAgencyAndPhase', () => {
  const matrix = painPointsByAgencyAndPhase(smallJourney)
  const row = (agencyId: string) => matrix.rows.find((r) => r.agencyId === agencyId)

  it('has one row per agency and one column per phase, in journey order', () => {
    expect(matrix.rows.map((r) => r.agencyId)).toEqual(['nav', 'skatt', 'kommune'])
    expect(matrix.phaseIds).toEqual(['p1', 'p2', 'p3'])
  })

  it('places pain points by their step, else their own phase, else without phase', () => {
    // nav: pp1 (s1, 3) + pp6 (s1, 2) in p1; pp2 (s4, 1) in p2
    expect(row('nav')?.byPhase).toEqual([{ count: 2, severitySum: 5 }, { count: 1, severitySum: 1 }, { count: 0, severitySum: 0 }])
    expect(row('nav')?.total).toEqual({ count: 3, severitySum: 6 })
    // skatt: pp3 (s2, 2) in p1
    expect(row('skatt')?.byPhase).toEqual([{ count: 1, severitySum: 2 }, { count: 0, severitySum: 0 }, { count: 0, severitySum: 0 }])
    // kommune: pp4 (phase p3, 2) and pp5 (no step, no phase, 1)
    expect(row('kommune')?.byPhase[2]).toEqual({ count: 1, severitySum: 2 })
    expect(row('kommune')?.withoutPhase).toEqual({ count: 1, severitySum: 1 })
    expect(row('kommune')?.total).toEqual({ count: 2, severitySum: 3 })
  })

  it('totals columns and the whole matrix', () => {
    expect(matrix.columnTotals).toEqual([{ count: 3, severitySum: 7 }, { count: 1, severitySum: 1 }, { count: 1, severitySum: 2 }])
    expect(matrix.withoutPhaseTotal).toEqual({ count: 1, severitySum: 1 })
    expect(matrix.total).toEqual({ count: 6, severitySum: 11 })
  })
})
