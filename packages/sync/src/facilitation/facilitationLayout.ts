import { FacilitationField, JourneyRoot } from '@sammen/protocol'
import type * as Y from 'yjs'
import { z } from 'zod'

/**
 * Facilitation state of a board, in the board's own Y.Doc next to `records` (see the package README; the names
 * are @sammen/protocol's, the server enforces who writes what):
 *
 *   doc.getMap('facilitation')  'follow' → FollowState, 'timer' → TimerState     (facilitators)
 *                               'voting' → VotingRound, 'voteResults' → counts  (the server)
 *   doc.getMap('comments')      commentId → Comment                          one key per comment
 *   doc.getMap('threads')       shape id → ThreadStatus                      resolved or not
 *
 * Every value is plain JSON written whole and validated with zod when read: a peer on an older or newer client,
 * or a hand-edited document, can never crash a reader; an invalid value reads as "not there".
 */
export const FACILITATION_KEY = JourneyRoot.facilitation
export const COMMENTS_KEY = JourneyRoot.comments
export const THREADS_KEY = JourneyRoot.threads

export const FOLLOW_FIELD = FacilitationField.follow
export const TIMER_FIELD = FacilitationField.timer
export const VOTING_FIELD = FacilitationField.voting

// The values' schemas are the wire contract's: the server checks what is written with the same ones.
export { cardIdSchema, displayNameSchema, personIdSchema, type CardId, type PersonId } from '@sammen/protocol'

export function getFacilitationMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(FACILITATION_KEY)
}

export function getCommentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(COMMENTS_KEY)
}

export function getThreadsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(THREADS_KEY)
}

/** Reads `map.get(key)` through a schema; anything invalid is treated as absent. */
export function readValid<T>(map: Y.Map<unknown>, key: string, schema: z.ZodType<T>): T | null {
  const parsed = schema.safeParse(map.get(key))
  return parsed.success ? parsed.data : null
}

/** Calls `listener` after every change to any of the facilitation types; returns the unsubscribe. */
export function observeFacilitation(doc: Y.Doc, listener: (transaction: Y.Transaction) => void): () => void {
  const maps = [getFacilitationMap(doc), getCommentsMap(doc), getThreadsMap(doc)]
  const onChange = (_events: unknown, transaction: Y.Transaction) => listener(transaction)
  for (const map of maps) map.observeDeep(onChange)
  return () => {
    for (const map of maps) map.unobserveDeep(onChange)
  }
}
