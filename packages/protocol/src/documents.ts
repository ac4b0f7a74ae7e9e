import { isBoardId, type BoardId } from '@sammen/journey-model'

/**
 * A board has two Yjs documents: the journey (written by facilitators and editors) and the user panel's
 * annotations (written by panel members too). Rooms, storage rows and fan-out channels are keyed by the
 * document, so the two never mix and each has its own rules.
 */
export const DOC_KINDS = ['journey', 'annotations'] as const
export type DocKind = (typeof DOC_KINDS)[number]

declare const docKeyBrand: unique symbol
/**
 * Storage, room and fan-out key of one document. The journey keeps the bare board id (boards stored before
 * annotations existed load unchanged); the annotations document is `<boardId>:annotations`, which no board id
 * can equal because `:` is not allowed in one. Browsers key their IndexedDB log the same way.
 */
export type DocKey = BoardId | (string & { readonly [docKeyBrand]: true })

const ANNOTATIONS_KEY_SUFFIX = ':annotations'
const ANNOTATIONS_PATH_SUFFIX = '/annotations'

export function docKey(boardId: BoardId, kind: DocKind): DocKey {
  return kind === 'journey' ? boardId : (`${boardId}${ANNOTATIONS_KEY_SUFFIX}` as DocKey)
}

/** The room name a y-websocket provider appends to the sync URL: `<boardId>` or `<boardId>/annotations`. */
export function roomName(boardId: BoardId, kind: DocKind): string {
  return kind === 'journey' ? boardId : `${boardId}${ANNOTATIONS_PATH_SUFFIX}`
}

/** Where the sync sockets live: `/sync/<roomName>`. */
export const SYNC_PATH_PREFIX = '/sync/'

const SYNC_PATH = /^\/sync\/([^/]*)(\/annotations)?$/

export type SyncPath = { ok: true; boardId: BoardId; kind: DocKind } | { ok: false; reason: 'not-sync' | 'bad-board-id' }

/** Reads a socket's path (`/sync/<boardId>` or `/sync/<boardId>/annotations`); never throws. */
export function parseSyncPath(pathname: string): SyncPath {
  const match = SYNC_PATH.exec(pathname)
  if (!match) return { ok: false, reason: 'not-sync' }
  let boardId: string
  try {
    boardId = decodeURIComponent(match[1] ?? '')
  } catch {
    return { ok: false, reason: 'bad-board-id' }
  }
  if (!isBoardId(boardId)) return { ok: false, reason: 'bad-board-id' }
  return { ok: true, boardId, kind: match[2] ? 'annotations' : 'journey' }
}

/**
 * The top-level shared types of each document. Nothing else may appear at the root: the server refuses an
 * update that creates any other root (see PROTOCOL.md, "Document layout").
 */
export const JourneyRoot = {
  /** Y.Map<recordId, Y.Array<{ k, v }>>: every tldraw document record as a log of its fields. */
  records: 'records',
  /** Y.Map: 'schema' (tldraw SerializedSchema), 'title', board agencies. */
  meta: 'meta',
  /** Y.Map: 'follow', 'timer', 'voting', 'voteResults' (facilitators and the server only). */
  facilitation: 'facilitation',
  /** Y.Map: dots of the old, client-side voting (read only now; kept so old boards load). */
  votes: 'votes',
  /** Y.Map<commentId, Comment>. */
  comments: 'comments',
  /** Y.Map<shapeId, { resolved, by, at }>. */
  threads: 'threads',
} as const
export type JourneyRootName = (typeof JourneyRoot)[keyof typeof JourneyRoot]

export const AnnotationsRoot = {
  /** Y.Map<annotationId, Annotation>. */
  annotations: 'annotations',
} as const
export type AnnotationsRootName = (typeof AnnotationsRoot)[keyof typeof AnnotationsRoot]

export const DOC_ROOTS: Record<DocKind, readonly string[]> = {
  journey: Object.values(JourneyRoot),
  annotations: Object.values(AnnotationsRoot),
}

/** Keys of the journey's `facilitation` map. */
export const FacilitationField = {
  follow: 'follow',
  timer: 'timer',
  voting: 'voting',
  /** Written by the server only: the tally of a revealed round, or live counts when the round shows them. */
  voteResults: 'voteResults',
} as const
