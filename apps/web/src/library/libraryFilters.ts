import { foldForSearch, searchWords } from '@sammen/journey-model'
import type { LibraryBoard } from '@sammen/protocol'

/**
 * The library's filters and its card search ride in the address, so a link (or the back button) brings them back:
 * `/bibliotek?livshendelse=fa-barn&etat=nav&tekst=barnehage&sok=søknad`.
 */
export interface LibraryFilters {
  /** A life event's id, or '' for all. */
  lifeEventId: string
  /** An agency's id, or '' for all. */
  agencyId: string
  /** Words that must occur in the title or the situation. */
  text: string
  /** The card search; '' for none. */
  query: string
}

export const NO_FILTERS: LibraryFilters = { lifeEventId: '', agencyId: '', text: '', query: '' }

const PARAMS: Record<keyof LibraryFilters, string> = { lifeEventId: 'livshendelse', agencyId: 'etat', text: 'tekst', query: 'sok' }
/** Longer than any search the protocol accepts (200) or a filter needs: the rest of a hand-made address is dropped. */
const MAX_PARAM = 200

export function readLibraryFilters(search: string): LibraryFilters {
  const params = new URLSearchParams(search)
  const read = (key: keyof LibraryFilters) => (params.get(PARAMS[key]) ?? '').slice(0, MAX_PARAM)
  return { lifeEventId: read('lifeEventId'), agencyId: read('agencyId'), text: read('text'), query: read('query') }
}

/** The query string for these filters (`?…`, or '' when none is set), in a fixed order so equal filters give equal links. */
export function libraryFiltersSearch(filters: LibraryFilters): string {
  const params = new URLSearchParams()
  for (const key of Object.keys(PARAMS) as (keyof LibraryFilters)[]) {
    const value = filters[key].trim() === '' ? '' : filters[key]
    if (value !== '') params.set(PARAMS[key], value)
  }
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

export function hasBoardFilters(filters: LibraryFilters): boolean {
  return filters.lifeEventId !== '' || filters.agencyId !== '' || filters.text.trim() !== ''
}

/**
 * Does the board pass the filters? Every word of the text filter must occur in the title or situation, compared as
 * the card search compares (`foldForSearch`: case, accents and æøå folded), inside words too, since Norwegian
 * compounds ("byggesøknad") hold the word people type ("søknad").
 */
export function boardMatches(board: LibraryBoard, filters: LibraryFilters): boolean {
  if (filters.lifeEventId !== '' && board.lifeEvent?.id !== filters.lifeEventId) return false
  if (filters.agencyId !== '' && !board.agencies.some((agency) => agency.id === filters.agencyId)) return false
  const wanted = searchWords(filters.text)
  if (wanted.length === 0) return true
  const have = foldForSearch(`${board.title}\n${board.situation}`)
  return wanted.every((word) => have.includes(word))
}
