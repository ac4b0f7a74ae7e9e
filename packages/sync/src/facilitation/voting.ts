// Dot voting, decided by the server (apps/server/src/votes/votesApi.ts, PROTOCOL.md "Votes"). The round and its
// results are in the board's document, written by the server only: everyone reads them like the rest of the
// board. Each participant's own dots are not in any shared document: they are given, taken back and read
// through the votes API (votesApiClient.ts), so nobody else can see or change them before the reveal.
import {
  DEFAULT_VOTABLE_TYPES,
  FacilitationField,
  MAX_VOTE_BUDGET,
  voteResultsSchema,
  votingRoundSchema,
  type VoteResults,
  type VotingRound,
} from '@sammen/protocol'
import type * as Y from 'yjs'
import { getFacilitationMap, readValid } from './facilitationLayout'

export { DEFAULT_VOTABLE_TYPES, MAX_VOTE_BUDGET, voteResultsSchema, votingRoundSchema, type VoteResults, type VotingRound }

export function readVotingRound(doc: Y.Doc): VotingRound | null {
  return readValid(getFacilitationMap(doc), FacilitationField.voting, votingRoundSchema)
}

/** The counts the server wrote for the current round (live when the facilitator shows them, final after the reveal). */
export function readVoteResults(doc: Y.Doc): VoteResults | null {
  const round = readVotingRound(doc)
  const results = readValid(getFacilitationMap(doc), FacilitationField.voteResults, voteResultsSchema)
  return round && results && results.roundId === round.id ? results : null
}

export interface CardTally {
  cardId: string
  dots: number
  /** 1-based; cards with the same number of dots share a rank ("1, 2, 2, 4"). */
  rank: number
}

/** Ranks the server's counts (most dots first, ties in card id order), leaving out cards no longer on the board. */
export function rankTallies(results: VoteResults | null, existingCards?: ReadonlySet<string>): CardTally[] {
  if (!results) return []
  const sorted = results.tallies
    .filter((tally) => !existingCards || existingCards.has(tally.cardId))
    .sort((a, b) => b.dots - a.dots || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0))
  const ranked: CardTally[] = []
  sorted.forEach((tally, index) => {
    const previous = ranked[index - 1]
    ranked.push({ ...tally, rank: previous && previous.dots === tally.dots ? previous.rank : index + 1 })
  })
  return ranked
}

export function observeVoting(doc: Y.Doc, listener: () => void): () => void {
  const facilitation = getFacilitationMap(doc)
  const onFacilitation = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(FacilitationField.voting) || event.keysChanged.has(FacilitationField.voteResults)) listener()
  }
  facilitation.observe(onFacilitation)
  return () => facilitation.unobserve(onFacilitation)
}
