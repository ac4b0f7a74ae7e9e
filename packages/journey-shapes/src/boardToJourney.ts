import type { TLRecord } from '@tldraw/tlschema'
import { readActors, readRelations } from './actor/readActors'
import { readBenefits } from './benefit/readBenefits'
import { readHandoffs } from './handoff/readHandoffs'
import { readPhasesAndLanes } from './journeyFrame/readPhasesAndLanes'
import { readOpportunities } from './opportunity/readOpportunities'
import { readPainPoints } from './painPoint/readPainPoints'
import { readSteps } from './stepCard/readSteps'
import { BoardReading } from './board/boardReading'
import { JourneyDraft, type BoardJourney, type JourneyReader } from './board/journeyDraft'

/**
 * The shapes' readers in the order their items depend on each other: frames give phases and lanes, steps sit in
 * them, pain points and handoffs hang on steps, opportunities on pain points, relations on actors.
 */
const JOURNEY_READERS: readonly JourneyReader[] = [
  readPhasesAndLanes,
  readSteps,
  readPainPoints,
  readHandoffs,
  readOpportunities,
  readBenefits,
  readActors,
  readRelations,
]

/**
 * Reads the journey a board holds, as a fold over the shapes' readers. Pure and framework-free, so the server,
 * reports, the outline view and tests read a board the same way. Every item is checked with journey-model's
 * schema; cards that do not make a complete item are listed in `leftOut` with the reason instead of failing the
 * whole board.
 */
export function boardToJourney(records: Iterable<TLRecord>): BoardJourney {
  const board = new BoardReading(records)
  const draft = new JourneyDraft(board)
  for (const read of JOURNEY_READERS) read(board, draft)
  return draft.finish()
}
