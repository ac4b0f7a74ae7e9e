import { findCatalogueAgency, type Agency } from '@sammen/journey-model'
import type { TLRecord, TLShape } from '@tldraw/tlschema'
import { readBoardJourneyMeta } from '../board/boardJourneyMeta'
import { readBoardStage } from '../board/boardStage'
import { UNKNOWN_AGENCY_COLOUR } from '../board/journeyDraft'
import { validateBoardRecord } from '../boardSchema'
import { boardToJourney } from '../boardToJourney'
import { agencyIdsOfShape, textOfShape } from '../shapeFacts'
import type { BoardIndexEntry, IndexedCard, LibraryAgencySummary } from './libraryBoard'

export interface IndexBoardOptions {
  boardId: string
  /** The board's title: it lives in the journey document's `meta` map, not in the records. */
  title: string
  /** Last change of the board's document (ms since the epoch). */
  editedAt: number
  /** Now (ms since the epoch). */
  indexedAt: number
}

/** A board's records as the index reads them: the valid ones, and how many were not. */
export interface ValidBoardRecords {
  records: TLRecord[]
  /** Shapes and bindings that failed the board's record schema. */
  skipped: number
}

/**
 * Keeps the records a board index reads: the document record (only its `meta` is read, through schemas that never
 * throw; its name stands in for the title) and every shape and binding that passes the board's record schema.
 * Records from storage are unvalidated here. Works on any slice of a board's records, so a caller can check a large
 * board in turns and join the slices (`records` concatenated, `skipped` added).
 */
export function validBoardRecords(records: Iterable<TLRecord | unknown>, title: string): ValidBoardRecords {
  const valid: TLRecord[] = []
  let skipped = 0
  for (const record of records) {
    const typeName = (record as { typeName?: unknown } | null)?.typeName
    if (typeName === 'document') {
      // Sammen keeps the title in the document's `meta` map, not in the record's name: the title stands in, so a
      // journey without a life event is named after its board.
      const meta = (record as { meta?: unknown }).meta
      valid.push({ ...(record as TLRecord), name: title, meta: isObject(meta) ? meta : {} } as TLRecord)
      continue
    }
    if (typeName !== 'shape' && typeName !== 'binding') continue
    try {
      validateBoardRecord(record)
      valid.push(record as TLRecord)
    } catch {
      skipped++
    }
  }
  return { records: valid, skipped }
}

/**
 * Reads one board for the library: its line in the list (life event, agencies, counts, as-is or to-be), its journey
 * (`boardToJourney`) and the text of every shape with text (cards, notes, geo, text, arrow labels) for search.
 * Records come from storage nobody validated here, so each shape and binding is checked with the board's record
 * schema first; what fails is left out and counted (`skippedRecords`) rather than failing the board.
 */
export function indexBoard(records: Iterable<TLRecord | unknown>, options: IndexBoardOptions): BoardIndexEntry {
  return indexValidBoard(validBoardRecords(records, options.title), options)
}

/** `indexBoard` for records already kept by `validBoardRecords`. */
export function indexValidBoard({ records: valid, skipped: skippedRecords }: ValidBoardRecords, options: IndexBoardOptions): BoardIndexEntry {
  const documentMeta = valid.find((record) => record.typeName === 'document')?.meta ?? {}
  const { journey } = boardToJourney(valid)
  const meta = readBoardJourneyMeta(documentMeta)
  const stage = readBoardStage(documentMeta)
  const shapes = valid.filter((record): record is TLShape => record.typeName === 'shape')

  const journeyAgencies = new Map<string, Agency>(journey.agencies.map((agency) => [agency.id, agency]))
  const agencyNames: Record<string, LibraryAgencySummary> = {}
  const agencies: LibraryAgencySummary[] = []
  const name = (id: string) => {
    if (id === '' || agencyNames[id]) return
    const known = journeyAgencies.get(id) ?? findCatalogueAgency(id)
    const agency = known
      ? { id, name: known.name, shortName: known.shortName, colour: known.colour }
      : { id, name: id, shortName: id.slice(0, 24), colour: UNKNOWN_AGENCY_COLOUR }
    agencyNames[id] = agency
    agencies.push(agency)
  }
  for (const agency of meta.agencies) name(agency.id)

  const cards: IndexedCard[] = []
  for (const shape of shapes) {
    const agencyIds = agencyIdsOfShape(shape) ?? []
    agencyIds.forEach(name)
    const text = textOfShape(shape).trim()
    if (text !== '') cards.push({ shapeId: shape.id, cardType: shape.type, text, agencyIds })
  }

  return {
    board: {
      boardId: options.boardId,
      title: options.title,
      lifeEvent: meta.lifeEvent ? { id: meta.lifeEvent.id, name: meta.lifeEvent.name } : null,
      situation: meta.situation,
      agencies,
      counts: {
        steps: journey.steps.length,
        painPoints: journey.painPoints.length,
        handoffs: journey.handoffs.length,
        kasteball: journey.handoffs.filter((handoff) => handoff.carriedBy === 'personen').length,
        opportunities: journey.opportunities.length,
        benefits: journey.benefits.length,
      },
      stage: stage.stage,
      asIsBoardId: stage.asIsBoardId,
      toBeBoardIds: stage.toBeBoardIds,
      editedAt: options.editedAt,
      indexedAt: options.indexedAt,
    },
    journey,
    cards,
    agencyNames,
    skippedRecords,
  }
}

function isObject(value: unknown): value is Record<string, never> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
