import { useSyncExternalStore } from 'react'
import { decodeInviteToken, isExpired, takeTokenFromHash } from './inviteToken'

/**
 * The workspace link of a facilitator on a secured server (`/#workspace=<token>`, printed by the server's setup
 * command): a facilitator of every board there, who makes boards with "Ny tavle" and hands out each board's invite
 * links from its share dialog. Kept in localStorage like board invites: what is read back is only a candidate the
 * server verifies.
 */
const STORAGE_KEY = 'sammen.workspace'
const listeners = new Set<() => void>()

function read(): string | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value && value.length < 4096 && decodeInviteToken(value)?.boardId === null ? value : null
  } catch {
    return null
  }
}

let current: string | null = typeof localStorage === 'undefined' ? null : read()

function set(token: string | null): void {
  current = token
  try {
    if (token) localStorage.setItem(STORAGE_KEY, token)
    else localStorage.removeItem(STORAGE_KEY)
  } catch {
    // Private mode or a full quota: the link still works for this visit.
  }
  for (const listener of listeners) listener()
}

/**
 * Reads `#workspace=…` from the address (on any page), takes it out of the address bar at once and remembers it.
 * Called when the app starts.
 */
export function takeWorkspaceLinkFromAddress(): void {
  const { token, restHash } = takeTokenFromHash(location.hash, 'workspace')
  if (location.hash !== restHash && (token !== null || location.hash.includes('workspace='))) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${restHash}`)
  }
  if (token !== null && decodeInviteToken(token)?.boardId === null) set(token)
}

/** The remembered workspace link, unless it has run out. */
export function workspaceToken(now = Date.now()): string | null {
  if (!current) return null
  const claims = decodeInviteToken(current)
  return claims && !isExpired(claims, now) ? current : null
}

export function forgetWorkspaceLink(): void {
  set(null)
}

/** The workspace link, live (the start page and the new-board flow show what it allows). */
export function useWorkspaceToken(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => workspaceToken(),
  )
}
