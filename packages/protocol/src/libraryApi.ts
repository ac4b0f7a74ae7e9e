import { z } from 'zod'

/**
 * The library across life events (`/api/library…`, `/api/agencies/<agencyId>`): what the server's board index
 * answers. Reads only; nothing here writes a board. Every request is a POST with a JSON body that carries the
 * caller's tokens, because a browser holds one invite per board (and perhaps a workspace link) and the answer is
 * the union of what they open: in secured mode a workspace link opens every board, a board invite (any role) its
 * board; tokens that do not verify are skipped and counted, and a request with no valid token is a 401. In open
 * mode the tokens are ignored and every board is visible. Full description in PROTOCOL.md, "Library API".
 */

/** Most tokens one request may carry, and the longest token (the server refuses longer ones unread). */
export const LIBRARY_MAX_TOKENS = 1000
export const LIBRARY_TOKEN_MAX_LENGTH = 4096
/** Longest search text, and most hits one search returns. */
export const LIBRARY_QUERY_MAX = 200
export const LIBRARY_MAX_HITS = 200

export const libraryRequestSchema = z.object({
  tokens: z.array(z.string().max(LIBRARY_TOKEN_MAX_LENGTH)).max(LIBRARY_MAX_TOKENS).default([]),
})
export type LibraryRequest = z.input<typeof libraryRequestSchema>

export const librarySearchRequestSchema = libraryRequestSchema.extend({
  query: z.string().trim().min(1, 'query must not be empty').max(LIBRARY_QUERY_MAX),
})
export type LibrarySearchRequest = z.input<typeof librarySearchRequestSchema>

const lifeEventRefSchema = z.object({ id: z.string(), name: z.string() })
export type LifeEventRef = z.infer<typeof lifeEventRefSchema>

export const libraryAgencySchema = z.object({ id: z.string(), name: z.string(), shortName: z.string(), colour: z.string() })
export type LibraryAgency = z.infer<typeof libraryAgencySchema>

/** One board as the library lists it: what the index read from its journey when it last changed. */
export const libraryBoardSchema = z.object({
  boardId: z.string(),
  title: z.string(),
  lifeEvent: lifeEventRefSchema.nullable(),
  situation: z.string(),
  /** The board's own agencies and every agency a card names, board agencies first. */
  agencies: z.array(libraryAgencySchema),
  counts: z.object({
    steps: z.number().int().nonnegative(),
    painPoints: z.number().int().nonnegative(),
    handoffs: z.number().int().nonnegative(),
    /** Handoffs the person carries ("kasteball"). */
    kasteball: z.number().int().nonnegative(),
    opportunities: z.number().int().nonnegative(),
    benefits: z.number().int().nonnegative(),
  }),
  stage: z.enum(['as-is', 'to-be']),
  /** On a to-be board: its as-is board. */
  asIsBoardId: z.string().nullable(),
  /** On an as-is board: its to-be boards. */
  toBeBoardIds: z.array(z.string()),
  /** Last change of the board's journey document (ms since the epoch). */
  editedAt: z.number(),
  /** When the index last read it (ms since the epoch). */
  indexedAt: z.number(),
})
export type LibraryBoard = z.infer<typeof libraryBoardSchema>

export const libraryAnswerSchema = z.object({
  boards: z.array(libraryBoardSchema),
  /** Tokens that did not verify (expired, revoked, forged): the browser may forget them. */
  refusedTokens: z.number().int().nonnegative(),
})
export type LibraryAnswer = z.infer<typeof libraryAnswerSchema>

/** A card whose text matches a search: open `/b/<boardId>?kort=<shapeId>` to see it selected. */
export const librarySearchHitSchema = z.object({
  boardId: z.string(),
  boardTitle: z.string(),
  lifeEvent: lifeEventRefSchema.nullable(),
  shapeId: z.string(),
  /** The shape type (`step-card`, `pain-point`, …, or a tldraw type such as `note`). */
  cardType: z.string(),
  text: z.string(),
  agencyIds: z.array(z.string()),
})
export type LibrarySearchHit = z.infer<typeof librarySearchHitSchema>

export const librarySearchAnswerSchema = z.object({
  hits: z.array(librarySearchHitSchema),
  /** All matches, of which at most LIBRARY_MAX_HITS are in `hits`. */
  total: z.number().int().nonnegative(),
  refusedTokens: z.number().int().nonnegative(),
})
export type LibrarySearchAnswer = z.infer<typeof librarySearchAnswerSchema>

const boardRefSchema = z.object({ boardId: z.string(), boardTitle: z.string(), lifeEvent: lifeEventRefSchema.nullable() })

/** One agency across every journey the caller may see (`POST /api/agencies/<agencyId>`). */
export const agencyOverviewSchema = z.object({
  agency: libraryAgencySchema,
  /** The boards that name the agency (on a card or as a board agency). */
  boards: z.array(boardRefSchema),
  /** Pain points it owns, most severe first. */
  painPoints: z.array(
    boardRefSchema.extend({
      shapeId: z.string(),
      text: z.string(),
      severity: z.number().int().min(1).max(3),
      category: z.string(),
      phaseName: z.string().nullable(),
    }),
  ),
  /** Handoffs from or to it (kasteball: carried by the person). */
  handoffs: z.array(
    boardRefSchema.extend({
      shapeId: z.string(),
      direction: z.enum(['from', 'to']),
      otherAgencyId: z.string(),
      carriedBy: z.enum(['personen', 'etatene']),
      information: z.array(z.string()),
    }),
  ),
  /** Information the person carries to or from it in more than one life event: once-only candidates. */
  onceOnly: z.array(
    z.object({
      information: z.string(),
      lifeEvents: z.array(lifeEventRefSchema),
      boards: z.array(boardRefSchema),
      /** Handoffs (across the boards) in which the person carries it. */
      count: z.number().int().positive(),
    }),
  ),
  /** Benefits it contributes to. */
  benefitsContributed: z.array(boardRefSchema.extend({ shapeId: z.string(), text: z.string(), landsWith: z.string() })),
  /** Benefits that land with it. */
  benefitsReceived: z.array(boardRefSchema.extend({ shapeId: z.string(), text: z.string(), contributorIds: z.array(z.string()) })),
  /** Actor-map cards that name it, and relations to or from them. */
  actors: z.array(
    boardRefSchema.extend({ shapeId: z.string(), interest: z.string(), influence: z.string(), informationNeeds: z.string(), followUp: z.string() }),
  ),
  relations: z.array(boardRefSchema.extend({ shapeId: z.string(), fromName: z.string(), toName: z.string(), label: z.string() })),
  /** Names of every agency id the answer mentions, for display. */
  agencyNames: z.record(z.string(), libraryAgencySchema),
  refusedTokens: z.number().int().nonnegative(),
})
export type AgencyOverview = z.infer<typeof agencyOverviewSchema>

/** `POST /api/library/rebuild`: every board read again (workspace link only in secured mode). */
export const libraryRebuildAnswerSchema = z.object({
  /** Boards read and stored; a board that fails to read is skipped (and logged). */
  indexed: z.number().int().nonnegative(),
})
export type LibraryRebuildAnswer = z.infer<typeof libraryRebuildAnswerSchema>

/** Why a library request was refused (`code` of an error answer). */
export const LibraryRefusal = {
  /** 404: the agency is neither in the catalogue nor on any board the caller may see. */
  unknownAgency: 'unknown-agency',
  /** 400: the agency id is not an id at all. */
  badAgencyId: 'bad-agency-id',
  /** 401: secured mode and none of the tokens opens any board. */
  noAccess: 'no-access',
  /** 403: rebuilding the index needs a workspace link. */
  workspaceOnly: 'workspace-only',
  /** 400: the body is not JSON, or not the request's shape (too many tokens, an empty query …). */
  badRequest: 'bad-request',
  /** 404: no such library path. */
  notFound: 'not-found',
  /** 405: every library request is a POST. */
  methodNotAllowed: 'method-not-allowed',
  /** 413: the body is larger than the most tokens a request may carry need. */
  bodyTooLarge: 'body-too-large',
  /** 415: the body is not sent as `application/json`. */
  unsupportedMediaType: 'unsupported-media-type',
  /** 429: too many library requests from one address this minute (`Retry-After`). */
  rateLimited: 'rate-limited',
  /** 503: the server is shutting down or storage does not answer; retry. */
  unavailable: 'unavailable',
  /** 500: the server failed; retry. */
  internal: 'internal',
} as const
export type LibraryRefusalCode = (typeof LibraryRefusal)[keyof typeof LibraryRefusal]
