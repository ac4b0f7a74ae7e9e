import type { Agency } from '../journey/agency'
import type { Beneficiary } from '../journey/benefit'
import type { Journey } from '../journey/journey'
import type { PainPoint } from '../journey/painPoint'
import type { Phase } from '../journey/phase'
import type { Step } from '../journey/step'
import { benefitMatrix, type BenefitCell } from './benefitMatrix'
import { handoffsBetweenAgencies, type HandoffBetweenAgencies } from './handoffAgencies'
import { kasteballHandoffs, type KasteballReport } from './kasteballHandoffs'
import { onceOnlyCandidates, type OnceOnlyCandidate } from './onceOnlyCandidates'
import { painPointsByAgencyAndPhase, type PainPointCell, type PainPointMatrix } from './painPointsByAgencyAndPhase'

/** One pain point with what it is read against: its phase and step. */
export interface PainPointLine {
  painPoint: PainPoint
  phase: Phase | undefined
  step: Step | undefined
}

/** The benefit matrix without the rows and columns nobody is in, which would otherwise fill the page with zeros. */
export interface CompactBenefitMatrix {
  beneficiaries: Beneficiary[]
  rows: { contributorId: string; cells: BenefitCell[]; total: number; landsElsewhere: number }[]
  received: number[]
  benefitCount: number
}

/** Everything a report shows and exports, for the whole journey or for one agency. */
export interface JourneyReport {
  journey: Journey
  /** The agency the report is about, or null for the whole journey. */
  focus: Agency | null
  agencyById: ReadonlyMap<string, Agency>
  /** The pain point matrix; for one agency, only its row, and the totals are that row's. */
  painPointMatrix: PainPointMatrix
  /** Whether any pain point has no phase (the matrix then gets a "without phase" column). */
  hasPainPointsWithoutPhase: boolean
  /** Most severe first, then in journey order. */
  painPoints: PainPointLine[]
  /** For one agency: the handoffs to or from it. */
  handoffs: HandoffBetweenAgencies[]
  kasteball: KasteballReport
  onceOnly: OnceOnlyCandidate[]
  benefits: CompactBenefitMatrix
  stepById: ReadonlyMap<string, Step>
}

/**
 * Runs the analyses on a journey, for the report view, its CSV files and benchmarks alike. For one agency it narrows the journey to what
 * that agency is part of (its pain points, the handoffs to or from it, the benefits it contributes to or
 * receives) and runs the same analyses, so the numbers always mean the same thing in both views.
 */
export function buildJourneyReport(journey: Journey, focusAgencyId: string | null): JourneyReport {
  const agencyById = new Map<string, Agency>(journey.agencies.map((agency) => [agency.id, agency]))
  const focus = focusAgencyId === null ? null : (agencyById.get(focusAgencyId) ?? null)
  const stepById = new Map<string, Step>(journey.steps.map((step) => [step.id, step]))
  const phaseById = new Map<string, Phase>(journey.phases.map((phase) => [phase.id, phase]))

  const involves = (agencyId: string) => focus === null || agencyId === focus.id
  // Handoffs in journey order (by their steps), not in the order arrows happen to be stored on the board.
  const stepOrder = new Map<string, number>(journey.steps.map((step, index) => [step.id, index]))
  const order = (stepId: string) => stepOrder.get(stepId) ?? Number.MAX_SAFE_INTEGER
  const ordered: Journey = {
    ...journey,
    handoffs: [...journey.handoffs].sort((a, b) => order(a.fromStepId) - order(b.fromStepId) || order(a.toStepId) - order(b.toStepId)),
  }
  const handoffs = handoffsBetweenAgencies(ordered).filter(({ fromAgencyId, toAgencyId }) => involves(fromAgencyId) || involves(toAgencyId))
  const handoffIds = new Set<string>(handoffs.map(({ handoff }) => handoff.id))
  const narrowed: Journey = {
    ...journey,
    painPoints: journey.painPoints.filter((painPoint) => involves(painPoint.agencyId)),
    handoffs: ordered.handoffs.filter((handoff) => handoffIds.has(handoff.id)),
    benefits: journey.benefits.filter((benefit) => focus === null || benefit.landsWith === focus.id || benefit.contributors.includes(focus.id)),
  }

  const painPointMatrix = narrowMatrix(painPointsByAgencyAndPhase(narrowed), focus)
  const painPoints = narrowed.painPoints
    .map((painPoint, order) => {
      const step = painPoint.stepId === undefined ? undefined : stepById.get(painPoint.stepId)
      const phaseId = step?.phaseId ?? painPoint.phaseId
      return { line: { painPoint, step, phase: phaseId === undefined ? undefined : phaseById.get(phaseId) }, order }
    })
    .sort((a, b) => b.line.painPoint.severity - a.line.painPoint.severity || a.order - b.order)
    .map(({ line }) => line)

  return {
    journey,
    focus,
    agencyById,
    painPointMatrix,
    hasPainPointsWithoutPhase: painPointMatrix.withoutPhaseTotal.count > 0,
    painPoints,
    handoffs,
    kasteball: kasteballHandoffs(narrowed),
    onceOnly: onceOnlyCandidates(narrowed),
    benefits: compactBenefitMatrix(narrowed),
    stepById,
  }
}

function narrowMatrix(matrix: PainPointMatrix, focus: Agency | null): PainPointMatrix {
  if (focus === null) return matrix
  const row = matrix.rows.find((candidate) => candidate.agencyId === focus.id)
  const empty = (): PainPointCell => ({ count: 0, severitySum: 0 })
  if (row === undefined) return { ...matrix, rows: [], columnTotals: matrix.phaseIds.map(empty), withoutPhaseTotal: empty(), total: empty() }
  return { ...matrix, rows: [row], columnTotals: row.byPhase, withoutPhaseTotal: row.withoutPhase, total: row.total }
}

function compactBenefitMatrix(journey: Journey): CompactBenefitMatrix {
  const full = benefitMatrix(journey)
  const keptColumns = full.beneficiaries.flatMap((beneficiary, index) => ((full.received[index] ?? 0) > 0 ? [index] : []))
  return {
    beneficiaries: keptColumns.map((index) => full.beneficiaries[index]!),
    rows: full.rows
      .filter((row) => row.total > 0)
      .map((row) => ({ ...row, cells: keptColumns.map((index) => row.cells[index]!) })),
    received: keptColumns.map((index) => full.received[index]!),
    benefitCount: journey.benefits.length,
  }
}
