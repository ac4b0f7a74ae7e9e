import type { Journey } from '@sammen/journey-model'
import type { BoardStageName } from '../board/boardStage'

/*
 * What the server's board index keeps per board. These interfaces are structurally identical to the wire shapes in
 * `@sammen/protocol` (`libraryApi.ts`: `LibraryBoard`, `LibraryAgency`); journey-shapes may not import protocol, so
 * the server checks what it sends with protocol's schemas instead.
 */

export interface LibraryAgencySummary {
  id: string
  name: string
  shortName: string
  colour: string
}

export interface LibraryBoardCounts {
  steps: number
  painPoints: number
  handoffs: number
  /** Handoffs the person carries ("kasteball"). */
  kasteball: number
  opportunities: number
  benefits: number
}

/** One board as the library lists it (protocol's `LibraryBoard`). */
export interface LibraryBoardSummary {
  boardId: string
  title: string
  lifeEvent: { id: string; name: string } | null
  situation: string
  /** The board's own agencies, then every agency a card names. */
  agencies: LibraryAgencySummary[]
  counts: LibraryBoardCounts
  stage: BoardStageName
  asIsBoardId: string | null
  toBeBoardIds: string[]
  /** Last change of the board's journey document (ms since the epoch). */
  editedAt: number
  /** When the index read it (ms since the epoch). */
  indexedAt: number
}

/** A shape with text, as card search reads it. */
export interface IndexedCard {
  shapeId: string
  /** The shape type: a Sammen card (`step-card`, `pain-point`, …) or tldraw's (`note`, `geo`, `text`, `arrow`). */
  cardType: string
  text: string
  agencyIds: string[]
}

/** Everything the index keeps about one board: the library's line, the journey, the text of its shapes. */
export interface BoardIndexEntry {
  board: LibraryBoardSummary
  journey: Journey
  cards: IndexedCard[]
  /** Every agency the board names, by id (the same agencies as `board.agencies`). */
  agencyNames: Record<string, LibraryAgencySummary>
  /** Records that were not valid records of the board's schema and were left out of the reading. */
  skippedRecords: number
}
