import { boardAgencyFacts, type BoardAgencyFacts } from './boardAgencyFacts'
import { compareBoards, type BoardRef, type LibraryJourney, type LifeEventRef } from './libraryJourney'

/** Information the person carries to or from one agency in more than one life event: a once-only candidate across journeys. */
export interface OnceOnlyAcrossJourneys {
  /** As first written (boards in `compareBoards` order), trimmed. */
  information: string
  /** The life events it is carried in (boards without one are not listed here, but count, see below). */
  lifeEvents: LifeEventRef[]
  boards: BoardRef[]
  /** Handoffs, across the boards, in which the person carries it to or from the agency. */
  count: number
}

interface Gathered extends OnceOnlyAcrossJourneys {
  /** A life event's id, or the board's for a board without a life event: each is a situation of its own. */
  situations: Set<string>
}

const collator = new Intl.Collator('nb', { sensitivity: 'base' })

/**
 * Information items the person carries (kasteball handoffs) to or from `agencyId`, grouped across boards with
 * `normaliseInformation` and kept only when they occur in more than one distinct life event; a board without a life
 * event counts as its own. Those are the items the agency could ask for once and share ("kun én gang"). Most life
 * events first, then most handoffs, then alphabetically.
 */
export function onceOnlyAcrossJourneys(journeys: readonly LibraryJourney[], agencyId: string): OnceOnlyAcrossJourneys[] {
  return onceOnlyOfBoards(journeys.map(boardAgencyFacts), agencyId)
}

/** `onceOnlyAcrossJourneys` from boards read ahead with `boardAgencyFacts`. */
export function onceOnlyOfBoards(facts: readonly BoardAgencyFacts[], agencyId: string): OnceOnlyAcrossJourneys[] {
  const byItem = new Map<string, Gathered>()
  for (const { board, byAgency } of [...facts].sort((a, b) => compareBoards(a.board, b.board))) {
    const carried = byAgency.get(agencyId)?.carried ?? []
    if (carried.length === 0) continue
    const situation = board.lifeEvent ? `life-event:${board.lifeEvent.id}` : `board:${board.boardId}`
    for (const { key, information } of carried) {
      let item = byItem.get(key)
      if (!item) {
        item = { information, lifeEvents: [], boards: [], count: 0, situations: new Set() }
        byItem.set(key, item)
      }
      item.count += 1
      item.situations.add(situation)
      if (item.boards.at(-1)?.boardId !== board.boardId) item.boards.push(board)
      const lifeEvent = board.lifeEvent
      if (lifeEvent && !item.lifeEvents.some((known) => known.id === lifeEvent.id)) item.lifeEvents.push(lifeEvent)
    }
  }
  return [...byItem.values()]
    .filter((item) => item.situations.size > 1)
    .sort((a, b) => b.situations.size - a.situations.size || b.count - a.count || collator.compare(a.information, b.information))
    .map(({ situations: _situations, ...item }) => item)
}
