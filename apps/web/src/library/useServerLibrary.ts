import type { AgencyOverview, LibraryAnswer, LibrarySearchAnswer } from '@sammen/protocol'
import { useCallback, useEffect, useState } from 'react'
import { callerTokens } from './callerTokens'
import { fetchAgencyOverview, fetchLibrary, searchLibrary, type LibraryProblem, type LibraryResult } from './libraryApi'

export type ServerState<T> = { phase: 'idle' } | { phase: 'asking' } | { phase: 'answered'; value: T } | { phase: 'failed'; problem: LibraryProblem }

/**
 * One library request, asked again when `key` changes, when the browser comes back on line and on `retry()`. A
 * request overtaken by a newer one is aborted, so an old answer never replaces a newer one. `key` null: nothing to ask.
 */
function useServerRequest<T>(key: string | null, ask: (tokens: string[], signal: AbortSignal) => Promise<LibraryResult<T>>): [ServerState<T>, () => void] {
  // The state remembers which key it answers: on the render where the key changes (a new search), the old answer
  // must not show as the new one's, before the effect below has even asked.
  const [answered, setAnswered] = useState<{ key: string | null; state: ServerState<T> } | null>(null)
  const [attempt, setAttempt] = useState(0)
  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  useEffect(() => {
    const onOnline = () => setAttempt((n) => n + 1)
    window.addEventListener('online', onOnline)
    return () => window.removeEventListener('online', onOnline)
  }, [])

  useEffect(() => {
    if (key === null) return
    const controller = new AbortController()
    setAnswered({ key, state: { phase: 'asking' } })
    ask(callerTokens(), controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return
        setAnswered({ key, state: result.ok ? { phase: 'answered', value: result.value } : { phase: 'failed', problem: result.problem } })
      },
      () => {
        // Aborted: a newer request (or leaving the page) took over.
      },
    )
    return () => controller.abort()
    // `ask` is a new closure each render; `key` says what it asks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt])

  if (key === null) return [{ phase: 'idle' }, retry]
  return [answered?.key === key ? answered.state : { phase: 'asking' }, retry]
}

/** The boards the server lists for this browser's tokens. */
export function useServerLibrary(): [ServerState<LibraryAnswer>, () => void] {
  return useServerRequest('library', (tokens, signal) => fetchLibrary(tokens, fetch, signal))
}

/** The server's card search for the query ('' asks nothing). */
export function useServerSearch(query: string): [ServerState<LibrarySearchAnswer>, () => void] {
  const trimmed = query.trim()
  return useServerRequest(trimmed === '' ? null : `search:${trimmed}`, (tokens, signal) => searchLibrary(tokens, trimmed, fetch, signal))
}

/** One agency across the boards the server lists for this browser's tokens. */
export function useServerAgencyOverview(agencyId: string | null): [ServerState<AgencyOverview>, () => void] {
  return useServerRequest(agencyId === null ? null : `agency:${agencyId}`, (tokens, signal) => fetchAgencyOverview(agencyId ?? '', tokens, fetch, signal))
}
