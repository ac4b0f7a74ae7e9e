import type { CsvTable } from '../exports/csv'
import type { Dictionary } from '../i18n'
import type { AgencyView } from './chooseAgencyView'

/** The agency page's tables by the name their CSV file gets. */
export type AgencyTableId = keyof Dictionary['agencyPage']['csvFiles']

const lifeEventName = (item: { lifeEvent: { name: string } | null }) => item.lifeEvent?.name ?? ''
const agencyName = (view: AgencyView, id: string) => view.agencyNames[id]?.name ?? id

/**
 * Every table of the agency page as the spreadsheet gets it: the same rows and columns as on screen (full agency
 * names, the board's title and life event on every row, so rows can be sorted and filtered in Excel).
 */
export function agencyTableCsv(id: AgencyTableId, view: AgencyView, t: Dictionary): CsvTable {
  const a = t.agencyPage
  const beneficiary = (landsWith: string) => (landsWith === 'personen' ? a.benefits.person : agencyName(view, landsWith))
  switch (id) {
    case 'painPoints': {
      const p = a.painPoints
      return {
        header: [p.problem, p.severity, p.category, p.lifeEvent, p.board, p.phase],
        rows: view.painPoints.map((item) => [
          item.text,
          item.severity,
          (t.cards.categories as Record<string, string>)[item.category] ?? item.category,
          lifeEventName(item),
          item.boardTitle,
          item.phaseName ?? a.noPhase,
        ]),
      }
    }
    case 'handoffs': {
      const h = a.handoffs
      return {
        header: [h.direction, h.otherAgency, h.carriedBy, h.information, h.lifeEvent, h.board],
        rows: view.handoffs.map((item) => [
          h.directions[item.direction],
          agencyName(view, item.otherAgencyId),
          t.reports.handoffs.carriers[item.carriedBy],
          item.information.join(', '),
          lifeEventName(item),
          item.boardTitle,
        ]),
      }
    }
    case 'onceOnly': {
      const o = a.onceOnly
      return {
        header: [o.information, o.times, o.lifeEvents, o.boards],
        rows: view.onceOnly.map((item) => [
          item.information,
          item.count,
          item.lifeEvents.map((lifeEvent) => lifeEvent.name).join(', '),
          item.boards.map((board) => board.boardTitle).join(', '),
        ]),
      }
    }
    case 'benefitsContributed': {
      const b = a.benefits
      return {
        header: [b.benefit, b.landsWith, b.lifeEvent, b.board],
        rows: view.benefitsContributed.map((item) => [item.text, beneficiary(item.landsWith), lifeEventName(item), item.boardTitle]),
      }
    }
    case 'benefitsReceived': {
      const b = a.benefits
      return {
        header: [b.benefit, b.contributors, b.lifeEvent, b.board],
        rows: view.benefitsReceived.map((item) => [item.text, item.contributorIds.map((contributor) => agencyName(view, contributor)).join(', '), lifeEventName(item), item.boardTitle]),
      }
    }
    case 'actors': {
      const c = a.actors
      const stake = (level: string) => (t.moreCards.stakes as Record<string, string>)[level] ?? level
      return {
        header: [c.board, c.lifeEvent, c.interest, c.influence, c.informationNeeds, c.followUp],
        rows: view.actors.map((item) => [item.boardTitle, lifeEventName(item), stake(item.interest), stake(item.influence), item.informationNeeds, item.followUp]),
      }
    }
    case 'relations': {
      const c = a.actors
      return {
        header: [c.from, c.label, c.to, c.lifeEvent, c.board],
        rows: view.relations.map((item) => [item.fromName, item.label, item.toName, lifeEventName(item), item.boardTitle]),
      }
    }
  }
}
