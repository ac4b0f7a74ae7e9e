import { useSyncExternalStore } from 'react'

/**
 * A deliberately tiny router on the history API: Sammen has two pages, and a routing
 * library would be more code to audit than this.
 */
export type Route =
  | { name: 'start' }
  | { name: 'newBoard' }
  | { name: 'board'; boardIdText: string; view: BoardView }
  | { name: 'notFound' }

/**
 * The views of one board: the canvas, the accessible outline (`/oversikt`), the reports (`/rapport`) and, on a to-be
 * board, its comparison with the as-is board it was made from (`/sammenligning`).
 */
export type BoardView = 'canvas' | 'outline' | 'report' | 'comparison'
const VIEW_SEGMENTS: Record<BoardView, string> = { canvas: '', outline: 'oversikt', report: 'rapport', comparison: 'sammenligning' }
const VIEW_BY_SEGMENT = new Map<string, BoardView>(Object.entries(VIEW_SEGMENTS).map(([view, segment]) => [segment, view as BoardView]))
const BOARD_PATH = /^\/b\/([^/]*)(?:\/(oversikt|rapport|sammenligning))?\/?$/

/** Maps a pathname to a route. The board id is validated by the board page, which owns that message. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { name: 'start' }
  if (pathname === NEW_BOARD_PATH || pathname === `${NEW_BOARD_PATH}/`) return { name: 'newBoard' }
  const match = BOARD_PATH.exec(pathname)
  if (match) {
    const view = VIEW_BY_SEGMENT.get(match[2] ?? '') ?? 'canvas'
    return { name: 'board', boardIdText: decodeURIComponent(match[1] ?? ''), view }
  }
  return { name: 'notFound' }
}

/** The "new board" flow: choose a life event, the person's situation and the agencies. */
export const NEW_BOARD_PATH = '/ny'

export function boardPath(boardId: string, view: BoardView = 'canvas'): string {
  const segment = VIEW_SEGMENTS[view]
  return `/b/${encodeURIComponent(boardId)}${segment ? `/${segment}` : ''}`
}

const NAVIGATE_EVENT = 'sammen:navigate'

export function navigate(path: string, { replace = false } = {}): void {
  if (path === location.pathname + location.search) return
  if (replace) history.replaceState(null, '', path)
  else history.pushState(null, '', path)
  // pushState does not fire popstate; tell subscribers ourselves.
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
  window.scrollTo(0, 0)
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
