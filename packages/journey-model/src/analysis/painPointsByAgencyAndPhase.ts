import type { AgencyId, PhaseId } from '../journey/ids'
import type { Journey } from '../journey/journey'

/** How many pain points fall in a cell and how severe they are together (sum of severities 1–3). */
export interface PainPointCell {
  count: number
  severitySum: number
}

export interface PainPointMatrixRow {
  agencyId: AgencyId
  /** One cell per phase, aligned with `PainPointMatrix.phaseIds`. */
  byPhase: PainPointCell[]
  /** Pain points of this agency with no step and no phase. */
  withoutPhase: PainPointCell
  total: PainPointCell
}

/** Owning agency × phase: where in the journey, and with whom, it hurts. Rows and columns follow journey order. */
export interface PainPointMatrix {
  phaseIds: PhaseId[]
  rows: PainPointMatrixRow[]
  columnTotals: PainPointCell[]
  withoutPhaseTotal: PainPointCell
  total: PainPointCell
}

const emptyCell = (): PainPointCell => ({ count: 0, severitySum: 0 })

function add(cell: PainPointCell, severity: number): void {
  cell.count += 1
  cell.severitySum += severity
}

/**
 * Counts pain points per owning agency and phase. A pain point's phase is its step's phase, else its own
 * `phaseId`, else it is counted under `withoutPhase`. Every agency gets a row, including those without pain
 * points, so a heat map shows the whole journey.
 */
export function painPointsByAgencyAndPhase(journey: Journey): PainPointMatrix {
  const phaseIds = journey.phases.map((phase) => phase.id)
  const phaseIndex = new Map<string, number>(phaseIds.map((id, index) => [id, index]))
  const stepPhase = new Map<string, PhaseId>(journey.steps.map((step) => [step.id, step.phaseId]))

  const rows = journey.agencies.map(
    (agency): PainPointMatrixRow => ({ agencyId: agency.id, byPhase: phaseIds.map(emptyCell), withoutPhase: emptyCell(), total: emptyCell() }),
  )
  const rowIndex = new Map<string, number>(rows.map((row, index) => [row.agencyId, index]))
  const columnTotals = phaseIds.map(emptyCell)
  const withoutPhaseTotal = emptyCell()
  const total = emptyCell()

  for (const painPoint of journey.painPoints) {
    const row = rows[rowIndex.get(painPoint.agencyId) ?? -1]
    if (row === undefined) continue // a parsed journey has none; tolerated for records mid-edit
    const phaseId = (painPoint.stepId !== undefined ? stepPhase.get(painPoint.stepId) : undefined) ?? painPoint.phaseId
    const column = phaseId === undefined ? undefined : phaseIndex.get(phaseId)
    const cell = column === undefined ? row.withoutPhase : row.byPhase[column]
    const columnTotal = column === undefined ? withoutPhaseTotal : columnTotals[column]
    for (const target of [cell, columnTotal, row.total, total]) if (target !== undefined) add(target, painPoint.severity)
  }

  return { phaseIds, rows, columnTotals, withoutPhaseTotal, total }
}
