import { findCatalogueAgency, type Agency, type AgencyLevel } from '@sammen/journey-model'
import { readBoardJourneyMeta, UNKNOWN_AGENCY_COLOUR } from '@sammen/journey-shapes'

/** Where an agency's name and colour came from: the board's own list wins over the catalogue. */
export type AgencySource = 'board' | 'catalogue' | 'unknown'

export interface AgencyDisplay {
  id: string
  name: string
  shortName: string
  colour: string
  /** null for an id neither the board nor the catalogue knows. */
  level: AgencyLevel | null
  source: AgencySource
}

/** The agencies a board lists itself (its own and chosen catalogue ones), by id. */
export type BoardAgencies = ReadonlyMap<string, Agency>

export const NO_BOARD_AGENCIES: BoardAgencies = new Map()

/** Cards of agencies nobody here knows (a newer catalogue, a typo in an import) stay readable, in grey. */
/** Re-exported: the grey is journey-shapes' (boardToJourney uses it for reports too). */
export { UNKNOWN_AGENCY_COLOUR }

/**
 * What a card shows for an agency id: the board's own agency first (people may have given a catalogue agency
 * another colour, or added one the catalogue lacks), then the catalogue, else the id in grey. Undefined for `''`.
 */
export function agencyDisplay(agencyId: string, boardAgencies: BoardAgencies = NO_BOARD_AGENCIES): AgencyDisplay | undefined {
  if (agencyId === '') return undefined
  const own = boardAgencies.get(agencyId)
  if (own) return { id: own.id, name: own.name, shortName: own.shortName, colour: own.colour, level: own.level, source: 'board' }
  const agency = findCatalogueAgency(agencyId)
  if (!agency) return { id: agencyId, name: agencyId, shortName: agencyId, colour: UNKNOWN_AGENCY_COLOUR, level: null, source: 'unknown' }
  return { id: agency.id, name: agency.name, shortName: agency.shortName, colour: agency.colour, level: agency.level, source: 'catalogue' }
}

/** Anything with the board's document settings (a tldraw Editor), so this module stays free of React. */
interface HasDocumentSettings {
  getDocumentSettings(): { meta: unknown }
}

// Keyed by the meta object: a record's meta is replaced, never mutated, so one parse serves every card until the
// board's facts change, instead of one zod parse per card per render.
const parsedByMeta = new WeakMap<object, BoardAgencies>()

/** The board's own agencies, read from the document record's meta (cached per meta object). */
export function boardAgenciesOf(editor: HasDocumentSettings): BoardAgencies {
  const meta = editor.getDocumentSettings().meta
  if (!meta || typeof meta !== 'object') return NO_BOARD_AGENCIES
  let agencies = parsedByMeta.get(meta)
  if (!agencies) {
    agencies = new Map(readBoardJourneyMeta(meta).agencies.map((agency) => [agency.id as string, agency]))
    parsedByMeta.set(meta, agencies)
  }
  return agencies
}
