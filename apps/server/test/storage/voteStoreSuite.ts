// The conformance suite of VoteStore (src/storage/VoteStore.ts): every server adapter runs it, so the dot budget
// holds on SQLite and PostgreSQL alike, also against one voter voting from two places at once.
import { describe, expect, it } from 'vitest'
import { harnessSession, type StoreHarness } from '@sammen/doc-log/testing'
import type { BoardId } from '@sammen/journey-model'
import type { VoteStore } from '../../src/storage/VoteStore'

const BOARD = 'suite-vote-board' as BoardId

export function runVoteStoreSuite(name: string, makeHarness: () => StoreHarness<VoteStore>): void {
  describe(`VoteStore: ${name}`, () => {
    const session = harnessSession(makeHarness)

    it('keeps the budget per voter, also when one voter casts from two places at once', async () => {
      const storage = await session.create()
      const casts = await Promise.all(Array.from({ length: 5 }, (_, i) => storage.castVote(BOARD, 'round-1', 'k:kari', `shape:${i % 2}`, 3)))
      expect(casts.filter(Boolean)).toHaveLength(3)
      expect(await storage.votesOf(BOARD, 'round-1', 'k:kari')).toHaveLength(3)
      expect(await storage.castVote(BOARD, 'round-1', 'k:ola', 'shape:1', 3)).toBe(true)
      const tally = await storage.tallyVotes(BOARD, 'round-1')
      expect(tally.voters).toBe(2)
      expect(tally.tallies.reduce((sum, entry) => sum + entry.dots, 0)).toBe(4)
      expect(tally.tallies[0]!.dots).toBeGreaterThanOrEqual(tally.tallies.at(-1)!.dots)
    })

    it('keeps the budget when the voter casts through two instances at once', async () => {
      const one = await session.create()
      const two = await session.another(one)
      const casts = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? one : two).castVote(BOARD, 'round-1', 'k:kari', `shape:${i}`, 4)),
      )
      expect(casts.filter(Boolean)).toHaveLength(4)
      expect(await one.votesOf(BOARD, 'round-1', 'k:kari')).toHaveLength(4)
    })

    it('tallies most dots first, ties by card id', async () => {
      const storage = await session.create()
      await storage.castVote(BOARD, 'round-1', 'k:kari', 'shape:b', 3)
      await storage.castVote(BOARD, 'round-1', 'k:ola', 'shape:c', 3)
      await storage.castVote(BOARD, 'round-1', 'k:ola', 'shape:c', 3)
      await storage.castVote(BOARD, 'round-1', 'k:petra', 'shape:a', 3)
      expect(await storage.tallyVotes(BOARD, 'round-1')).toEqual({
        tallies: [
          { cardId: 'shape:c', dots: 2 },
          { cardId: 'shape:a', dots: 1 },
          { cardId: 'shape:b', dots: 1 },
        ],
        voters: 3,
      })
    })

    it('takes back one dot at a time, and clears other rounds', async () => {
      const storage = await session.create()
      await storage.castVote(BOARD, 'round-1', 'k:kari', 'shape:a', 3)
      await storage.castVote(BOARD, 'round-1', 'k:kari', 'shape:a', 3)
      await storage.castVote(BOARD, 'round-1', 'k:kari', 'shape:b', 3)
      expect(await storage.retractVote(BOARD, 'round-1', 'k:kari', 'shape:a')).toBe(true)
      expect(await storage.votesOf(BOARD, 'round-1', 'k:kari')).toEqual(['shape:a', 'shape:b'])
      expect(await storage.retractVote(BOARD, 'round-1', 'k:ola', 'shape:a')).toBe(false)
      // The freed slot can be used again.
      expect(await storage.castVote(BOARD, 'round-1', 'k:kari', 'shape:c', 3)).toBe(true)
      await storage.castVote(BOARD, 'round-2', 'k:kari', 'shape:a', 3)
      await storage.clearVotes(BOARD, 'round-2')
      expect(await storage.votesOf(BOARD, 'round-1', 'k:kari')).toEqual([])
      expect(await storage.votesOf(BOARD, 'round-2', 'k:kari')).toEqual(['shape:a'])
      const again = await session.reopen(storage)
      expect(await again.tallyVotes(BOARD, 'round-2')).toEqual({ tallies: [{ cardId: 'shape:a', dots: 1 }], voters: 1 })
      await again.clearVotes(BOARD, null)
      expect(await again.tallyVotes(BOARD, 'round-2')).toEqual({ tallies: [], voters: 0 })
    })
  })
}
