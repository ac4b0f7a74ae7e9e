// The client-id claims and the votes part of the shared storage suite; runDocStorageSuite calls it so every
// adapter is held to the same behaviour (kept in its own file only for size).
import { describe, expect, it } from 'vitest'
import type { BoardId } from '@sammen/journey-model'
import type { DocKey } from '@sammen/protocol'
import type { ServerStorage } from './DocStorage'

const DOC = 'suite-owner-board' as DocKey
const BOARD = 'suite-vote-board' as BoardId

export function runOwnerAndVoteCases(create: () => Promise<ServerStorage>, reopen: (previous: ServerStorage) => Promise<ServerStorage>): void {
  describe('client-id claims', () => {
    it('keeps the first claim of each id, durably, whoever claims later or at the same time', async () => {
      const storage = await create()
      expect(await storage.loadClientOwners(DOC)).toEqual(new Map())
      expect(await storage.claimClients(DOC, 'k:kari', [1, 2])).toEqual(new Map([[1, 'k:kari'], [2, 'k:kari']]))
      const [ola, petra] = await Promise.all([storage.claimClients(DOC, 'k:ola', [2, 3]), storage.claimClients(DOC, 'k:petra', [3, 4_294_967_295])])
      expect(ola.get(2)).toBe('k:kari')
      expect(ola.get(3)).toBe(petra.get(3))
      expect(petra.get(4_294_967_295)).toBe('k:petra')
      // Another document's ids are its own.
      expect(await storage.claimClients('other-doc' as DocKey, 'k:ola', [1])).toEqual(new Map([[1, 'k:ola']]))
      const again = await reopen(storage)
      const owners = await again.loadClientOwners(DOC)
      expect(owners.get(1)).toBe('k:kari')
      expect(owners.size).toBe(4)
    })
  })

  describe('votes', () => {
    it('keeps the budget per voter, also when one voter casts from two places at once', async () => {
      const storage = await create()
      const casts = await Promise.all(Array.from({ length: 5 }, (_, i) => storage.castVote(BOARD, 'round-1', 'k:kari', `shape:${i % 2}`, 3)))
      expect(casts.filter(Boolean)).toHaveLength(3)
      expect(await storage.votesOf(BOARD, 'round-1', 'k:kari')).toHaveLength(3)
      expect(await storage.castVote(BOARD, 'round-1', 'k:ola', 'shape:1', 3)).toBe(true)
      const tally = await storage.tallyVotes(BOARD, 'round-1')
      expect(tally.voters).toBe(2)
      expect(tally.tallies.reduce((sum, entry) => sum + entry.dots, 0)).toBe(4)
      expect(tally.tallies[0]!.dots).toBeGreaterThanOrEqual(tally.tallies.at(-1)!.dots)
    })

    it('takes back one dot at a time, and clears other rounds', async () => {
      const storage = await create()
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
      const again = await reopen(storage)
      expect(await again.tallyVotes(BOARD, 'round-2')).toEqual({ tallies: [{ cardId: 'shape:a', dots: 1 }], voters: 1 })
      await again.clearVotes(BOARD, null)
      expect(await again.tallyVotes(BOARD, 'round-2')).toEqual({ tallies: [], voters: 0 })
    })
  })
}
