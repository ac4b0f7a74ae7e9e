// Workshop state ends when the workshop does. Follow me, the countdown and the voting round live in the journey
// document (`facilitation`), so without this they would outlive the workshop: people coming back the next day
// would find themselves pulled along by a leader who is gone, a timer long run out and a round still open.
//
// The server decides, not the browsers: it is the one party that knows who is connected (a browser only sees
// presence, which anyone may fake or simply not have yet), it already writes `voting` and `voteResults`, and its
// writes reach everyone, including people who open the board later. When the last facilitator connection of a
// board goes and no facilitator comes back within `idleMs`, the server ends all of it, as `server`, exactly as a
// facilitator's "Stopp" / "Avslutt" would: the follow and countdown keys and the round and its results go, and the
// round's dots are cleared from storage.
import type { BoardId } from '@sammen/journey-model'
import { docKey, FacilitationField, JourneyRoot } from '@sammen/protocol'
import type { Logger } from '../log'
import type { Room } from '../room'
import type { RoomRegistry } from '../rooms'
import type { VoteStore } from '../storage/VoteStore'

/** How long a board's workshop state outlives its last facilitator by default: a long break, not a day. */
export const DEFAULT_WORKSHOP_IDLE_MS = 30 * 60_000

const WORKSHOP_FIELDS = [FacilitationField.follow, FacilitationField.timer, FacilitationField.voting, FacilitationField.voteResults] as const

/** The facilitation keys a board still has set (empty: nothing to end). */
export function activeWorkshopFields(room: Room): string[] {
  const map = room.doc.getMap<unknown>(JourneyRoot.facilitation)
  return WORKSHOP_FIELDS.filter((field) => map.has(field))
}

/** Ends follow me, the countdown and the voting round (with its dots) on a board, as the server. */
export async function endWorkshopState(room: Room, boardId: BoardId, votes: VoteStore): Promise<void> {
  await room.writeAsServer((doc) => {
    const map = doc.getMap<unknown>(JourneyRoot.facilitation)
    for (const field of WORKSHOP_FIELDS) if (map.has(field)) map.delete(field)
  })
  await votes.clearVotes(boardId, null)
}

export interface IdleWorkshopsOptions {
  votes: VoteStore
  log: Logger
  /** How long after the last facilitator left the state ends. */
  idleMs: number
  /** How long to wait for another instance to say it has a facilitator on the board. Default 1 s. */
  askOthersMs?: number
}

const DEFAULT_ASK_OTHERS_MS = 1000

/**
 * Watches which journey rooms have a facilitator connected and ends a board's workshop state `idleMs` after the last
 * one left. Each instance counts its own connections; before ending, it asks the other instances over the fan-out
 * (Room.facilitatorElsewhere), so a facilitator connected through another instance keeps the workshop running. The clock lives here and not in the room, because the room unloads as soon as
 * its last client goes (everyone at lunch); the end then loads the board for a moment, like the votes API does.
 */
export class IdleWorkshops {
  private readonly timers = new Map<BoardId, NodeJS.Timeout>()
  private rooms: RoomRegistry | null = null

  constructor(private readonly options: IdleWorkshopsOptions) {}

  /** The registry is created with this watcher among its options, so it is handed over afterwards. */
  attach(rooms: RoomRegistry): void {
    this.rooms = rooms
  }

  /** Called by a journey room whenever a peer joins or leaves. */
  readonly peersChanged = (room: Room): void => {
    if (room.kind !== 'journey') return
    const boardId = room.docKey as BoardId
    if (room.facilitatorCount > 0) {
      this.cancel(boardId)
      return
    }
    // Counted from the moment the last facilitator left, not from later comings and goings of others. A board with
    // no workshop state needs no clock: only a facilitator can start one, and their arrival cancels this anyway.
    if (this.timers.has(boardId) || activeWorkshopFields(room).length === 0) return
    this.schedule(boardId)
  }

  private schedule(boardId: BoardId): void {
    const timer = setTimeout(() => {
      this.timers.delete(boardId)
      void this.endIfStillIdle(boardId)
    }, this.options.idleMs)
    timer.unref()
    this.timers.set(boardId, timer)
  }

  private cancel(boardId: BoardId): void {
    const timer = this.timers.get(boardId)
    if (timer) clearTimeout(timer)
    this.timers.delete(boardId)
  }

  private async endIfStillIdle(boardId: BoardId): Promise<void> {
    const rooms = this.rooms
    if (!rooms) return
    try {
      await rooms.withRoom(docKey(boardId, 'journey'), 'journey', async (room) => {
        if (room.facilitatorCount > 0) return
        const fields = activeWorkshopFields(room)
        if (fields.length === 0) return
        // With several instances the facilitator may be connected to another one: ask, and look again later if so.
        if (await room.facilitatorElsewhere(this.options.askOthersMs ?? DEFAULT_ASK_OTHERS_MS)) {
          if (!this.timers.has(boardId)) this.schedule(boardId)
          return
        }
        // Someone may have come back here while we asked.
        if (room.facilitatorCount > 0) return
        await endWorkshopState(room, boardId, this.options.votes)
        this.options.log.info('workshop state ended: no facilitator came back', { boardId, fields, idleMs: this.options.idleMs })
      })
    } catch (error) {
      this.options.log.warn('could not end an idle workshop', { boardId, error })
    }
  }

  /** For shutdown: no timer may fire into closed storage. */
  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }
}
