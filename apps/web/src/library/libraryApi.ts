import {
  agencyOverviewSchema,
  LIBRARY_MAX_TOKENS,
  libraryAnswerSchema,
  LibraryRefusal,
  librarySearchAnswerSchema,
  type AgencyOverview,
  type LibraryAnswer,
  type LibraryRefusalCode,
  type LibrarySearchAnswer,
} from '@sammen/protocol'
import { z } from 'zod'

/**
 * The client of the server's library API (`POST /api/library`, `/api/library/search`, `/api/agencies/<id>`;
 * packages/protocol `libraryApi.ts`). Every answer is checked against the protocol's schema before the page sees
 * it: a server of another version, a proxy's error page or a broken answer is "not understood", never rendered.
 */
export type LibraryProblem =
  /** No answer at all: offline, the server is down, or the request was cut. */
  | { kind: 'unreachable' }
  /** The server said no, with its reason when it gave one of the library's codes. */
  | { kind: 'refused'; status: number; code: LibraryRefusalCode | null }
  /** An answer that is not what the protocol describes. */
  | { kind: 'not-understood'; status: number }

export type LibraryResult<T> = { ok: true; value: T } | { ok: false; problem: LibraryProblem }

const refusalCodeSchema = z.enum(Object.values(LibraryRefusal) as [LibraryRefusalCode, ...LibraryRefusalCode[]])
const errorAnswerSchema = z.object({ error: z.string(), code: z.string().optional() })

async function post<T>(path: string, body: unknown, schema: z.ZodType<T>, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<LibraryResult<T>> {
  let response: Response
  try {
    response = await fetchImpl(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
      signal,
    })
  } catch (error) {
    if (signal?.aborted) throw error
    return { ok: false, problem: { kind: 'unreachable' } }
  }
  let json: unknown
  try {
    json = await response.json()
  } catch {
    json = undefined
  }
  if (!response.ok) {
    // A gateway that answers for a server that is down (502/503/504 without our error shape) is "unreachable".
    const error = errorAnswerSchema.safeParse(json)
    if (!error.success && response.status >= 502 && response.status <= 504) return { ok: false, problem: { kind: 'unreachable' } }
    const code = refusalCodeSchema.safeParse(error.success ? error.data.code : undefined)
    return { ok: false, problem: { kind: 'refused', status: response.status, code: code.success ? code.data : null } }
  }
  const parsed = schema.safeParse(json)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: { kind: 'not-understood', status: response.status } }
}

/** The protocol takes at most LIBRARY_MAX_TOKENS; the first ones (workspace link first, see callerTokens) go. */
const tokensFor = (tokens: readonly string[]) => tokens.slice(0, LIBRARY_MAX_TOKENS)

/** Every board the tokens open (all of them in open mode). */
export function fetchLibrary(tokens: readonly string[], fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<LibraryResult<LibraryAnswer>> {
  return post('/api/library', { tokens: tokensFor(tokens) }, libraryAnswerSchema, fetchImpl, signal)
}

/** Cards whose text matches the query, across those boards. */
export function searchLibrary(
  tokens: readonly string[],
  query: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<LibraryResult<LibrarySearchAnswer>> {
  return post('/api/library/search', { tokens: tokensFor(tokens), query }, librarySearchAnswerSchema, fetchImpl, signal)
}

/** One agency across those boards. */
export function fetchAgencyOverview(
  agencyId: string,
  tokens: readonly string[],
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<LibraryResult<AgencyOverview>> {
  return post(`/api/agencies/${encodeURIComponent(agencyId)}`, { tokens: tokensFor(tokens) }, agencyOverviewSchema, fetchImpl, signal)
}
