import { facilitation, type BoardRoom } from '@sammen/sync'
import { useEffect, useSyncExternalStore } from 'react'
import { getBoardAccess } from '../access/boardAccess'

/** This participant's own dots in the current round, as the server keeps them (nobody else sees them). */
export interface Ballot {
  roundId: string | null
  mine: readonly string[]
  left: number
  /** A request is on its way (buttons wait for it). */
  busy: boolean
  /** Why the last request failed, in terms the voting bar translates. */
  problem: BallotProblem | null
}

export type BallotProblem = 'offline' | 'budget-used' | 'not-votable' | 'closed' | 'stale-round' | 'refused' | 'failed'

const EMPTY: Ballot = { roundId: null, mine: [], left: 0, busy: false, problem: null }

export interface BallotStore {
  subscribe(listener: () => void): () => void
  get(): Ballot
  /** Asks the server for this participant's dots of the round (after a new round, a reconnect, a focus). */
  refresh(): Promise<void>
  cast(roundId: string, cardId: string): Promise<void>
  retract(roundId: string, cardId: string): Promise<void>
  /** The facilitator's controls; they throw the API error for the panel to show. */
  readonly api: facilitation.VotesApiClient
}

const stores = new WeakMap<BoardRoom, BallotStore>()

/** One store per open board: the voting bar and the dots on the cards show the same ballot. */
export function ballotStoreFor(room: BoardRoom): BallotStore {
  let store = stores.get(room)
  if (!store) {
    store = createBallotStore(
      facilitation.createVotesApiClient({
        boardId: room.boardId,
        getToken: () => getBoardAccess().token,
        getParticipantKey: () => room.getParticipantKey(),
      }),
    )
    stores.set(room, store)
  }
  return store
}

export function createBallotStore(api: facilitation.VotesApiClient): BallotStore {
  let ballot = EMPTY
  const listeners = new Set<() => void>()
  const set = (next: Partial<Ballot>) => {
    ballot = { ...ballot, ...next }
    for (const listener of listeners) listener()
  }
  // One request at a time, in the order asked: two quick clicks give two dots, and the last answer shown is the
  // server's latest view.
  let queue: Promise<void> = Promise.resolve()
  let waiting = 0
  const run = (request: () => Promise<{ roundId: string | null; mine: string[]; left: number }>): Promise<void> => {
    waiting++
    set({ busy: true })
    queue = queue.then(async () => {
      try {
        const view = await request()
        set({ ...view, busy: --waiting > 0, problem: null })
      } catch (error) {
        set({ busy: --waiting > 0, problem: problemOf(error) })
      }
    })
    return queue
  }
  return {
    api,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    get: () => ballot,
    refresh: () => run(() => api.ballot()),
    cast: (roundId, cardId) => run(() => api.cast(roundId, cardId)),
    retract: (roundId, cardId) => run(() => api.retract(roundId, cardId)),
  }
}

function problemOf(error: unknown): BallotProblem {
  if (!(error instanceof facilitation.VotesApiError)) return 'failed'
  if (error.status === 0) return 'offline'
  switch (error.code) {
    case 'budget-used':
    case 'not-votable':
    case 'closed':
    case 'stale-round':
      return error.code
  }
  return error.status === 401 || error.status === 403 ? 'refused' : 'failed'
}

/**
 * The ballot of the open round, kept fresh: read again when the round changes, when the connection comes back and
 * when the window gets focus (another tab of this browser may have voted).
 */
export function useBallot(room: BoardRoom, round: facilitation.VotingRound | null): Ballot {
  const store = ballotStoreFor(room)
  const ballot = useSyncExternalStore(store.subscribe, store.get)
  const roundKey = round ? `${round.id}:${round.phase}` : null
  useEffect(() => {
    if (!roundKey) return
    void store.refresh()
    const refresh = () => void store.refresh()
    window.addEventListener('focus', refresh)
    window.addEventListener('online', refresh)
    const stopStatus = room.subscribeStatus((status) => {
      if (status.phase === 'online') refresh()
    })
    return () => {
      window.removeEventListener('focus', refresh)
      window.removeEventListener('online', refresh)
      stopStatus()
    }
  }, [room, store, roundKey])
  return round && ballot.roundId === round.id ? ballot : { ...EMPTY, busy: ballot.busy, problem: ballot.problem }
}
