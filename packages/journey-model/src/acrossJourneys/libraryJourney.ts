import { findCatalogueAgency } from '../catalogue/agencies'
import type { Journey } from '../journey/journey'

/** A life event as lists across boards name it. */
export interface LifeEventRef {
  id: string
  name: string
}

/** An agency as lists across boards show it: enough to name and colour it. */
export interface AgencySummary {
  id: string
  name: string
  shortName: string
  colour: string
}

/** The board an item across journeys comes from. */
export interface BoardRef {
  boardId: string
  boardTitle: string
  lifeEvent: LifeEventRef | null
}

/** One board's journey in the library, with what a list across boards shows about the board. */
export interface LibraryJourney extends BoardRef {
  journey: Journey
  /**
   * Every agency the board names: its own and those on any card, also cards the journey leaves out (a step outside
   * the frame). Defaults to the journey's agencies.
   */
  agencies?: readonly AgencySummary[]
}

/** The grey of an agency id nobody knows; the same as on the canvas (journey-shapes' UNKNOWN_AGENCY_COLOUR). */
export const UNKNOWN_AGENCY_GREY = '#5b6675'

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })

/** Boards in the order every list across boards uses: by title as a Norwegian reader sorts, then by id. */
export function compareBoards(a: BoardRef, b: BoardRef): number {
  return collator.compare(a.boardTitle, b.boardTitle) || (a.boardId < b.boardId ? -1 : a.boardId > b.boardId ? 1 : 0)
}

export function boardRefOf({ boardId, boardTitle, lifeEvent }: BoardRef): BoardRef {
  return { boardId, boardTitle, lifeEvent: lifeEvent ? { id: lifeEvent.id, name: lifeEvent.name } : null }
}

/** The agencies a library journey names, board agencies first. */
export function agenciesOfLibraryJourney(entry: LibraryJourney): readonly AgencySummary[] {
  return entry.agencies ?? entry.journey.agencies
}

/**
 * Names agency ids across boards: the catalogue's name (the same on every board), else the first board (in
 * `compareBoards` order) that knows the id, else the id itself in grey.
 */
export class AgencyNames {
  private readonly known = new Map<string, AgencySummary>()

  /** The agencies each board names, boards in the order names are taken from. */
  constructor(boards: readonly (readonly AgencySummary[])[]) {
    for (const agencies of boards) {
      for (const agency of agencies) if (!this.known.has(agency.id)) this.known.set(agency.id, summary(agency))
    }
  }

  /** Whether the id is in the catalogue or named on any of the boards. */
  isKnown(id: string): boolean {
    return findCatalogueAgency(id) !== undefined || this.known.has(id)
  }

  of(id: string): AgencySummary {
    const catalogue = findCatalogueAgency(id)
    if (catalogue) return summary(catalogue)
    return this.known.get(id) ?? { id, name: id, shortName: id.slice(0, 24), colour: UNKNOWN_AGENCY_GREY }
  }
}

function summary({ id, name, shortName, colour }: AgencySummary): AgencySummary {
  return { id, name, shortName, colour }
}
