// Dots of the running voting round, kept by the server until the reveal (see src/votes/). Narrow on purpose:
// both adapters implement it and run `runVoteStoreSuite` (test/storage/voteStoreSuite.ts).
import type { BoardId } from '@sammen/journey-model'

export interface VoteTally {
  tallies: Array<{ cardId: string; dots: number }>
  /** Participants with at least one dot. */
  voters: number
}

export interface VoteStore {
  /**
   * Gives one dot if the voter has fewer than `budget` in the round; atomic, also against the same voter voting
   * from two tabs or two instances at once. False when the budget is used.
   */
  castVote(boardId: BoardId, roundId: string, voter: string, cardId: string, budget: number): Promise<boolean>
  /** Takes back one of the voter's dots on the card; false when there was none. */
  retractVote(boardId: BoardId, roundId: string, voter: string, cardId: string): Promise<boolean>
  /** The voter's dots, one entry per dot, in the order given. */
  votesOf(boardId: BoardId, roundId: string, voter: string): Promise<string[]>
  /** Dots per card (most first, ties by card id) and the number of voters. */
  tallyVotes(boardId: BoardId, roundId: string): Promise<VoteTally>
  /** Removes the dots of every round of the board but `keepRoundId`. */
  clearVotes(boardId: BoardId, keepRoundId: string | null): Promise<void>
}
