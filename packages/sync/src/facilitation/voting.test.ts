import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readVoteResults, readVotingRound, rankTallies } from './voting'

const round = { id: 'round-1', budget: 3, phase: 'open', types: ['pain-point'], startedAt: 1 }

describe('dot voting (read side)', () => {
  it('reads the round and only the results of that round', () => {
    const doc = new Y.Doc()
    expect(readVotingRound(doc)).toBeNull()
    doc.getMap('facilitation').set('voting', round)
    doc.getMap('facilitation').set('voteResults', { roundId: 'round-0', status: 'final', tallies: [{ cardId: 'shape:a', dots: 2 }], voters: 1 })
    expect(readVotingRound(doc)?.id).toBe('round-1')
    expect(readVoteResults(doc)).toBeNull()
    doc.getMap('facilitation').set('voteResults', { roundId: 'round-1', status: 'live', tallies: [{ cardId: 'shape:a', dots: 2 }], voters: 1 })
    expect(readVoteResults(doc)?.status).toBe('live')
    // Anything invalid reads as absent.
    doc.getMap('facilitation').set('voting', { ...round, budget: 999 })
    expect(readVotingRound(doc)).toBeNull()
  })

  it('ranks tallies with shared ranks for ties and leaves out removed cards', () => {
    const results = {
      roundId: 'r',
      status: 'final' as const,
      voters: 3,
      tallies: [
        { cardId: 'shape:c', dots: 1 },
        { cardId: 'shape:a', dots: 3 },
        { cardId: 'shape:b', dots: 3 },
        { cardId: 'shape:gone', dots: 5 },
      ],
    }
    expect(rankTallies(results, new Set(['shape:a', 'shape:b', 'shape:c']))).toEqual([
      { cardId: 'shape:a', dots: 3, rank: 1 },
      { cardId: 'shape:b', dots: 3, rank: 1 },
      { cardId: 'shape:c', dots: 1, rank: 3 },
    ])
    expect(rankTallies(null)).toEqual([])
  })
})
