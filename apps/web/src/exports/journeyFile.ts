import { findJourneyProblems, journeySchema, type Journey } from '@sammen/journey-model'
import type { BoardJourney } from '@sammen/journey-shapes'
import { z } from 'zod'

/** What a Sammen journey file says it is, so any other JSON is recognised and refused with a clear message. */
export const JOURNEY_FILE_FORMAT = 'sammen-journey'
/** Bumped only when an older Sammen could no longer read the file correctly. */
export const JOURNEY_FILE_VERSION = 1
export const JOURNEY_FILE_EXTENSION = 'json'
export const JOURNEY_FILE_MIME_TYPE = 'application/json'

/** The envelope around a journey; the journey itself is checked separately so its problems get their own messages. */
export const journeyFileEnvelopeSchema = z.object({
  format: z.literal(JOURNEY_FILE_FORMAT),
  version: z.number().int().positive(),
  journey: z.unknown(),
})

export interface JourneyFile {
  format: typeof JOURNEY_FILE_FORMAT
  version: typeof JOURNEY_FILE_VERSION
  journey: Journey
}

/** The collections an item can be left out of when the board holds parts that do not fit together. */
export type JourneyCollection = 'agencies' | 'phases' | 'lanes' | 'steps' | 'painPoints' | 'opportunities' | 'handoffs' | 'benefits' | 'actors' | 'relations'
const COLLECTIONS = new Set<string>(['agencies', 'phases', 'lanes', 'steps', 'painPoints', 'opportunities', 'handoffs', 'benefits', 'actors', 'relations'])

export type LeftOutOfFile = Partial<Record<JourneyCollection, number>>

/**
 * The journey a board holds, ready to write: every item is already valid on its own (boardToJourney checks them),
 * but the board can hold things that do not fit together, such as a handoff arrow between two steps of the same
 * agency. Those items are left out (and counted, so the person is told) rather than writing a file Sammen
 * itself would refuse to import. Leaving an item out can break another (a step's pain points), hence the loop.
 */
export function buildJourneyFile(journey: Journey): { file: JourneyFile; leftOut: LeftOutOfFile } {
  let current = journey
  const leftOut: LeftOutOfFile = {}
  for (let round = 0; round < 10; round++) {
    const problems = findJourneyProblems(current)
    if (problems.length === 0) break
    const drop = new Map<JourneyCollection, Set<number>>()
    for (const { path } of problems) {
      const [collection, index] = path
      if (typeof collection !== 'string' || !COLLECTIONS.has(collection) || typeof index !== 'number') continue
      const key = collection as JourneyCollection
      drop.set(key, (drop.get(key) ?? new Set()).add(index))
    }
    if (drop.size === 0) break
    const next = { ...current }
    for (const [collection, indexes] of drop) {
      ;(next[collection] as unknown[]) = (current[collection] as unknown[]).filter((_, index) => !indexes.has(index))
      leftOut[collection] = (leftOut[collection] ?? 0) + indexes.size
    }
    current = next
  }
  // The same schema the import uses: a file this writes is always one Sammen can read back.
  const checked = journeySchema.parse(current)
  return { file: { format: JOURNEY_FILE_FORMAT, version: JOURNEY_FILE_VERSION, journey: checked }, leftOut }
}

/** What a board holds that its journey file does not, in the two ways the person is told about. */
export interface JourneyFileGaps {
  /** Cards (and arrows) boardToJourney could not read as items: outside the frame, no agency, no text, and so on. */
  cards: number
  /** Items that are fine on their own but do not fit with the rest (see buildJourneyFile). */
  mismatched: number
}

/**
 * The file for a whole board, with everything it leaves out counted: the export message must account for every
 * card that is on the board but not in the file, not only those dropped for not fitting together.
 */
export function buildBoardJourneyFile(board: Pick<BoardJourney, 'journey' | 'leftOut'>): { file: JourneyFile; gaps: JourneyFileGaps } {
  const { file, leftOut } = buildJourneyFile(board.journey)
  const mismatched = Object.values(leftOut).reduce((sum, count) => sum + (count ?? 0), 0)
  return { file, gaps: { cards: board.leftOut.length, mismatched } }
}

export function journeyFileText(file: JourneyFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}
