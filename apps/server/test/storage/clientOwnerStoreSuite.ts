// The conformance suite of ClientOwnerStore (src/storage/ClientOwnerStore.ts): every server adapter runs it, so whoever claims
// a Yjs client id first holds it, on one instance or several.
import { describe, expect, it } from 'vitest'
import { harnessSession, type StoreHarness } from '@sammen/doc-log/testing'
import type { DocKey } from '@sammen/protocol'
import type { ClientOwnerStore } from '../../src/storage/ClientOwnerStore'

const DOC = 'suite-owner-board' as DocKey

export function runClientOwnerStoreSuite(name: string, makeHarness: () => StoreHarness<ClientOwnerStore>): void {
  describe(`ClientOwnerStore: ${name}`, () => {
    const session = harnessSession(makeHarness)

    it('keeps the first claim of each id, durably, whoever claims later or at the same time', async () => {
      const storage = await session.create()
      expect(await storage.loadClientOwners(DOC)).toEqual(new Map())
      expect(await storage.claimClients(DOC, 'k:kari', [1, 2])).toEqual(new Map([[1, 'k:kari'], [2, 'k:kari']]))
      const [ola, petra] = await Promise.all([storage.claimClients(DOC, 'k:ola', [2, 3]), storage.claimClients(DOC, 'k:petra', [3, 4_294_967_295])])
      expect(ola.get(2)).toBe('k:kari')
      expect(ola.get(3)).toBe(petra.get(3))
      expect(petra.get(4_294_967_295)).toBe('k:petra')
      // Another document's ids are its own, also the board's annotations next to its journey.
      expect(await storage.claimClients('other-doc' as DocKey, 'k:ola', [1])).toEqual(new Map([[1, 'k:ola']]))
      expect(await storage.claimClients(`${DOC}:annotations` as DocKey, 'k:ola', [2])).toEqual(new Map([[2, 'k:ola']]))
      const again = await session.reopen(storage)
      const owners = await again.loadClientOwners(DOC)
      expect(owners.get(1)).toBe('k:kari')
      expect(owners.size).toBe(4)
    })

    it('gives an id to one participant when two instances claim it at once', async () => {
      const one = await session.create()
      const two = await session.another(one)
      const [fromOne, fromTwo] = await Promise.all([one.claimClients(DOC, 'k:kari', [7, 8]), two.claimClients(DOC, 'k:ola', [8, 9])])
      expect(fromOne.get(8)).toBe(fromTwo.get(8))
      expect(['k:kari', 'k:ola']).toContain(fromOne.get(8))
      expect(await two.loadClientOwners(DOC)).toEqual(new Map([[7, 'k:kari'], [8, fromOne.get(8)!], [9, 'k:ola']]))
    })
  })
}
