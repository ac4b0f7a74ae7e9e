import { agencyIdsOfShape, type ShapeLike } from '@sammen/journey-shapes'
import { agencyDisplay, type AgencyDisplay, type BoardAgencies } from '../shapes/agencyDisplay'

export interface LegendEntry {
  agency: AgencyDisplay
  /** Cards among the given shapes (the page in view) that belong to the agency. */
  cardCount: number
  /** Whether the board lists it (chosen or added), as opposed to only being named on a card. */
  onBoardList: boolean
}

/**
 * The legend's rows: the board's own list first, in its order (also agencies no card uses yet: they were chosen
 * for a reason), then agencies only cards name, most used first.
 */
export function legendEntries(boardAgencies: BoardAgencies, shapes: Iterable<ShapeLike>): LegendEntry[] {
  const counts = new Map<string, number>()
  for (const shape of shapes) {
    for (const id of agencyIdsOfShape(shape) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  const entry = (id: string, onBoardList: boolean): LegendEntry[] => {
    const agency = agencyDisplay(id, boardAgencies)
    return agency ? [{ agency, cardCount: counts.get(id) ?? 0, onBoardList }] : []
  }
  const listed = [...boardAgencies.keys()].flatMap((id) => entry(id, true))
  const onCardsOnly = [...counts.keys()]
    .filter((id) => !boardAgencies.has(id))
    .flatMap((id) => entry(id, false))
    .sort((a, b) => b.cardCount - a.cardCount || a.agency.name.localeCompare(b.agency.name, 'nb'))
  return [...listed, ...onCardsOnly]
}

/** Every agency some card names, on any page: an agency in this set cannot be taken off the board's list. */
export function agencyIdsInUse(shapes: Iterable<ShapeLike>): Set<string> {
  const used = new Set<string>()
  for (const shape of shapes) for (const id of agencyIdsOfShape(shape) ?? []) used.add(id)
  return used
}
