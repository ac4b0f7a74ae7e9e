import { agencySchema, carrierSchema, lifeEventSchema, type Agency, type Carrier, type LifeEvent } from '@sammen/journey-model'
import { z } from 'zod'

/**
 * The journey's board-level facts (life event, the person's situation, the board's own agencies) live in the
 * tldraw document record's `meta.sammen`. That record is synced, undoable and versioned like every shape, so
 * these facts travel with the board without a second channel. tldraw does not validate `meta`, so everything is
 * read through this schema and falls back to defaults item by item rather than failing the whole board.
 */
export const BOARD_META_KEY = 'sammen'

export interface BoardJourneyMeta {
  lifeEvent: LifeEvent | null
  /** "Jeg skal bygge hus": the person's situation in the first person, `''` if not written yet. */
  situation: string
  /**
   * Agencies chosen for this board, in the order people chose them: catalogue agencies and agencies people added
   * themselves (with their own name, level and colour). Cards may also name catalogue agencies not listed here.
   */
  agencies: Agency[]
}

export const EMPTY_BOARD_JOURNEY_META: BoardJourneyMeta = { lifeEvent: null, situation: '', agencies: [] }

const looseMetaSchema = z.object({
  lifeEvent: z.unknown().optional(),
  situation: z.unknown().optional(),
  agencies: z.array(z.unknown()).optional(),
})

/** Reads `document.meta` (whole meta object); unknown or broken parts become defaults, valid agencies are kept. */
export function readBoardJourneyMeta(documentMeta: unknown): BoardJourneyMeta {
  const raw = documentMeta && typeof documentMeta === 'object' ? (documentMeta as Record<string, unknown>)[BOARD_META_KEY] : undefined
  const loose = looseMetaSchema.safeParse(raw)
  if (!loose.success) return EMPTY_BOARD_JOURNEY_META
  const lifeEvent = lifeEventSchema.safeParse(loose.data.lifeEvent)
  const situation = z.string().max(1000).safeParse(loose.data.situation)
  const agencies: Agency[] = []
  for (const item of loose.data.agencies ?? []) {
    const agency = agencySchema.safeParse(item)
    if (agency.success && !agencies.some((known) => known.id === agency.data.id)) agencies.push(agency.data)
  }
  return {
    lifeEvent: lifeEvent.success ? lifeEvent.data : null,
    situation: situation.success ? situation.data.trim() : '',
    agencies,
  }
}

/** The `meta` to write back: the other keys of `documentMeta` are kept untouched. */
export function withBoardJourneyMeta(documentMeta: Record<string, unknown>, next: BoardJourneyMeta): Record<string, unknown> {
  return { ...documentMeta, [BOARD_META_KEY]: JSON.parse(JSON.stringify(next)) as unknown }
}

/**
 * Arrow `meta` for a handoff between two step cards: who carries the information. A handoff arrow without it is
 * carried by the agencies (the default: the person carrying it is the finding, so it has to be said).
 */
export const HANDOFF_META_KEY = 'carriedBy'

export function readHandoffCarrier(arrowMeta: unknown): Carrier {
  const raw = arrowMeta && typeof arrowMeta === 'object' ? (arrowMeta as Record<string, unknown>)[HANDOFF_META_KEY] : undefined
  const parsed = carrierSchema.safeParse(raw)
  return parsed.success ? parsed.data : 'etatene'
}
