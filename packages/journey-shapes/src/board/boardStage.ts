import { z } from 'zod'

/**
 * As-is → to-be. A journey board maps the person's way as it is today ("nåværende reise", as-is) or as the agencies
 * want it to be ("ønsket reise", to-be). A to-be board is made from an as-is board and keeps its cards' ids, so the
 * comparison can tell which pain points and handoffs were removed, kept or added by id alone.
 *
 * The facts live in the tldraw document record's `meta`, like the life event (boardJourneyMeta.ts), one key per fact
 * so concurrent writes merge field by field:
 * - on the to-be board, `meta.sammenStage = { stage: 'to-be', asIsBoardId }`;
 * - on the as-is board, `meta['sammenToBe:<toBeBoardId>'] = { createdAt }`, one key per to-be board, so two people
 *   making a to-be board at the same moment both keep their link;
 * - on the to-be board, `meta['sammenResolves:<painPointId>'] = { byShapeId, note }`: which change on the to-be
 *   board resolves an as-is pain point (`byShapeId` a card of the to-be board, or null when only the note says).
 * tldraw does not validate `meta`, so everything is read through the schemas below; a broken entry is skipped.
 */
export const BOARD_STAGE_META_KEY = 'sammenStage'
export const TO_BE_LINK_META_PREFIX = 'sammenToBe:'
export const RESOLUTION_META_PREFIX = 'sammenResolves:'

export const BOARD_STAGES = ['as-is', 'to-be'] as const
export type BoardStageName = (typeof BOARD_STAGES)[number]

/** Board ids and shape ids as they may appear in a link; the same alphabet as board ids and journey item ids. */
const BOARD_ID = /^[A-Za-z0-9_-]{6,64}$/
const RESOLUTION_NOTE_MAX = 500

const stageEntrySchema = z.object({ stage: z.literal('to-be'), asIsBoardId: z.string().regex(BOARD_ID) })
const toBeLinkSchema = z.object({ createdAt: z.number().finite().nonnegative() })
const resolutionEntrySchema = z.object({
  byShapeId: z.string().min(1).max(200).nullable(),
  note: z.string().max(RESOLUTION_NOTE_MAX),
})

/** Which to-be change resolves an as-is pain point. */
export interface PainPointResolution {
  /** The as-is pain point's id (its card's shape id, kept on the to-be board while it remains). */
  painPointId: string
  /** The card of the to-be board that makes the difference (a step, an opportunity …), or null. */
  byShapeId: string | null
  note: string
}

export interface BoardStage {
  stage: BoardStageName
  /** On a to-be board: the as-is board it was made from. */
  asIsBoardId: string | null
  /** On an as-is board: the to-be boards made from it, oldest first. */
  toBeBoardIds: string[]
  /** On a to-be board: the recorded resolutions, by pain point id. */
  resolutions: PainPointResolution[]
}

export const AS_IS_STAGE: BoardStage = { stage: 'as-is', asIsBoardId: null, toBeBoardIds: [], resolutions: [] }

/** Reads the stage and links from `document.meta` (the whole meta object); never throws. */
export function readBoardStage(documentMeta: unknown): BoardStage {
  const meta = documentMeta && typeof documentMeta === 'object' ? (documentMeta as Record<string, unknown>) : {}
  const stage = stageEntrySchema.safeParse(meta[BOARD_STAGE_META_KEY])
  const toBe: { boardId: string; createdAt: number }[] = []
  const resolutions: PainPointResolution[] = []
  for (const [key, value] of Object.entries(meta)) {
    if (key.startsWith(TO_BE_LINK_META_PREFIX)) {
      const boardId = key.slice(TO_BE_LINK_META_PREFIX.length)
      const link = toBeLinkSchema.safeParse(value)
      if (link.success && BOARD_ID.test(boardId)) toBe.push({ boardId, createdAt: link.data.createdAt })
    } else if (key.startsWith(RESOLUTION_META_PREFIX)) {
      const painPointId = key.slice(RESOLUTION_META_PREFIX.length)
      const entry = resolutionEntrySchema.safeParse(value)
      if (entry.success && painPointId !== '') resolutions.push({ painPointId, ...entry.data })
    }
  }
  toBe.sort((a, b) => a.createdAt - b.createdAt || (a.boardId < b.boardId ? -1 : 1))
  resolutions.sort((a, b) => (a.painPointId < b.painPointId ? -1 : 1))
  return {
    stage: stage.success ? 'to-be' : 'as-is',
    asIsBoardId: stage.success ? stage.data.asIsBoardId : null,
    toBeBoardIds: toBe.map((link) => link.boardId),
    resolutions,
  }
}

/** The `meta` entries that mark a board as the to-be board of `asIsBoardId`. */
export function toBeStageMeta(asIsBoardId: string): Record<string, unknown> {
  return { [BOARD_STAGE_META_KEY]: { stage: 'to-be', asIsBoardId } }
}

/** The `meta` entry that links an as-is board to one of its to-be boards. */
export function toBeLinkMeta(toBeBoardId: string, createdAt: number): Record<string, unknown> {
  return { [`${TO_BE_LINK_META_PREFIX}${toBeBoardId}`]: { createdAt } }
}

/** The `meta` entry recording which change resolves a pain point (write `undefined` under the key to forget it). */
export function resolutionMeta(resolution: PainPointResolution): Record<string, unknown> {
  const note = resolution.note.trim().slice(0, RESOLUTION_NOTE_MAX)
  return { [`${RESOLUTION_META_PREFIX}${resolution.painPointId}`]: { byShapeId: resolution.byShapeId, note } }
}

export function resolutionMetaKey(painPointId: string): string {
  return `${RESOLUTION_META_PREFIX}${painPointId}`
}
