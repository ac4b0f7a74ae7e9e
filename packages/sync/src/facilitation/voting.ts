import type * as Y from 'yjs'
import { z } from 'zod'
import { cardIdSchema, getFacilitationMap, getVotesMap, personIdSchema, readValid, VOTING_FIELD, type CardId, type PersonId } from './facilitationLayout'

export const MAX_VOTE_BUDGET = 20
/** Card types people may vote on: pain points and opportunities (journey-shapes' type names). */
export const DEFAULT_VOTABLE_TYPES = ['pain-point', 'opportunity'] as const

/**
 * A dot voting round. `phase` is `open` while people vote (everyone sees only their own dots) and `revealed`
 * once the facilitator shows the result (voting is closed then).
 */
export const votingRoundSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{4,40}$/),
  budget: z.number().int().min(1).max(MAX_VOTE_BUDGET),
  phase: z.enum(['open', 'revealed']),
  types: z.array(z.string().min(1).max(64)).min(1).max(20),
  startedAt: z.number().finite(),
})
export type VotingRound = z.infer<typeof votingRoundSchema>

export function readVotingRound(doc: Y.Doc): VotingRound | null {
  return readValid(getFacilitationMap(doc), VOTING_FIELD, votingRoundSchema)
}

/**
 * Votes are stored one key per dot: `<roundId>/<personId>/<slot>` → card id, with `slot` in `0 … budget-1`.
 * - Different people (and different slots) never touch the same key, so concurrent votes all merge.
 * - One person can never hold more than `budget` dots, even from two tabs voting at once: both tabs can only
 *   write the same `budget` keys. If both fill the same free slot concurrently, Yjs keeps one value for the
 *   key on every peer (decided by client id, the same everywhere), so the other tab's dot is dropped
 *   deterministically rather than exceeding the budget; its tab then shows the dot as not given.
 * - Keys of other rounds and slots beyond the budget are ignored when counting.
 */
export function voteKey(roundId: string, personId: PersonId, slot: number): string {
  return `${roundId}/${personId}/${slot}`
}

export interface Vote {
  personId: PersonId
  slot: number
  cardId: CardId
}

function parseVoteKey(key: string): { roundId: string; personId: string; slot: number } | null {
  const first = key.indexOf('/')
  const last = key.lastIndexOf('/')
  if (first <= 0 || last === first) return null
  const slot = Number(key.slice(last + 1))
  return Number.isInteger(slot) ? { roundId: key.slice(0, first), personId: key.slice(first + 1, last), slot } : null
}

/** Every valid dot of the round (everyone's: the document holds them all; hiding is the UI's job). */
export function readVotes(doc: Y.Doc, round: VotingRound): Vote[] {
  const votes: Vote[] = []
  for (const [key, value] of getVotesMap(doc).entries()) {
    const parts = parseVoteKey(key)
    if (!parts || parts.roundId !== round.id || parts.slot < 0 || parts.slot >= round.budget) continue
    const personId = personIdSchema.safeParse(parts.personId)
    const cardId = cardIdSchema.safeParse(value)
    if (personId.success && cardId.success) votes.push({ personId: personId.data, slot: parts.slot, cardId: cardId.data })
  }
  return votes
}

export function votesOf(doc: Y.Doc, round: VotingRound, personId: PersonId): Vote[] {
  return readVotes(doc, round).filter((vote) => vote.personId === personId)
}

export function dotsLeft(doc: Y.Doc, round: VotingRound, personId: PersonId): number {
  return round.budget - votesOf(doc, round, personId).length
}

export type CastResult = 'cast' | 'no-round' | 'closed' | 'not-votable' | 'budget-used'

/** Gives one dot to a card (several dots on one card are allowed, as on paper). */
export function castVote(doc: Y.Doc, personId: PersonId, cardId: CardId, cardType: string): CastResult {
  const round = readVotingRound(doc)
  if (!round) return 'no-round'
  if (round.phase !== 'open') return 'closed'
  if (!round.types.includes(cardType)) return 'not-votable'
  const used = new Set(votesOf(doc, round, personId).map((vote) => vote.slot))
  let slot = 0
  while (used.has(slot)) slot++
  if (slot >= round.budget) return 'budget-used'
  doc.transact(() => getVotesMap(doc).set(voteKey(round.id, personId, slot), cardId))
  return 'cast'
}

/** Takes back one of this person's dots on the card (the highest slot, so slots fill from 0 again). */
export function retractVote(doc: Y.Doc, personId: PersonId, cardId: CardId): boolean {
  const round = readVotingRound(doc)
  if (!round || round.phase !== 'open') return false
  const mine = votesOf(doc, round, personId).filter((vote) => vote.cardId === cardId)
  const last = mine.sort((a, b) => b.slot - a.slot)[0]
  if (!last) return false
  doc.transact(() => getVotesMap(doc).delete(voteKey(round.id, personId, last.slot)))
  return true
}

function newRoundId(now: number): string {
  return `${now.toString(36)}${Math.random().toString(36).slice(2, 8)}`.replace(/[^A-Za-z0-9]/g, '').slice(0, 40)
}

/** Starts a new round; the dots of earlier rounds are removed so the document does not grow with every round. */
export function startVotingRound(doc: Y.Doc, budget: number, types: readonly string[] = DEFAULT_VOTABLE_TYPES, now = Date.now()): VotingRound {
  const round = votingRoundSchema.parse({ id: newRoundId(now), budget, phase: 'open', types: [...types], startedAt: now })
  doc.transact(() => {
    clearVotes(doc)
    getFacilitationMap(doc).set(VOTING_FIELD, round)
  })
  return round
}

export function revealVotes(doc: Y.Doc): void {
  const round = readVotingRound(doc)
  if (!round || round.phase === 'revealed') return
  doc.transact(() => getFacilitationMap(doc).set(VOTING_FIELD, { ...round, phase: 'revealed' }))
}

/** Ends voting altogether: the round and its dots go. */
export function endVoting(doc: Y.Doc): void {
  doc.transact(() => {
    clearVotes(doc)
    getFacilitationMap(doc).delete(VOTING_FIELD)
  })
}

function clearVotes(doc: Y.Doc): void {
  const votes = getVotesMap(doc)
  for (const key of [...votes.keys()]) votes.delete(key)
}

export interface CardTally {
  cardId: CardId
  dots: number
  /** 1-based; cards with the same number of dots share a rank ("1, 2, 2, 4"). */
  rank: number
}

/** Cards with at least one dot, most dots first; ties in card id order so every peer lists them alike. */
export function tallyVotes(votes: readonly Vote[], existingCards?: ReadonlySet<string>): CardTally[] {
  const counts = new Map<CardId, number>()
  for (const vote of votes) {
    if (existingCards && !existingCards.has(vote.cardId)) continue
    counts.set(vote.cardId, (counts.get(vote.cardId) ?? 0) + 1)
  }
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
  const tallies: CardTally[] = []
  sorted.forEach(([cardId, dots], index) => {
    const previous = tallies[index - 1]
    tallies.push({ cardId, dots, rank: previous && previous.dots === dots ? previous.rank : index + 1 })
  })
  return tallies
}

export function observeVoting(doc: Y.Doc, listener: () => void): () => void {
  const facilitation = getFacilitationMap(doc)
  const votes = getVotesMap(doc)
  const onFacilitation = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(VOTING_FIELD)) listener()
  }
  facilitation.observe(onFacilitation)
  votes.observe(listener)
  return () => {
    facilitation.unobserve(onFacilitation)
    votes.unobserve(listener)
  }
}
