// Invite generations: how invite links are revoked. Signed tokens carry the generation they were issued for, and
// only the current one is accepted, so bumping it voids every older link of the role at once. Narrow on purpose:
// access control needs nothing else, and both adapters run `runRoleGenerationSuite`
// (test/storage/roleGenerationSuite.ts).
import type { BoardId } from '@sammen/journey-model'

export interface RoleGenerationStore {
  /** Invite generation of `role` on the board (or the workspace key): 0 until the role is first revoked. */
  roleGeneration(boardId: BoardId, role: string): Promise<number>

  /** Atomically increments the role's generation (revoking its older tokens) and returns the new one. */
  bumpRoleGeneration(boardId: BoardId, role: string): Promise<number>
}
