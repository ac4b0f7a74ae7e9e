import { facilitation, type BoardRoom } from '@sammen/sync'
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { useAppStore } from '../state/appStore'

type FollowState = facilitation.FollowState
type TimerState = facilitation.TimerState

/**
 * A value read from the board's Y.Doc, re-read whenever `observe` reports a change. Snapshots are cached per
 * change so React sees a stable value between changes.
 */
function useDocValue<T>(room: BoardRoom, read: () => T, observe: (onChange: () => void) => () => void): T {
  const store = useMemo(() => {
    let version = 0
    let cached: { version: number; value: T } | null = null
    return {
      subscribe: (onChange: () => void) =>
        observe(() => {
          version++
          onChange()
        }),
      getSnapshot: () => {
        if (!cached || cached.version !== version) cached = { version, value: read() }
        return cached.value
      },
    }
    // read/observe are derived from the room; a new room is a new store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [room])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

export function useFollowState(room: BoardRoom): FollowState | null {
  return useDocValue(
    room,
    () => facilitation.readFollowState(room.doc),
    (onChange) => facilitation.observeFollowState(room.doc, onChange),
  )
}

export interface LiveTimer {
  state: TimerState | null
  /** This browser's deadline for a running timer (ms on its own clock), see `facilitation.localDeadline`. */
  deadline: number | null
}

/**
 * The shared timer with its local deadline. A change that arrives while the room is in step with the server (or
 * is made here) is anchored to this browser's clock on arrival; what was already stored when the board opened
 * is anchored to the writer's clock (packages/sync facilitation/timer.ts explains why).
 */
export function useSharedTimer(room: BoardRoom): LiveTimer {
  const [timer, setTimer] = useState<LiveTimer>(() => {
    const state = facilitation.readTimerState(room.doc)
    return { state, deadline: facilitation.localDeadline(state, { live: false }, Date.now()) }
  })
  useEffect(
    () =>
      facilitation.observeTimerState(room.doc, (state, transaction) => {
        const now = Date.now()
        const live = transaction.local || room.getStatus().phase === 'online'
        setTimer({ state, deadline: facilitation.localDeadline(state, live ? { live: true, arrivedAt: now } : { live: false }, now) })
      }),
    [room],
  )
  return timer
}

export interface VotingView {
  /** The round the server runs (written into the board by the server only). */
  round: facilitation.VotingRound | null
  /** Counts of the round: final after the reveal, live while it runs if the facilitator shows them. */
  results: facilitation.VoteResults | null
}

export function useVoting(room: BoardRoom): VotingView {
  return useDocValue(
    room,
    () => ({ round: facilitation.readVotingRound(room.doc), results: facilitation.readVoteResults(room.doc) }),
    (onChange) => facilitation.observeVoting(room.doc, onChange),
  )
}

export function useThreads(room: BoardRoom): facilitation.Thread[] {
  return useDocValue(
    room,
    () => facilitation.readThreads(room.doc),
    (onChange) => facilitation.observeComments(room.doc, onChange),
  )
}

export interface Me {
  id: facilitation.PersonId | null
  name: string
  /** The agency the person takes part for, if they said. */
  agencyId: string | null
}

/** This browser's person as facilitation stores them; `id` is null if the stored id is not usable as a key. */
export function useMe(fallbackName: string): Me {
  const person = useAppStore((state) => state.person)
  return useMemo(() => {
    const id = facilitation.personIdSchema.safeParse(person.id)
    return { id: id.success ? id.data : null, name: person.name.trim() || fallbackName, agencyId: person.agencyId ?? null }
  }, [person.id, person.name, person.agencyId, fallbackName])
}
