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

/** A person as presence knows them (`PresenceUser.id`): random, stable per browser. */
export const personIdSchema = z.string().regex(/^[A-Za-z0-9_:.-]{1,64}$/).brand<'PersonId'>()
export type PersonId = z.infer<typeof personIdSchema>

/** A tldraw shape id (`shape:…`) of a card on the board. */
export const cardIdSchema = z.string().regex(/^shape:[^/]{1,100}$/).brand<'CardId'>()
export type CardId = z.infer<typeof cardIdSchema>

export const displayNameSchema = z.string().max(80)

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
