// Dot voting, decided by the server. The round (`facilitation.voting`) and its results (`facilitation.voteResults`)
// are written into the journey document by the server only, on a facilitator's request; each participant's dots
// stay on the server (storage, VoteStore) until the reveal, so nobody else can see or change them. The budget per
// participant is the server's to keep. A participant is the holder of a participant key (PROTOCOL.md).
//
//   GET  /api/boards/<id>/votes            → BallotView: the round and the caller's own dots
//   POST /api/boards/<id>/votes            {roundId, cardId}                   give a dot (facilitator, editor)
//   POST /api/boards/<id>/votes/retract    {roundId, cardId}                   take one back
//   POST /api/boards/<id>/votes/round      {budget, types?, showCounts?}       start a round (facilitator)
//   POST /api/boards/<id>/votes/reveal     {roundId}                           show the result (facilitator)
//   POST /api/boards/<id>/votes/end        {}                                  end voting (facilitator)
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isBoardId, type BoardId } from '@sammen/journey-model'
import {
  castVoteBodySchema,
  DEFAULT_VOTABLE_TYPES,
  docKey,
  FacilitationField,
  isParticipantKey,
  JourneyRoot,
  MAX_VOTE_BUDGET,
  PARTICIPANT_KEY_HEADER,
  VoteRefusal,
  votingRoundSchema,
  type BallotView,
  type VoteResults,
  type VotingRound,
} from '@sammen/protocol'
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import * as Y from 'yjs'
import { bearer, type AccessControl } from '../auth/access'
import { ownerOfKey } from '../auth/owners'
import { mayManageInvites, mayVote } from '../auth/rules'
import { requestPath } from '../httpPath'
import type { Logger } from '../log'
import type { Room } from '../room'
import type { RoomRegistry } from '../rooms'
import { answerFailure, decodeSegment, HttpError, readJsonBody, sendJson, type ApiHandler } from '../api/httpJson'
import type { VoteStore } from '../storage/VoteStore'

export interface VotesApiOptions {
  access: AccessControl
  rooms: RoomRegistry
  storage: VoteStore
  log: Logger
  refused?: (status: number) => void
  isClosing?: () => boolean
  /** How often live counts are written at most (ms). Default 500. */
  liveCountsEveryMs?: number
}

const VOTES_PATH = /^\/api\/boards\/([^/]*)\/votes(?:\/(retract|round|reveal|end))?\/?$/
const MAX_BODY_BYTES = 4 * 1024

const startRoundBody = z.object({
  budget: z.number({ error: `budget is required (1–${MAX_VOTE_BUDGET} dots)` }).int().min(1).max(MAX_VOTE_BUDGET),
  types: z.array(z.string().min(1).max(64)).min(1).max(20).default([...DEFAULT_VOTABLE_TYPES]),
  showCounts: z.boolean().default(false),
})
const roundIdBody = z.object({ roundId: z.string().min(1).max(40) })

export function createVotesApi(options: VotesApiOptions): ApiHandler {
  const { access, rooms, storage, log } = options
  const liveTimers = new Map<BoardId, NodeJS.Timeout>()

  const send = (res: ServerResponse, status: number, body: unknown) => sendJson(res, status, body, {}, options.refused)

  const withJourney = <T>(boardId: BoardId, task: (room: Room) => Promise<T>) => rooms.withRoom(docKey(boardId, 'journey'), 'journey', task)

  const writeResults = (room: Room, round: VotingRound, results: VoteResults | null, phase?: VotingRound['phase']) =>
    room.writeAsServer((doc) => {
      const map = doc.getMap<unknown>(JourneyRoot.facilitation)
      if (phase) map.set(FacilitationField.voting, { ...round, phase })
      if (results) map.set(FacilitationField.voteResults, results)
      else map.delete(FacilitationField.voteResults)
    })

  const tally = async (boardId: BoardId, round: VotingRound, status: VoteResults['status']): Promise<VoteResults> => {
    const { tallies, voters } = await storage.tallyVotes(boardId, round.id)
    return { roundId: round.id, status, tallies, voters }
  }

  /** Live counts when the facilitator shows them: written at most every `liveCountsEveryMs` per board. */
  const scheduleLiveCounts = (boardId: BoardId) => {
    if (liveTimers.has(boardId)) return
    const timer = setTimeout(() => {
      liveTimers.delete(boardId)
      withJourney(boardId, async (room) => {
        const round = readRound(room.doc)
        if (!round || round.phase !== 'open' || !round.showCounts) return
        await writeResults(room, round, await tally(boardId, round, 'live'))
      }).catch((error: unknown) => log.warn('could not write live vote counts', { boardId, error }))
    }, options.liveCountsEveryMs ?? 500)
    timer.unref()
    liveTimers.set(boardId, timer)
  }

  const ballot = async (boardId: BoardId, round: VotingRound | null, voter: string | null): Promise<BallotView> => {
    if (!round) return { roundId: null, mine: [], left: 0 }
    const mine = voter ? await storage.votesOf(boardId, round.id, voter) : []
    return { roundId: round.id, mine, left: round.phase === 'open' ? Math.max(0, round.budget - mine.length) : 0 }
  }

  const handle = async (req: IncomingMessage, res: ServerResponse, boardId: BoardId, action: string | undefined): Promise<void> => {
    if (options.isClosing?.()) throw new HttpError(503, 'server is shutting down; retry shortly')
    const decision = await access.authorize(boardId, bearer(req))
    if (!decision.ok) throw new HttpError(decision.status, decision.reason)
    const keyHeader = req.headers[PARTICIPANT_KEY_HEADER]
    const voter = isParticipantKey(keyHeader) ? ownerOfKey(keyHeader) : null

    if (action === undefined && req.method === 'GET') {
      return send(res, 200, await withJourney(boardId, async (room) => ballot(boardId, readRound(room.doc), voter)))
    }
    if (req.method !== 'POST') throw new HttpError(405, 'use GET on …/votes, POST on the rest')
    const body = await readJsonBody(req, MAX_BODY_BYTES, true)

    if (action === undefined || action === 'retract') {
      if (!mayVote(decision.role)) throw new HttpError(403, 'this invite may not vote')
      if (!voter) throw new HttpError(400, `send your participant key in the ${PARTICIPANT_KEY_HEADER} header`)
      const parsed = castVoteBodySchema.safeParse(body)
      if (!parsed.success) throw new HttpError(400, 'body must be {"roundId", "cardId"} with a card id "shape:…"')
      const { roundId, cardId } = parsed.data
      const view = await withJourney(boardId, async (room) => {
        const round = readRound(room.doc)
        if (!round) throw new HttpError(409, 'no voting round is open', VoteRefusal.noRound)
        if (round.id !== roundId) throw new HttpError(409, 'that voting round is over; a new one has started', VoteRefusal.staleRound)
        if (round.phase !== 'open') throw new HttpError(409, 'voting is closed: the result is shown', VoteRefusal.closed)
        if (action === 'retract') {
          await storage.retractVote(boardId, round.id, voter, cardId)
        } else {
          const type = readRecordType(room.doc, cardId)
          if (type === null || !round.types.includes(type)) throw new HttpError(409, 'this card takes no dots in this round', VoteRefusal.notVotable)
          if (!(await storage.castVote(boardId, round.id, voter, cardId, round.budget))) {
            throw new HttpError(409, `all your ${round.budget} dots are given`, VoteRefusal.budgetUsed)
          }
        }
        if (round.showCounts) scheduleLiveCounts(boardId)
        return ballot(boardId, round, voter)
      })
      return send(res, 200, view)
    }

    // Running the round is the facilitator's.
    if (!mayManageInvites(decision.role)) throw new HttpError(403, 'only a facilitator runs a voting round')
    const result = await withJourney(boardId, async (room) => {
      const current = readRound(room.doc)
      switch (action) {
        case 'round': {
          const parsed = startRoundBody.safeParse(body)
          if (!parsed.success) throw new HttpError(400, parsed.error.issues[0]?.message ?? 'invalid round')
          const round = votingRoundSchema.parse({
            id: randomBytes(9).toString('base64url'),
            budget: parsed.data.budget,
            phase: 'open',
            types: parsed.data.types,
            startedAt: Date.now(),
            showCounts: parsed.data.showCounts,
          })
          await storage.clearVotes(boardId, round.id)
          await writeResults(room, round, null, 'open')
          log.info('voting round started', { boardId, roundId: round.id, budget: round.budget })
          return round
        }
        case 'reveal': {
          const parsed = roundIdBody.safeParse(body)
          if (!parsed.success) throw new HttpError(400, 'body must be {"roundId"}')
          if (!current || current.id !== parsed.data.roundId) throw new HttpError(409, 'that voting round is not the current one', VoteRefusal.staleRound)
          const results = await tally(boardId, current, 'final')
          await writeResults(room, current, results, 'revealed')
          log.info('votes revealed', { boardId, roundId: current.id, voters: results.voters })
          return results
        }
        default: {
          await room.writeAsServer((doc) => {
            const map = doc.getMap<unknown>(JourneyRoot.facilitation)
            map.delete(FacilitationField.voting)
            map.delete(FacilitationField.voteResults)
          })
          await storage.clearVotes(boardId, null)
          return { ended: true }
        }
      }
    })
    send(res, 200, result)
  }

  return (req, res) => {
    const pathname = requestPath(req)
    const match = pathname === null ? null : VOTES_PATH.exec(pathname)
    if (!match) return false
    const boardId = decodeSegment(match[1] ?? '')
    const work = isBoardId(boardId)
      ? handle(req, res, boardId, match[2])
      : Promise.reject(new HttpError(400, 'invalid board id: must be 6–64 letters, digits, "_" or "-"'))
    work.catch((error: unknown) => answerFailure(res, error, log, 'votes request', options.refused))
    return true
  }
}

function readRound(doc: Y.Doc): VotingRound | null {
  const parsed = votingRoundSchema.safeParse(doc.getMap<unknown>(JourneyRoot.facilitation).get(FacilitationField.voting))
  return parsed.success ? parsed.data : null
}

/** A record's `type` from its field log (`{ k, v }` entries; the right-most entry of a field wins). */
function readRecordType(doc: Y.Doc, recordId: string): string | null {
  const fields = doc.getMap<unknown>(JourneyRoot.records).get(recordId)
  if (!(fields instanceof Y.Array)) return null
  let type: unknown = null
  for (const entry of fields.toArray() as unknown[]) {
    if (typeof entry === 'object' && entry !== null && (entry as { k?: unknown }).k === 'type') type = (entry as { v?: unknown }).v
  }
  return typeof type === 'string' ? type : null
}
