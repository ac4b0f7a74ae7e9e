import { useSyncExternalStore } from 'react'

/**
 * A deliberately tiny router on the history API: Sammen has a handful of pages, and a routing
 * library would be more code to audit than this.
 */
export type Route =
  | { name: 'start' }
  | { name: 'newBoard' }
  | { name: 'board'; boardIdText: string; view: BoardView }
  | { name: 'library' }
  | { name: 'agency'; agencyIdText: string }
  | { name: 'notFound' }

/**
 * The views of one board: the canvas, the accessible outline (`/oversikt`), the reports (`/rapport`) and, on a to-be
 * board, its comparison with the as-is board it was made from (`/sammenligning`).
 */
export type BoardView = 'canvas' | 'outline' | 'report' | 'comparison'
const VIEW_SEGMENTS: Record<BoardView, string> = { canvas: '', outline: 'oversikt', report: 'rapport', comparison: 'sammenligning' }
const VIEW_BY_SEGMENT = new Map<string, BoardView>(Object.entries(VIEW_SEGMENTS).map(([view, segment]) => [segment, view as BoardView]))
const BOARD_PATH = /^\/b\/([^/]*)(?:\/(oversikt|rapport|sammenligning))?\/?$/
const AGENCY_PATH = /^\/etat\/([^/]+)\/?$/

/** Maps a pathname to a route. The board id is validated by the board page, which owns that message. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { name: 'start' }
  if (pathname === NEW_BOARD_PATH || pathname === `${NEW_BOARD_PATH}/`) return { name: 'newBoard' }
  if (pathname === LIBRARY_PATH || pathname === `${LIBRARY_PATH}/`) return { name: 'library' }
  const agency = AGENCY_PATH.exec(pathname)
  if (agency) {
    // The agency page validates the id and owns that message; a broken escape is simply not an agency.
    const agencyIdText = safeDecode(agency[1] ?? '')
    return agencyIdText === null ? { name: 'notFound' } : { name: 'agency', agencyIdText }
  }
  const match = BOARD_PATH.exec(pathname)
  if (match) {
    const view = VIEW_BY_SEGMENT.get(match[2] ?? '') ?? 'canvas'
    const boardIdText = safeDecode(match[1] ?? '')
    return boardIdText === null ? { name: 'notFound' } : { name: 'board', boardIdText, view }
  }
  return { name: 'notFound' }
}

/** `decodeURIComponent` throws on a lone `%`; such an address names nothing. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/** The "new board" flow: choose a life event, the person's situation and the agencies. */
export const NEW_BOARD_PATH = '/ny'

export function boardPath(boardId: string, view: BoardView = 'canvas'): string {
  const segment = VIEW_SEGMENTS[view]
  return `/b/${encodeURIComponent(boardId)}${segment ? `/${segment}` : ''}`
}

/**
 * `?kort=<shapeId>` on a board's canvas: the board opens with that card selected and in view (the board page takes
 * the query away once it has done so). Search hits and the agency page link into boards this way.
 */
export const CARD_PARAM = 'kort'

export function cardPath(boardId: string, shapeId: string): string {
  return `${boardPath(boardId)}?${new URLSearchParams({ [CARD_PARAM]: shapeId }).toString()}`
}

/** The library of journeys across life events; its filters ride in the query (`library/libraryFilters.ts`). */
export const LIBRARY_PATH = '/bibliotek'

/** One agency across every journey in the library. */
export function agencyPath(agencyId: string): string {
  return `/etat/${encodeURIComponent(agencyId)}`
}

const NAVIGATE_EVENT = 'sammen:navigate'

/**
 * Goes to an address in the app. `keepScroll`: the same page with another query (the library's filters), where
 * jumping to the top would lose the person's place.
 */
export function navigate(path: string, { replace = false, keepScroll = false } = {}): void {
  if (path === location.pathname + location.search) return
  if (replace) history.replaceState(null, '', path)
  else history.pushState(null, '', path)
  // pushState does not fire popstate; tell subscribers ourselves.
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
  if (!keepScroll) window.scrollTo(0, 0)
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE_EVENT, onChange)
  }
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname)
}

/** The query string (`?…`), live: pages whose state rides in the address (the library's filters) re-read it. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, () => location.search)
}
