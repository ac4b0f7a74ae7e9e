import type * as Y from 'yjs'
import { followStateSchema, type FollowState } from '@sammen/protocol'
import { FOLLOW_FIELD, getFacilitationMap, readValid, type PersonId } from './facilitationLayout'

/**
 * "Alle følger meg": who leads and since when (`followStateSchema`, @sammen/protocol). `sessionId` is new every time
 * someone starts leading, so a person who stopped following one session follows again when the facilitator starts a
 * new one.
 */
export { followStateSchema, type FollowState }

export function readFollowState(doc: Y.Doc): FollowState | null {
  return readValid(getFacilitationMap(doc), FOLLOW_FIELD, followStateSchema)
}

export function startLeading(doc: Y.Doc, leader: { id: PersonId; name: string }, now = Date.now()): FollowState {
  const state: FollowState = {
    leaderId: leader.id,
    leaderName: leader.name.slice(0, 80),
    sessionId: `${leader.id.slice(0, 16)}-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    startedAt: now,
  }
  doc.transact(() => getFacilitationMap(doc).set(FOLLOW_FIELD, state))
  return state
}

export function stopLeading(doc: Y.Doc): void {
  const map = getFacilitationMap(doc)
  if (map.has(FOLLOW_FIELD)) doc.transact(() => map.delete(FOLLOW_FIELD))
}

export function observeFollowState(doc: Y.Doc, listener: (state: FollowState | null) => void): () => void {
  const map = getFacilitationMap(doc)
  const onChange = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(FOLLOW_FIELD)) listener(readFollowState(doc))
  }
  map.observe(onChange)
  return () => map.unobserve(onChange)
}

/** What one person's client knows when it decides whether its viewport should follow. */
export interface FollowSituation {
  follow: FollowState | null
  me: PersonId
  /** The user id this client's viewport follows now (tldraw's `instance.followingUserId`). */
  followingUserId: string | null
  /** The follow session this person left by moving the canvas themselves, if any. */
  leftSessionId: string | null
  /** Whether the leader's presence (cursor, viewport) has reached this client yet. */
  leaderPresent: boolean
}

/**
 * - `start`: follow the leader now (a session started, the leader's presence arrived, or "Følg igjen").
 * - `stop`: the session ended, or this person leads now: stop following.
 * - `left`: this client was following the session's leader and no longer is, the leader is still here and nobody
 *   stopped the session: the person moved the canvas themselves. Remember the session as left, offer "Følg igjen".
 * - `lost`: the leader's presence went away (tldraw stops following then): follow again when it comes back.
 * - `none`: nothing to do.
 *
 * `wasFollowingLeader` is whether this client started following because of the session (and has not stopped
 * since), so a person who follows a colleague on their own is not stopped when no session runs.
 */
export type FollowAction = 'start' | 'stop' | 'left' | 'lost' | 'none'

export function decideFollowAction(situation: FollowSituation, wasFollowingLeader: boolean): FollowAction {
  const { follow, me, followingUserId, leftSessionId, leaderPresent } = situation
  if (!follow || follow.leaderId === me) return wasFollowingLeader && followingUserId !== null ? 'stop' : 'none'
  if (followingUserId === follow.leaderId) return 'none'
  if (wasFollowingLeader && followingUserId !== null) return 'stop'
  if (wasFollowingLeader) return leaderPresent ? 'left' : 'lost'
  if (leftSessionId === follow.sessionId) return 'none'
  return leaderPresent ? 'start' : 'none'
}
