// The library across life events, read from the board index (PROTOCOL.md, "Library API"). Every request is a POST
// whose JSON body carries the caller's tokens (libraryAccess.ts); nothing here writes a board.
//
//   POST /api/library              {tokens}          → LibraryAnswer: the boards the caller may see
//   POST /api/library/search       {tokens, query}   → LibrarySearchAnswer: cards whose text holds every word
//   POST /api/agencies/<agencyId>  {tokens}          → AgencyOverview: one agency across those boards
//   POST /api/library/rebuild      {tokens}          → {indexed}: every board read again (workspace link)
import type { IncomingMessage, ServerResponse } from 'node:http'
import { agencyIdSchema, agencyOverviewOfBoards, searchCards } from '@sammen/journey-model'
import {
  LIBRARY_MAX_HITS,
  LIBRARY_MAX_TOKENS,
  LIBRARY_TOKEN_MAX_LENGTH,
  LibraryRefusal,
  libraryRequestSchema,
  librarySearchRequestSchema,
  type AgencyOverview,
  type LibraryAnswer,
  type LibraryRebuildAnswer,
  type LibrarySearchAnswer,
} from '@sammen/protocol'
import type { z } from 'zod'
import { decodeSegment, HttpError, readJsonBody, sendJson, type ApiHandler } from '../api/httpJson'
import type { AccessControl } from '../auth/access'
import { requestPath } from '../httpPath'
import type { Logger } from '../log'
import type { WindowCounter } from '../rateLimit'
import { libraryViewer, maySee, seesNothing, type LibraryViewer } from './libraryAccess'
import type { LibraryCache } from './libraryCache'
import type { LibraryIndexer } from './libraryIndexer'
import type { IndexedBoard } from './storedEntry'

export interface LibraryApiOptions {
  access: AccessControl
  cache: LibraryCache
  indexer: LibraryIndexer
  log: Logger
  /** Library requests per client address and window; more get 429. */
  requestsPerIp: WindowCounter
  refused?: (status: number) => void
  isClosing?: () => boolean
}

const LIBRARY_PATH = /^\/api\/library(?:\/([^/]*))?\/?$/
const AGENCY_PATH = /^\/api\/agencies\/([^/]*)\/?$/
/** Room for the most tokens a request may carry at their longest, JSON quoting and a query. */
export const LIBRARY_MAX_BODY_BYTES = LIBRARY_MAX_TOKENS * (LIBRARY_TOKEN_MAX_LENGTH + 3) + 16 * 1024

type Route = { kind: 'library' } | { kind: 'search' } | { kind: 'rebuild' } | { kind: 'agency'; agencyId: string }

/** The error codes of statuses the shared JSON helpers raise without one. */
const CODE_OF_STATUS: Record<number, string> = {
  400: LibraryRefusal.badRequest,
  404: LibraryRefusal.notFound,
  405: LibraryRefusal.methodNotAllowed,
  413: LibraryRefusal.bodyTooLarge,
  415: LibraryRefusal.unsupportedMediaType,
  429: LibraryRefusal.rateLimited,
  503: LibraryRefusal.unavailable,
}

export function createLibraryApi(options: LibraryApiOptions): ApiHandler {
  const { access, cache, indexer, log } = options
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => sendJson(res, status, body, headers, options.refused)

  const parseBody = async <S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S>> => {
    const parsed = schema.safeParse(await readJsonBody(req, LIBRARY_MAX_BODY_BYTES, true))
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new HttpError(400, `invalid request: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'not the expected shape'}`, LibraryRefusal.badRequest)
    }
    return parsed.data
  }

  const viewerOf = async (tokens: readonly string[]): Promise<LibraryViewer> => {
    let viewer: LibraryViewer
    try {
      viewer = await libraryViewer(access, tokens)
    } catch (error) {
      log.error('library could not check tokens', { error })
      throw new HttpError(503, 'could not check the tokens; retry shortly', LibraryRefusal.unavailable)
    }
    if (seesNothing(viewer)) {
      throw new HttpError(401, 'none of the tokens opens a board on this server', LibraryRefusal.noAccess, { 'WWW-Authenticate': 'Bearer' })
    }
    return viewer
  }

  const visibleBoards = async (viewer: LibraryViewer): Promise<IndexedBoard[]> => (await cache.current()).filter((entry) => maySee(viewer, entry.board.boardId))

  const handle = async (req: IncomingMessage, res: ServerResponse, route: Route): Promise<void> => {
    if (options.isClosing?.()) throw new HttpError(503, 'server is shutting down; retry shortly')
    if (req.method !== 'POST') throw new HttpError(405, 'use POST with a JSON body {"tokens": [...]}', undefined, { Allow: 'POST' })
    if (!options.requestsPerIp.take(req.socket.remoteAddress ?? 'unknown')) {
      throw new HttpError(429, 'too many library requests from this address; wait a minute', undefined, { 'Retry-After': '60' })
    }
    switch (route.kind) {
      case 'library': {
        const { tokens } = await parseBody(req, libraryRequestSchema)
        const viewer = await viewerOf(tokens)
        const boards = (await visibleBoards(viewer)).map((entry) => entry.board)
        boards.sort((a, b) => b.editedAt - a.editedAt || (a.boardId < b.boardId ? -1 : 1))
        const answer: LibraryAnswer = { boards, refusedTokens: viewer.refusedTokens }
        return send(res, 200, answer)
      }
      case 'search': {
        const { tokens, query } = await parseBody(req, librarySearchRequestSchema)
        const viewer = await viewerOf(tokens)
        const boards = (await visibleBoards(viewer)).map(({ board, cards, searchText }) => ({ boardId: board.boardId, boardTitle: board.title, lifeEvent: board.lifeEvent, cards, searchText }))
        const { hits, total } = searchCards(boards, query, LIBRARY_MAX_HITS)
        const answer: LibrarySearchAnswer = { hits, total, refusedTokens: viewer.refusedTokens }
        return send(res, 200, answer)
      }
      case 'agency': {
        if (!agencyIdSchema.safeParse(route.agencyId).success) {
          throw new HttpError(400, 'invalid agency id: 1–100 letters, digits, "_", "-", "." or ":", starting with a letter or digit', LibraryRefusal.badAgencyId)
        }
        const { tokens } = await parseBody(req, libraryRequestSchema)
        const viewer = await viewerOf(tokens)
        const overview = agencyOverviewOfBoards((await visibleBoards(viewer)).map((entry) => entry.agencyFacts), route.agencyId)
        if (!overview) throw new HttpError(404, 'no such agency in the catalogue or on any board you may see', LibraryRefusal.unknownAgency)
        const answer: AgencyOverview = { ...overview, refusedTokens: viewer.refusedTokens }
        return send(res, 200, answer)
      }
      case 'rebuild': {
        const { tokens } = await parseBody(req, libraryRequestSchema)
        const viewer = await viewerOf(tokens)
        if (!viewer.workspace) throw new HttpError(403, 'rebuilding the index needs a workspace link', LibraryRefusal.workspaceOnly)
        log.info('library rebuild requested')
        const answer: LibraryRebuildAnswer = { indexed: await indexer.rebuild() }
        return send(res, 200, answer)
      }
    }
  }

  const answerError = (res: ServerResponse, error: unknown) => {
    if (error instanceof HttpError) {
      if (!res.headersSent) send(res, error.status, { error: error.message, code: error.code ?? CODE_OF_STATUS[error.status] ?? LibraryRefusal.badRequest }, error.headers)
      return
    }
    log.error('library request failed', { error })
    if (!res.headersSent) send(res, 500, { error: 'internal error; retry', code: LibraryRefusal.internal })
    else res.destroy()
  }

  return (req, res) => {
    const pathname = requestPath(req)
    if (pathname === null) return false
    let route: Route | null = null
    const library = LIBRARY_PATH.exec(pathname)
    const agency = AGENCY_PATH.exec(pathname)
    if (library) {
      const action = library[1]
      route = action === undefined || action === '' ? { kind: 'library' } : action === 'search' ? { kind: 'search' } : action === 'rebuild' ? { kind: 'rebuild' } : null
    } else if (agency) {
      route = { kind: 'agency', agencyId: decodeSegment(agency[1] ?? '') }
    } else if (!pathname.startsWith('/api/library/') && !pathname.startsWith('/api/agencies')) {
      return false
    }
    const work = route ? handle(req, res, route) : Promise.reject(new HttpError(404, 'unknown library path; see PROTOCOL.md, "Library API"'))
    work.catch((error: unknown) => answerError(res, error))
    return true
  }
}
