// The conformance suite of RoleGenerationStore (src/storage/RoleGenerationStore.ts): every server adapter runs it,
// so a revoked invite stays revoked on SQLite and PostgreSQL alike.
import { describe, expect, it } from 'vitest'
import { harnessSession, type StoreHarness } from '@sammen/doc-log/testing'
import type { BoardId } from '@sammen/journey-model'
import type { RoleGenerationStore } from '../../src/storage/RoleGenerationStore'

const BOARD = 'suite-role-board-1' as BoardId
const OTHER = 'suite-role-board-2' as BoardId
// Access control keeps workspace links under a key no board id can have (auth/access.ts).
const WORKSPACE = ':workspace' as BoardId

export function runRoleGenerationSuite(name: string, makeHarness: () => StoreHarness<RoleGenerationStore>): void {
  describe(`RoleGenerationStore: ${name}`, () => {
    const session = harnessSession(makeHarness)

    it('counts generations per board and role, from 0, durably', async () => {
      const storage = await session.create()
      expect(await storage.roleGeneration(BOARD, 'viewer')).toBe(0)
      expect(await storage.bumpRoleGeneration(BOARD, 'viewer')).toBe(1)
      expect(await storage.roleGeneration(BOARD, 'viewer')).toBe(1)
      expect(await storage.roleGeneration(BOARD, 'editor')).toBe(0)
      expect(await storage.roleGeneration(OTHER, 'viewer')).toBe(0)
      expect(await storage.bumpRoleGeneration(WORKSPACE, 'facilitator')).toBe(1)
      expect(await storage.roleGeneration(BOARD, 'facilitator')).toBe(0)

      const again = await session.reopen(storage)
      expect(await again.roleGeneration(BOARD, 'viewer')).toBe(1)
      expect(await again.roleGeneration(WORKSPACE, 'facilitator')).toBe(1)
    })

    it('counts every one of concurrent revocations, also from two instances', async () => {
      const one = await session.create()
      const two = await session.another(one)
      const bumped = await Promise.all([
        one.bumpRoleGeneration(BOARD, 'viewer'),
        two.bumpRoleGeneration(BOARD, 'viewer'),
        one.bumpRoleGeneration(BOARD, 'viewer'),
        two.bumpRoleGeneration(BOARD, 'viewer'),
      ])
      expect(bumped.sort()).toEqual([1, 2, 3, 4])
      expect(await two.roleGeneration(BOARD, 'viewer')).toBe(4)
    })
  })
}
