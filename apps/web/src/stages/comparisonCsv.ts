import type { ComparedHandoff, ComparedPainPoint, DurationTotal, JourneyComparison, PainPointChanges } from '@sammen/journey-model'
import type { CsvTable, CsvValue } from '../exports/csv'
import type { Dictionary } from '../i18n'

/** The comparison's tables as CSV files: the same rows as on screen, counts as numbers, durations in days. */
export type ComparisonTableId = keyof Dictionary['stages']['comparison']['csvFiles']

type Texts = Pick<Dictionary, 'stages' | 'reports' | 'cards'>

/** Days with at most two decimals: 45 minutes is 0.03, which a spreadsheet sums like any number. */
const days = (total: DurationTotal): number => Math.round(total.days * 100) / 100

export function phasesCsv(comparison: JourneyComparison, t: Texts): CsvTable {
  const c = t.stages.comparison
  const p = c.phases
  const header = [
    p.phase,
    c.csv.status,
    c.csv.before(p.steps),
    c.csv.after(p.steps),
    p.resolved,
    p.remaining,
    p.new,
    p.removed,
    p.added,
    c.csv.before(p.kasteball),
    c.csv.after(p.kasteball),
    c.csv.before(c.csv.durationDays),
    c.csv.after(c.csv.durationDays),
    c.csv.before(c.csv.unreadable),
    c.csv.after(c.csv.unreadable),
  ]
  const status = { kept: c.csv.kept, removed: c.csv.removed, added: c.csv.added }
  const rows: CsvValue[][] = comparison.phases.map((phase) => [
    phase.name,
    status[phase.status],
    phase.steps.before,
    phase.steps.after,
    ...painPointCells(phase.painPoints),
    phase.handoffs.removed,
    phase.handoffs.added,
    phase.kasteball.before,
    phase.kasteball.after,
    days(phase.duration.before),
    days(phase.duration.after),
    phase.duration.before.unreadable,
    phase.duration.after.unreadable,
  ])
  const { withoutPhase, summary } = comparison
  if (Object.values(withoutPhase).some((count) => count > 0)) rows.push([p.withoutPhase, '', '', '', ...painPointCells(withoutPhase), '', '', '', '', '', '', '', ''])
  rows.push([
    p.total,
    '',
    summary.steps.before,
    summary.steps.after,
    ...painPointCells(summary.painPoints),
    summary.handoffs.removed,
    summary.handoffs.added,
    summary.kasteball.before,
    summary.kasteball.after,
    days(summary.duration.before),
    days(summary.duration.after),
    summary.duration.before.unreadable,
    summary.duration.after.unreadable,
  ])
  return { header, rows }
}

export function agenciesCsv(comparison: JourneyComparison, t: Texts): CsvTable {
  const c = t.stages.comparison
  const p = c.phases
  return {
    header: [c.agencies.agency, c.csv.before(p.steps), c.csv.after(p.steps), p.resolved, p.remaining, p.new, p.removed, p.added, c.csv.before(p.kasteball), c.csv.after(p.kasteball)],
    rows: comparison.agencies.map((row) => [
      row.agency.name,
      row.steps.before,
      row.steps.after,
      ...painPointCells(row.painPoints),
      row.handoffs.removed,
      row.handoffs.added,
      row.kasteball.before,
      row.kasteball.after,
    ]),
  }
}

export function painPointsCsv(comparison: JourneyComparison, t: Texts): CsvTable {
  const c = t.stages.comparison
  const r = t.reports.painPoints
  const line = (change: string, { painPoint, agency, phase, step }: ComparedPainPoint): CsvValue[] => [
    change,
    painPoint.text,
    agency?.name ?? painPoint.agencyId,
    phase?.name ?? r.withoutPhase,
    step?.text ?? '',
    painPoint.severity,
    t.cards.categories[painPoint.category],
  ]
  return {
    header: [c.csv.change, r.problem, r.owner, r.phase, r.step, r.severityColumn, r.category, c.painPoints.resolvedBy, c.csv.note],
    rows: [
      ...comparison.resolved.map((entry) => [
        ...line(c.csv.resolved, entry),
        entry.resolution?.card?.text ?? (entry.resolution?.byShapeId ? c.resolution.missingCard : ''),
        entry.resolution?.note ?? '',
      ]),
      ...comparison.remaining.map((entry) => [...line(c.csv.remaining, entry), '', '']),
      ...comparison.newPainPoints.map((entry) => [...line(c.csv.new, entry), '', '']),
    ],
  }
}

export function handoffsCsv(comparison: JourneyComparison, t: Texts): CsvTable {
  const c = t.stages.comparison
  const h = t.reports.handoffs
  const line = (change: string, { handoff, fromAgency, toAgency, fromStep, toStep, phase }: ComparedHandoff): CsvValue[] => [
    change,
    fromAgency?.name ?? '',
    fromStep?.text ?? '',
    toAgency?.name ?? '',
    toStep?.text ?? '',
    h.carriers[handoff.carriedBy],
    handoff.information.join(', '),
    phase?.name ?? '',
  ]
  return {
    header: [c.csv.change, h.from, h.fromStep, h.to, h.toStep, h.carriedBy, h.information, c.phases.phase],
    rows: [...comparison.removedHandoffs.map((entry) => line(c.csv.removed, entry)), ...comparison.addedHandoffs.map((entry) => line(c.csv.added, entry))],
  }
}

const painPointCells = (changes: PainPointChanges): CsvValue[] => [changes.resolved, changes.remaining, changes.new]

export function comparisonTableCsv(id: ComparisonTableId, comparison: JourneyComparison, t: Texts): CsvTable {
  switch (id) {
    case 'phases':
      return phasesCsv(comparison, t)
    case 'agencies':
      return agenciesCsv(comparison, t)
    case 'painPoints':
      return painPointsCsv(comparison, t)
    case 'handoffs':
      return handoffsCsv(comparison, t)
  }
}
