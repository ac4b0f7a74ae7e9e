import type { Beneficiary } from '../journey/benefit'
import { PERSON } from '../journey/benefit'
import type { AgencyId, BenefitId } from '../journey/ids'
import type { Journey } from '../journey/journey'

export interface BenefitCell {
  count: number
  benefitIds: BenefitId[]
}

export interface BenefitMatrixRow {
  contributorId: AgencyId
  /** One cell per beneficiary, aligned with `BenefitMatrix.beneficiaries`. */
  cells: BenefitCell[]
  /** Benefits this agency contributes to. */
  total: number
  /** Of those, the ones that land with someone else: the investment case this agency cannot make alone. */
  landsElsewhere: number
}

/** Contributor × beneficiary: who pays for a change and who gets the gain ("gevinster som havner i andre virksomheter"). */
export interface BenefitMatrix {
  /** Every agency in journey order, then the person. */
  beneficiaries: Beneficiary[]
  rows: BenefitMatrixRow[]
  /** Benefits landing with each beneficiary, aligned with `beneficiaries`. */
  received: number[]
}

export function benefitMatrix(journey: Journey): BenefitMatrix {
  const beneficiaries: Beneficiary[] = [...journey.agencies.map((agency) => agency.id), PERSON]
  const column = new Map<string, number>(beneficiaries.map((beneficiary, index) => [beneficiary, index]))
  const rows = journey.agencies.map(
    (agency): BenefitMatrixRow => ({
      contributorId: agency.id,
      cells: beneficiaries.map(() => ({ count: 0, benefitIds: [] })),
      total: 0,
      landsElsewhere: 0,
    }),
  )
  const rowIndex = new Map<string, number>(rows.map((row, index) => [row.contributorId, index]))
  const received = beneficiaries.map(() => 0)

  for (const benefit of journey.benefits) {
    const columnIndex = column.get(benefit.landsWith)
    if (columnIndex === undefined) continue
    received[columnIndex] = (received[columnIndex] ?? 0) + 1
    // A contributor listed twice still contributes to the benefit once.
    for (const contributorId of new Set(benefit.contributors)) {
      const row = rows[rowIndex.get(contributorId) ?? -1]
      const cell = row?.cells[columnIndex]
      if (row === undefined || cell === undefined) continue
      cell.count += 1
      cell.benefitIds.push(benefit.id)
      row.total += 1
      if (benefit.landsWith !== contributorId) row.landsElsewhere += 1
    }
  }

  return { beneficiaries, rows, received }
}
