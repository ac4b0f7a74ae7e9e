// One board's index entry as stored (LibraryStore: JSON text) and as the cache holds it. The stored text is read
// like any input: parsed and checked with a schema (protocol's for the library line, journey-model's for the
// journey), so a broken or foreign row is skipped and re-indexed, never served.
import { boardAgencyFacts, foldForSearch, journeyFieldsSchema, type BoardAgencyFacts, type Journey } from '@sammen/journey-model'
import type { BoardIndexEntry, LibraryBoardSummary } from '@sammen/journey-shapes'
import { libraryAgencySchema, libraryBoardSchema, type LibraryAgency, type LibraryBoard } from '@sammen/protocol'
import { z } from 'zod'

/**
 * The format of stored entries. Raise it whenever `indexBoard` or this schema reads boards differently: rows of an
 * older format are re-read from their documents (at start-up and on the next reconcile).
 */
export const LIBRARY_ENTRY_FORMAT = 1

// journey-shapes declares the library line without importing protocol; this fails to compile if the two drift apart.
const sameShape: LibraryBoard = {} as LibraryBoardSummary
const sameShapeBack: LibraryBoardSummary = {} as LibraryBoard
void [sameShape, sameShapeBack]

const storedCardSchema = z.object({
  shapeId: z.string(),
  cardType: z.string(),
  text: z.string(),
  agencyIds: z.array(z.string()),
})

const storedEntrySchema = z.object({
  board: libraryBoardSchema,
  // The items one by one, not the cross references: a board's journey is read item by item and may leave a card's
  // link out, which must not make the whole entry unreadable.
  journey: journeyFieldsSchema,
  cards: z.array(storedCardSchema),
  agencyNames: z.record(z.string(), libraryAgencySchema),
  skippedRecords: z.number().int().nonnegative(),
})

export interface SearchCard {
  shapeId: string
  cardType: string
  text: string
  agencyIds: string[]
  /** The text folded for search once, when the entry is read. */
  searchText: string
}

/** A board as the cache holds it, ready for the library, search and agency pages. */
export interface IndexedBoard {
  board: LibraryBoard
  journey: Journey
  cards: SearchCard[]
  agencyNames: Record<string, LibraryAgency>
  revision: number
  /** The document sequence the entry was read at. */
  docSeq: number
  /** The board's part in every agency's page, read once here so a page across many boards only gathers lists. */
  agencyFacts: BoardAgencyFacts
  /** Every card's folded text joined: search skips a board that lacks a word of the query. */
  searchText: string
}

export function serializeEntry(entry: BoardIndexEntry): string {
  return JSON.stringify(entry)
}

export type ParsedEntry = { ok: true; board: IndexedBoard } | { ok: false; error: string }

/** The stored text as a board the cache can serve, or why not. */
export function parseStoredEntry(text: string, revision: number, docSeq: number, boardId: string): ParsedEntry {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, error: 'not JSON' }
  }
  const parsed = storedEntrySchema.safeParse(json)
  if (!parsed.success) return { ok: false, error: parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') }
  if (parsed.data.board.boardId !== boardId) return { ok: false, error: `entry of board ${parsed.data.board.boardId} stored under ${boardId}` }
  const { board, journey, cards, agencyNames } = parsed.data
  const searchCards = cards.map((card) => ({ ...card, searchText: foldForSearch(card.text) }))
  const agencyFacts = boardAgencyFacts({ boardId: board.boardId, boardTitle: board.title, lifeEvent: board.lifeEvent, journey, agencies: board.agencies })
  return {
    ok: true,
    board: { board, journey, cards: searchCards, agencyNames, revision, docSeq, agencyFacts, searchText: searchCards.map((card) => card.searchText).join('\n') },
  }
}

/** Whether an entry `indexBoard` just made will read back: checked before it is stored, so no row loops. */
export function checkEntry(entry: BoardIndexEntry): string | null {
  const parsed = storedEntrySchema.safeParse(entry)
  return parsed.success ? null : parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
}
