import type { Dictionary } from '../i18n'
import type { CsvTable } from '../exports/csv'
import type { JourneyReport, PainPointCell } from '@sammen/journey-model'

type Texts = Dictionary['reports']
type CategoryNames = Dictionary['cards']['categories']

/** What each report table is called in its file name. */
export type ReportTableId = keyof Omit<Texts['csvFiles'], 'severitySum'>

const agencyName = (report: JourneyReport, id: string) => report.agencyById.get(id)?.name ?? id
const beneficiaryName = (report: JourneyReport, t: Texts, id: string) => (id === 'personen' ? t.benefits.person : agencyName(report, id))

/**
 * Every table of the report as the spreadsheet gets it: the same rows and columns as on screen, counts as numbers.
 * The phase × agency matrix shows a count and a severity in every cell, so each phase (and "without phase") has two
 * columns, the count and the severity, then the row's count and total severity, and a totals row when the whole
 * journey is shown.
 */
export function painPointMatrixCsv(report: JourneyReport, t: Texts): CsvTable {
  const matrix = report.painPointMatrix
  const withoutPhase = report.hasPainPointsWithoutPhase
  const columns = [...report.journey.phases.map((phase) => phase.name), ...(withoutPhase ? [t.painPoints.withoutPhase] : [])]
  const header = [t.painPoints.agency, ...columns.flatMap((name) => [name, t.painPoints.severityOf(name)]), t.painPoints.total, t.csvFiles.severitySum]
  const cells = (byPhase: PainPointCell[], withoutPhaseCell: PainPointCell) =>
    [...byPhase, ...(withoutPhase ? [withoutPhaseCell] : [])].flatMap((cell) => [cell.count, cell.severitySum])
  const rows = matrix.rows.map((row) => [agencyName(report, row.agencyId), ...cells(row.byPhase, row.withoutPhase), row.total.count, row.total.severitySum])
  // With one agency chosen the screen has no totals row: it would only repeat that agency's row.
  if (report.focus) return { header, rows }
  const totals = [t.painPoints.total, ...cells(matrix.columnTotals, matrix.withoutPhaseTotal), matrix.total.count, matrix.total.severitySum]
  return { header, rows: [...rows, totals] }
}

export function painPointListCsv(report: JourneyReport, t: Texts, categories: CategoryNames): CsvTable {
  const p = t.painPoints
  return {
    header: [p.problem, p.owner, p.phase, p.step, p.severityColumn, p.category],
    rows: report.painPoints.map(({ painPoint, phase, step }) => [
      painPoint.text,
      agencyName(report, painPoint.agencyId),
      phase?.name ?? p.withoutPhase,
      step?.text ?? '',
      painPoint.severity,
      categories[painPoint.category],
    ]),
  }
}

export function kasteballCsv(report: JourneyReport, t: Texts): CsvTable {
  const h = t.handoffs
  return {
    header: [h.from, h.to, h.times],
    rows: report.kasteball.byPair.map((pair) => [agencyName(report, pair.fromAgencyId), agencyName(report, pair.toAgencyId), pair.count]),
  }
}

export function handoffListCsv(report: JourneyReport, t: Texts): CsvTable {
  const h = t.handoffs
  return {
    header: [h.from, h.fromStep, h.to, h.toStep, h.carriedBy, h.information],
    rows: report.handoffs.map(({ handoff, fromAgencyId, toAgencyId }) => [
      agencyName(report, fromAgencyId),
      report.stepById.get(handoff.fromStepId)?.text ?? '',
      agencyName(report, toAgencyId),
      report.stepById.get(handoff.toStepId)?.text ?? '',
      h.carriers[handoff.carriedBy],
      handoff.information.join(', '),
    ]),
  }
}

export function onceOnlyCsv(report: JourneyReport, t: Texts): CsvTable {
  const o = t.onceOnly
  return {
    header: [o.information, o.times, o.between],
    rows: report.onceOnly.map((candidate) => [
      candidate.information,
      candidate.count,
      candidate.agencyPairs.map((pair) => o.pair(agencyName(report, pair.fromAgencyId), agencyName(report, pair.toAgencyId))).join(', '),
    ]),
  }
}

export function benefitMatrixCsv(report: JourneyReport, t: Texts): CsvTable {
  const b = t.benefits
  const matrix = report.benefits
  return {
    header: [b.contributor, ...matrix.beneficiaries.map((id) => beneficiaryName(report, t, id)), b.total, b.landsElsewhere],
    rows: [
      ...matrix.rows.map((row) => [agencyName(report, row.contributorId), ...row.cells.map((cell) => cell.count), row.total, row.landsElsewhere]),
      [b.received, ...matrix.received, '', ''],
    ],
  }
}

/** The CSV of one table by its id, for the view's download buttons. */
export function reportTableCsv(id: ReportTableId, report: JourneyReport, t: Dictionary): CsvTable {
  switch (id) {
    case 'painPointMatrix':
      return painPointMatrixCsv(report, t.reports)
    case 'painPoints':
      return painPointListCsv(report, t.reports, t.cards.categories)
    case 'kasteball':
      return kasteballCsv(report, t.reports)
    case 'handoffs':
      return handoffListCsv(report, t.reports)
    case 'onceOnly':
      return onceOnlyCsv(report, t.reports)
    case 'benefits':
      return benefitMatrixCsv(report, t.reports)
  }
}
