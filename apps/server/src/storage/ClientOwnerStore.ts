// Which participant holds which Yjs client id of a document (auth/owners.ts explains why the server keeps this).
// Owners are plain strings here: storage does not know how auth derives them. Narrow on purpose: both adapters
// implement it and run `runClientOwnerStoreSuite` (test/storage/clientOwnerStoreSuite.ts).
import type { DocKey } from '@sammen/protocol'

/** Stored claims of client ids, per document. */
export interface ClientOwnerStore {
  loadClientOwners(docKey: DocKey): Promise<Map<number, string>>
  /**
   * Stores `owner` for each id that has no owner yet and resolves with every requested id's owner afterwards
   * (someone else's where another participant was first, possibly on another instance).
   */
  claimClients(docKey: DocKey, owner: string, clientIds: readonly number[]): Promise<Map<number, string>>
}
