import type { Agency } from '../journey/agency'
import type { Handoff } from '../journey/handoff'
import type { AgencyId, PhaseId } from '../journey/ids'
import type { Journey } from '../journey/journey'
import type { PainPoint } from '../journey/painPoint'
import type { Phase } from '../journey/phase'
import type { Step } from '../journey/step'
import { handoffsBetweenAgencies } from './handoffAgencies'
import { kasteballHandoffs } from './kasteballHandoffs'
import { addDuration, emptyDurationTotal, type DurationMode, type DurationTotal } from './stepDuration'

/**
 * As-is → to-be: what changed between the journey as it is ("nåværende reise") and the journey the agencies want
 * ("ønsket reise"). A to-be board is a copy of its as-is board that keeps its cards' ids, so items are matched by id
 * alone: a pain point in the as-is journey but not in the to-be one is resolved, in both it remains, only in the
 * to-be one it is new; handoffs likewise are removed, kept or added.
 *
 * Where things are counted: a resolved pain point and a removed handoff where they were (the as-is phase and owner),
 * remaining and new pain points and added handoffs where they are now (the to-be phase and owner). A handoff belongs
 * to the phase of the step it starts from and to both agencies it joins. Kasteball is the handoffs the person
 * carries, as in the report (`kasteballHandoffs`), so a handoff the agencies now carry counts down too.
 */

/** Which to-be change resolves an as-is pain point, as recorded on the to-be board (journey-shapes' `readBoardStage`). */
export interface RecordedResolution {
  painPointId: string
  /** A card of the to-be board (a step, an opportunity), or null when only the note says. */
  byShapeId: string | null
  note: string
}

export interface BeforeAfter {
  before: number
  after: number
}

export interface PainPointChanges {
  resolved: number
  remaining: number
  new: number
}

export interface HandoffChanges {
  removed: number
  added: number
}

/** A phase (column) of either journey; phases are matched by id, the copy keeps them. */
export interface ComparedPhase {
  phaseId: PhaseId
  /** The name on the to-be board, or the as-is name of a phase the to-be board no longer has. */
  name: string
  /** The as-is name when the to-be board renamed the phase. */
  renamedFrom: string | null
  status: 'kept' | 'removed' | 'added'
  steps: BeforeAfter
  painPoints: PainPointChanges
  handoffs: HandoffChanges
  kasteball: BeforeAfter
  duration: { before: DurationTotal; after: DurationTotal }
}

export interface ComparedAgency {
  agencyId: AgencyId
  agency: Agency
  steps: BeforeAfter
  /** Resolved: the as-is pain points this agency owned that are gone. */
  painPoints: PainPointChanges
  /** Handoffs to or from the agency. */
  handoffs: HandoffChanges
  kasteball: BeforeAfter
}

/** A pain point with what it is read against, in the journey it is listed from. */
export interface ComparedPainPoint {
  painPoint: PainPoint
  agency: Agency | undefined
  phase: Phase | undefined
  step: Step | undefined
}

/** The card of the to-be board a resolution names, when it is still there. */
export interface ResolvingCard {
  id: string
  kind: 'step' | 'opportunity'
  text: string
}

export interface ResolvedPainPoint extends ComparedPainPoint {
  /** What the to-be board records about it; null when nobody has said yet. */
  resolution: { byShapeId: string | null; card: ResolvingCard | null; note: string } | null
}

export interface ComparedHandoff {
  handoff: Handoff
  fromAgency: Agency | undefined
  toAgency: Agency | undefined
  fromStep: Step | undefined
  toStep: Step | undefined
  phase: Phase | undefined
}

export interface JourneyComparison {
  /** How step durations given as a range were counted. */
  durationMode: DurationMode
  summary: {
    steps: BeforeAfter
    painPoints: PainPointChanges & BeforeAfter
    handoffs: HandoffChanges & BeforeAfter
    kasteball: BeforeAfter
    duration: { before: DurationTotal; after: DurationTotal }
  }
  /** The to-be journey's phases in its order, with phases it no longer has after the phase they followed. */
  phases: ComparedPhase[]
  /** Pain points placed in no phase (neither by a step nor by a column). */
  withoutPhase: PainPointChanges
  /** Every agency something is counted for: the to-be journey's order, then agencies only the as-is one has. */
  agencies: ComparedAgency[]
  /** Most severe first, then in journey order. */
  resolved: ResolvedPainPoint[]
  remaining: ComparedPainPoint[]
  newPainPoints: ComparedPainPoint[]
  removedHandoffs: ComparedHandoff[]
  addedHandoffs: ComparedHandoff[]
}

export interface CompareOptions {
  /** How a duration range counts: `'upper'` (default: what the person must plan for) or `'mean'`. */
  durationMode?: DurationMode
}

/** Lookups into one journey that every count needs. */
class JourneyIndex {
  readonly stepById: Map<string, Step>
  readonly phaseById: Map<string, Phase>
  readonly agencyById: Map<string, Agency>
  readonly painPointIds: Set<string>
  readonly handoffIds: Set<string>

  constructor(readonly journey: Journey) {
    this.stepById = new Map(journey.steps.map((step) => [step.id, step]))
    this.phaseById = new Map(journey.phases.map((phase) => [phase.id, phase]))
    this.agencyById = new Map(journey.agencies.map((agency) => [agency.id, agency]))
    this.painPointIds = new Set(journey.painPoints.map((painPoint) => painPoint.id))
    this.handoffIds = new Set(journey.handoffs.map((handoff) => handoff.id))
  }

  phaseIdOfPainPoint(painPoint: PainPoint): PhaseId | undefined {
    return (painPoint.stepId === undefined ? undefined : this.stepById.get(painPoint.stepId)?.phaseId) ?? painPoint.phaseId
  }

  painPoint(painPoint: PainPoint): ComparedPainPoint {
    const phaseId = this.phaseIdOfPainPoint(painPoint)
    return {
      painPoint,
      agency: this.agencyById.get(painPoint.agencyId),
      phase: phaseId === undefined ? undefined : this.phaseById.get(phaseId),
      step: painPoint.stepId === undefined ? undefined : this.stepById.get(painPoint.stepId),
    }
  }

  handoff(handoff: Handoff, fromAgencyId: string, toAgencyId: string): ComparedHandoff {
    const fromStep = this.stepById.get(handoff.fromStepId)
    return {
      handoff,
      fromAgency: this.agencyById.get(fromAgencyId),
      toAgency: this.agencyById.get(toAgencyId),
      fromStep,
      toStep: this.stepById.get(handoff.toStepId),
      phase: fromStep === undefined ? undefined : this.phaseById.get(fromStep.phaseId),
    }
  }
}

const beforeAfter = (): BeforeAfter => ({ before: 0, after: 0 })
const painPointChanges = (): PainPointChanges => ({ resolved: 0, remaining: 0, new: 0 })
const handoffChanges = (): HandoffChanges => ({ removed: 0, added: 0 })

function orderedPhases(asIs: Journey, toBe: Journey): { phase: Phase; status: ComparedPhase['status']; asIsName: string | null }[] {
  const asIsById = new Map(asIs.phases.map((phase) => [phase.id as string, phase]))
  const toBeIds = new Set<string>(toBe.phases.map((phase) => phase.id))
  const result = toBe.phases.map((phase): { phase: Phase; status: ComparedPhase['status']; asIsName: string | null } => {
    const before = asIsById.get(phase.id)
    return { phase, status: before ? 'kept' : 'added', asIsName: before?.name ?? null }
  })
  // A phase the to-be board dropped goes after the phase it followed on the as-is board (or first).
  asIs.phases.forEach((phase, index) => {
    if (toBeIds.has(phase.id)) return
    const previousId = index === 0 ? null : asIs.phases[index - 1]!.id
    const at = previousId === null ? -1 : result.findIndex((entry) => entry.phase.id === previousId)
    result.splice(at + 1, 0, { phase, status: 'removed', asIsName: phase.name })
  })
  return result
}

const bySeverityThenOrder = <T extends { painPoint: PainPoint }>(entries: T[]): T[] =>
  entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.painPoint.severity - a.entry.painPoint.severity || a.order - b.order)
    .map(({ entry }) => entry)

/**
 * Compares an as-is journey with its to-be journey (see the module comment for what counts where). `resolutions`
 * are the to-be board's records of which change resolves which pain point; those for pain points that are not
 * resolved (still on the to-be board) are not shown.
 */
export function compareJourneys(asIs: Journey, toBe: Journey, resolutions: readonly RecordedResolution[], options: CompareOptions = {}): JourneyComparison {
  const durationMode = options.durationMode ?? 'upper'
  const before = new JourneyIndex(asIs)
  const after = new JourneyIndex(toBe)

  const phases = orderedPhases(asIs, toBe).map(
    ({ phase, status, asIsName }): ComparedPhase => ({
      phaseId: phase.id,
      name: phase.name,
      renamedFrom: asIsName !== null && asIsName !== phase.name ? asIsName : null,
      status,
      steps: beforeAfter(),
      painPoints: painPointChanges(),
      handoffs: handoffChanges(),
      kasteball: beforeAfter(),
      duration: { before: emptyDurationTotal(), after: emptyDurationTotal() },
    }),
  )
  const phaseEntry = new Map<string, ComparedPhase>(phases.map((entry) => [entry.phaseId, entry]))
  const withoutPhase = painPointChanges()

  const agencyEntries = new Map<string, ComparedAgency>()
  for (const agency of [...toBe.agencies, ...asIs.agencies]) {
    if (agencyEntries.has(agency.id)) continue
    agencyEntries.set(agency.id, { agencyId: agency.id, agency, steps: beforeAfter(), painPoints: painPointChanges(), handoffs: handoffChanges(), kasteball: beforeAfter() })
  }
  const agencyEntry = (id: string) => agencyEntries.get(id)

  const durationBefore = emptyDurationTotal()
  const durationAfter = emptyDurationTotal()
  for (const [journey, side, total] of [
    [asIs, 'before', durationBefore],
    [toBe, 'after', durationAfter],
  ] as const) {
    for (const step of journey.steps) {
      const phase = phaseEntry.get(step.phaseId)
      if (phase) {
        phase.steps[side] += 1
        addDuration(phase.duration[side], step.duration, durationMode)
      }
      addDuration(total, step.duration, durationMode)
      const agency = agencyEntry(step.agencyId)
      if (agency) agency.steps[side] += 1
    }
  }

  // Pain points: resolved where they were, remaining and new where they are now.
  const countPainPoint = (index: JourneyIndex, painPoint: PainPoint, kind: keyof PainPointChanges) => {
    const phaseId = index.phaseIdOfPainPoint(painPoint)
    const phase = phaseId === undefined ? undefined : phaseEntry.get(phaseId)
    ;(phase ? phase.painPoints : withoutPhase)[kind] += 1
    const agency = agencyEntry(painPoint.agencyId)
    if (agency) agency.painPoints[kind] += 1
  }
  const resolutionById = new Map(resolutions.map((resolution) => [resolution.painPointId, resolution]))
  const resolved: ResolvedPainPoint[] = []
  for (const painPoint of asIs.painPoints) {
    if (after.painPointIds.has(painPoint.id)) continue
    countPainPoint(before, painPoint, 'resolved')
    resolved.push({ ...before.painPoint(painPoint), resolution: describeResolution(resolutionById.get(painPoint.id), toBe) })
  }
  const remaining: ComparedPainPoint[] = []
  const newPainPoints: ComparedPainPoint[] = []
  for (const painPoint of toBe.painPoints) {
    const kind = before.painPointIds.has(painPoint.id) ? 'remaining' : 'new'
    countPainPoint(after, painPoint, kind)
    ;(kind === 'remaining' ? remaining : newPainPoints).push(after.painPoint(painPoint))
  }

  // Handoffs: removed and added by id; kasteball before and after from each journey's own handoffs.
  const removedHandoffs: ComparedHandoff[] = []
  const addedHandoffs: ComparedHandoff[] = []
  for (const [index, other, side] of [
    [before, after, 'before'],
    [after, before, 'after'],
  ] as const) {
    for (const { handoff, fromAgencyId, toAgencyId } of handoffsBetweenAgencies(index.journey)) {
      const phase = phaseEntry.get(index.stepById.get(handoff.fromStepId)?.phaseId ?? '')
      const agencies = [agencyEntry(fromAgencyId), agencyEntry(toAgencyId)]
      if (handoff.carriedBy === 'personen') {
        if (phase) phase.kasteball[side] += 1
        for (const agency of agencies) if (agency) agency.kasteball[side] += 1
      }
      if (other.handoffIds.has(handoff.id)) continue
      const kind = side === 'before' ? 'removed' : 'added'
      if (phase) phase.handoffs[kind] += 1
      for (const agency of agencies) if (agency) agency.handoffs[kind] += 1
      ;(side === 'before' ? removedHandoffs : addedHandoffs).push(index.handoff(handoff, fromAgencyId, toAgencyId))
    }
  }

  const isCounted = (entry: ComparedAgency) =>
    [entry.steps.before, entry.steps.after, entry.handoffs.removed, entry.handoffs.added, entry.kasteball.before, entry.kasteball.after, ...Object.values(entry.painPoints)].some(
      (count) => count > 0,
    )

  return {
    durationMode,
    summary: {
      steps: { before: asIs.steps.length, after: toBe.steps.length },
      painPoints: { resolved: resolved.length, remaining: remaining.length, new: newPainPoints.length, before: asIs.painPoints.length, after: toBe.painPoints.length },
      handoffs: { removed: removedHandoffs.length, added: addedHandoffs.length, before: asIs.handoffs.length, after: toBe.handoffs.length },
      kasteball: { before: kasteballHandoffs(asIs).count, after: kasteballHandoffs(toBe).count },
      duration: { before: durationBefore, after: durationAfter },
    },
    phases,
    withoutPhase,
    agencies: [...agencyEntries.values()].filter(isCounted),
    resolved: bySeverityThenOrder(resolved),
    remaining: bySeverityThenOrder(remaining),
    newPainPoints: bySeverityThenOrder(newPainPoints),
    removedHandoffs,
    addedHandoffs,
  }
}

function describeResolution(recorded: RecordedResolution | undefined, toBe: Journey): ResolvedPainPoint['resolution'] {
  if (recorded === undefined) return null
  const { byShapeId, note } = recorded
  let card: ResolvingCard | null = null
  if (byShapeId !== null) {
    const step = toBe.steps.find((candidate) => candidate.id === byShapeId)
    const opportunity = step ? undefined : toBe.opportunities.find((candidate) => candidate.id === byShapeId)
    if (step) card = { id: step.id, kind: 'step', text: step.text }
    else if (opportunity) card = { id: opportunity.id, kind: 'opportunity', text: opportunity.text }
  }
  return { byShapeId, card, note }
}
