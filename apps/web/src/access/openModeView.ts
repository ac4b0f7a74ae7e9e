import type { BoardId } from '@sammen/journey-model'

/**
 * In open mode the server knows no roles, so the share dialog's user-panel and read-only links only choose what the
 * app shows: `#view=panel` (the user panel's page) or `#view=viewer` (the board, read-only). Nothing enforces it; the
 * dialog says so. The choice is taken out of the address bar like an invite token and kept for this tab
 * (sessionStorage), so a reload keeps the view while the plain board link in another tab still edits.
 */
export type OpenModeView = 'panel' | 'viewer'

const PARAM = 'view'
const KEY_PREFIX = 'sammen.openView.'

export function isOpenModeView(value: unknown): value is OpenModeView {
  return value === 'panel' || value === 'viewer'
}

/** The hash of a link that opens the board in `view` (`#view=panel`). */
export function openModeViewHash(view: OpenModeView): string {
  return `#${PARAM}=${view}`
}

/** Reads `#view=…` from a hash: the view (or null) and the hash without it. */
export function takeViewFromHash(hash: string): { view: OpenModeView | null; restHash: string } {
  const text = hash.startsWith('#') ? hash.slice(1) : hash
  if (!text) return { view: null, restHash: '' }
  const params = new URLSearchParams(text)
  const candidate = params.get(PARAM)
  if (candidate === null) return { view: null, restHash: hash }
  params.delete(PARAM)
  const rest = params.toString()
  return { view: isOpenModeView(candidate) ? candidate : null, restHash: rest ? `#${rest}` : '' }
}

/** The view this tab was opened in for the board: from the link now, else from earlier in this tab. */
export function takeOpenModeView(boardId: BoardId): OpenModeView | null {
  const { view, restHash } = takeViewFromHash(location.hash)
  if (restHash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${restHash}`)
  try {
    if (view) sessionStorage.setItem(`${KEY_PREFIX}${boardId}`, view)
    const stored = sessionStorage.getItem(`${KEY_PREFIX}${boardId}`)
    return isOpenModeView(stored) ? stored : view
  } catch {
    // No session storage (private mode): the link's view still holds for this page.
    return view
  }
}
