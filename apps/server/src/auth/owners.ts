// Which participant holds which Yjs client id of a document. A Yjs client id is a random number a document picks
// for itself; every peer assumes that only its holder ever writes new clocks under it. A hostile client that
// writes clocks under someone else's id (a GC range or an item ahead of them; ids are visible in every state
// vector and in presence) would make the server drop that person's later edits as already known. So the first
// participant to write under an id, or to show presence under it, holds it, and only they may extend it or set
// its presence. Claims are stored (so a reconnect, a restart or another instance behind the load balancer
// knows them) and made before the update that needs them is applied.
import { createHash, randomUUID } from 'node:crypto'
import type { DocKey } from '@sammen/protocol'
import type { ClientOwnerStore } from '../storage/ClientOwnerStore'

export type { ClientOwnerStore } from '../storage/ClientOwnerStore'

declare const ownerBrand: unique symbol
/** `k:<hash of the participant key>`, `c:<uuid>` for a connection without a key, or `server`. */
export type OwnerId = string & { readonly [ownerBrand]: true }

/** A participant proven by their key: the same across reconnects, tabs and instances. Never store the key itself. */
export function ownerOfKey(participantKey: string): OwnerId {
  return `k:${createHash('sha256').update(participantKey).digest('hex').slice(0, 32)}` as OwnerId
}

/** A client that offered no key: it holds what it writes only for as long as this one connection lives. */
export function ephemeralOwner(): OwnerId {
  return `c:${randomUUID()}` as OwnerId
}

export const SERVER_OWNER = 'server' as OwnerId

export class ClientOwners {
  private readonly known = new Map<number, OwnerId>()

  constructor(
    private readonly docKey: DocKey,
    private readonly store: ClientOwnerStore,
  ) {}

  async load(): Promise<void> {
    for (const [clientId, owner] of await this.store.loadClientOwners(this.docKey)) this.known.set(clientId, owner as OwnerId)
  }

  /** The holder as far as this instance knows; undefined means "ask storage" (claim). */
  ownerOf(clientId: number): OwnerId | undefined {
    return this.known.get(clientId)
  }

  /** For the server's own document client id, which no participant may claim. */
  reserve(clientId: number, owner: OwnerId): void {
    this.known.set(clientId, owner)
  }

  /** Claims the ids for `owner`; resolves with the ids someone else holds (empty when all are `owner`'s). */
  async claim(clientIds: readonly number[], owner: OwnerId): Promise<number[]> {
    const unknown = clientIds.filter((id) => !this.known.has(id))
    if (unknown.length > 0) {
      const stored = await this.store.claimClients(this.docKey, owner, unknown)
      for (const id of unknown) {
        const holder = stored.get(id)
        if (holder !== undefined) this.known.set(id, holder as OwnerId)
      }
    }
    return clientIds.filter((id) => this.known.get(id) !== owner)
  }
}
