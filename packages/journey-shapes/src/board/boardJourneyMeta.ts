import { agencySchema, lifeEventSchema, type Agency, type LifeEvent } from '@sammen/journey-model'
import { z } from 'zod'

/**
 * The journey's board-level facts (life event, the person's situation, the board's own agencies) live in the
 * tldraw document record's `meta`. That record is synced, undoable and versioned like every shape, so these facts
 * travel with the board without a second channel. tldraw does not validate `meta`, so everything is read through
 * this schema and falls back to defaults item by item rather than failing the whole board.
 *
 * The sync binding merges a record field by field, and each key of `meta` is one field. So the life event and the
 * situation share `meta.sammen`, while every agency has a key of its own (`meta['sammenAgency:<id>']`, with its
 * place in the list): two people adding an agency at the same moment both keep theirs. An older board's
 * `meta.sammen.agencies` array is still read, and rewritten in the new form on the next change.
 */
export const BOARD_META_KEY = 'sammen'
export const BOARD_AGENCY_META_PREFIX = 'sammenAgency:'

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

const agencyEntrySchema = z.object({ order: z.number().finite(), agency: agencySchema })

/** Reads `document.meta` (whole meta object); unknown or broken parts become defaults, valid agencies are kept. */
export function readBoardJourneyMeta(documentMeta: unknown): BoardJourneyMeta {
  const meta = documentMeta && typeof documentMeta === 'object' ? (documentMeta as Record<string, unknown>) : {}
  const loose = looseMetaSchema.safeParse(meta[BOARD_META_KEY] ?? {})
  const facts = loose.success ? loose.data : {}
  const lifeEvent = lifeEventSchema.safeParse(facts.lifeEvent)
  const situation = z.string().max(1000).safeParse(facts.situation)
  return {
    lifeEvent: lifeEvent.success ? lifeEvent.data : null,
    situation: situation.success ? situation.data.trim() : '',
    agencies: readAgencies(meta, facts.agencies ?? []),
  }
}

function readAgencies(meta: Record<string, unknown>, legacy: readonly unknown[]): Agency[] {
  const entries = new Map<string, { order: number; agency: Agency }>()
  legacy.forEach((item, order) => {
    const agency = agencySchema.safeParse(item)
    if (agency.success && !entries.has(agency.data.id)) entries.set(agency.data.id, { order, agency: agency.data })
  })
  for (const [key, value] of Object.entries(meta)) {
    if (!key.startsWith(BOARD_AGENCY_META_PREFIX)) continue
    const entry = agencyEntrySchema.safeParse(value)
    if (entry.success && key === agencyMetaKey(entry.data.agency.id)) entries.set(entry.data.agency.id, entry.data)
  }
  // Two agencies added at once can share a place: the id decides, the same way in every browser.
  return [...entries.values()].sort((a, b) => a.order - b.order || (a.agency.id < b.agency.id ? -1 : 1)).map((entry) => entry.agency)
}

function agencyMetaKey(id: string): string {
  return `${BOARD_AGENCY_META_PREFIX}${id}`
}

/**
 * The `meta` to write back: the other keys of `documentMeta` are kept untouched. An agency keeps its key and value
 * while its place does not change, so adding one writes only the new agency's field.
 */
export function withBoardJourneyMeta(documentMeta: Record<string, unknown>, next: BoardJourneyMeta): Record<string, unknown> {
  const meta: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(documentMeta)) if (!key.startsWith(BOARD_AGENCY_META_PREFIX)) meta[key] = value
  meta[BOARD_META_KEY] = JSON.parse(JSON.stringify({ lifeEvent: next.lifeEvent, situation: next.situation })) as unknown
  next.agencies.forEach((agency, order) => {
    meta[agencyMetaKey(agency.id)] = JSON.parse(JSON.stringify({ order, agency })) as unknown
  })
  return meta
}
