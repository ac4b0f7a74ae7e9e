import { z } from 'zod'

/**
 * Dot voting, decided by the server (`/api/boards/<boardId>/votes`). The round itself (budget, card types, open or
 * revealed) is written by a facilitator into the journey's `facilitation` map; the dots are not in any shared
 * document: each participant's dots live on the server until the reveal, so nobody (not even devtools) sees who
 * voted for what. A participant is the holder of a participant key (see subprotocols.ts), sent as the
 * `x-sammen-participant` header. Full description in PROTOCOL.md.
 */
export const castVoteBodySchema = z.object({
  roundId: z.string().regex(/^[A-Za-z0-9_-]{4,40}$/),
  cardId: z.string().regex(/^shape:[^/]{1,100}$/),
})
export type CastVoteBody = z.infer<typeof castVoteBodySchema>

export const retractVoteBodySchema = castVoteBodySchema
export type RetractVoteBody = CastVoteBody

/** `GET …/votes` and every successful change answer with the caller's view of the round. */
export const ballotViewSchema = z.object({
  roundId: z.string().nullable(),
  /** The caller's own dots (one entry per dot; a card may appear several times). */
  mine: z.array(z.string()),
  /** Dots the caller may still give. */
  left: z.number().int().nonnegative(),
})
export type BallotView = z.infer<typeof ballotViewSchema>

/** Why a dot was refused (`code` of a 409). */
export const VoteRefusal = {
  noRound: 'no-round',
  closed: 'closed',
  notVotable: 'not-votable',
  budgetUsed: 'budget-used',
  staleRound: 'stale-round',
} as const
export type VoteRefusalCode = (typeof VoteRefusal)[keyof typeof VoteRefusal]

/** Written by the server into `facilitation.voteResults`: counts only, never who gave them. */
export const voteResultsSchema = z.object({
  roundId: z.string(),
  /** `final`: the round is revealed; `live`: the facilitator shows counts while people vote. */
  status: z.enum(['live', 'final']),
  tallies: z.array(z.object({ cardId: z.string(), dots: z.number().int().positive() })),
  voters: z.number().int().nonnegative(),
})
export type VoteResults = z.infer<typeof voteResultsSchema>

/** Most dots one person may have in a round. */
export const MAX_VOTE_BUDGET = 20
/** Card types people may vote on by default: pain points and opportunities (journey-shapes' type names). */
export const DEFAULT_VOTABLE_TYPES = ['pain-point', 'opportunity'] as const

/**
 * A dot voting round, `facilitation.voting` in the journey document, written by a facilitator. `phase` is `open`
 * while people vote and `revealed` once the facilitator shows the result; `showCounts` lets everyone see the
 * counts (never who voted) while the round is open.
 */
export const votingRoundSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{4,40}$/),
  budget: z.number().int().min(1).max(MAX_VOTE_BUDGET),
  phase: z.enum(['open', 'revealed']),
  types: z.array(z.string().min(1).max(64)).min(1).max(20),
  startedAt: z.number().finite(),
  showCounts: z.boolean().optional(),
})
export type VotingRound = z.infer<typeof votingRoundSchema>
