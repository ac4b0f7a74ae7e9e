// Open secured connections and the invites they came with: an invite that runs out or is revoked while its socket
// is open ends the connection. A revocation is seen three ways, so it reaches every instance: the instance that
// handled it closes its own sockets at once; it publishes the new generation to the board's documents' channels
// (Redis), so instances holding that board close theirs; and every ping period each instance re-reads the
// generations of the invites its sockets hold, which also catches a socket whose handshake raced the revocation.
import { docKey, type DocKey } from '@sammen/protocol'
import type { BoardId } from '@sammen/journey-model'
import { CloseCode, CloseReason } from '@sammen/protocol'
import { encodeRevocation, FanoutKind, type Fanout } from '../fanout/Fanout'
import type { Logger } from '../log'
import type { AccessControl } from './access'
import type { Role } from './tokens'

/**
 * What revocation needs of an open socket. Declared here rather than importing ws/connection's Connection (which
 * satisfies it) so that auth/ does not depend on ws/, which depends on auth/ for owners and roles.
 */
export interface RevocableConnection {
  readonly boardId: BoardId
  readonly role: Role
  readonly credential: { workspace: boolean; generation: number; expiresAt: number } | null
  close(code: number, reason: string): void
}

/** `C` is the server's connection type, so the server can heartbeat and close the connections it holds here. */
export class Sessions<C extends RevocableConnection = RevocableConnection> {
  readonly connections = new Set<C>()
  // Latest generation revoked on this instance per board (or workspace) and role, for handshakes in flight.
  private readonly revokedHere = new Map<string, number>()

  constructor(
    private readonly access: AccessControl,
    private readonly fanout: Fanout | null,
    private readonly log: Logger,
  ) {}

  add(connection: C): void {
    this.connections.add(connection)
  }

  delete(connection: C): void {
    this.connections.delete(connection)
  }

  /** Whether a token checked just now was revoked here meanwhile (the handshake raced the revocation). */
  revokedMeanwhile(boardId: BoardId, workspace: boolean, role: Role, generation: number): boolean {
    return generation < (this.revokedHere.get(key(workspace ? null : boardId, role)) ?? 0)
  }

  /** Voids the role's invites on the board (or every workspace link) and ends their connections everywhere. */
  async revoke(boardId: BoardId | null, role: Role): Promise<{ generation: number; disconnected: number }> {
    const generation = await this.access.revoke(boardId, role)
    this.revokedHere.set(key(boardId, role), generation)
    let disconnected = 0
    for (const connection of this.connections) {
      const credential = connection.credential
      if (!credential || connection.role !== role || credential.generation >= generation) continue
      if (boardId === null ? credential.workspace : !credential.workspace && connection.boardId === boardId) {
        connection.close(CloseCode.inviteRevoked, CloseReason.inviteRevoked)
        disconnected++
      }
    }
    if (boardId !== null && this.fanout) {
      const payload = encodeRevocation(role, generation)
      await Promise.all((['journey', 'annotations'] as const).map((kind) => this.fanout!.publishTo(docKey(boardId, kind) as DocKey, FanoutKind.revoke, payload)))
    }
    return { generation, disconnected }
  }

  /** The keepalive sweep: expired invites end, and generations are re-read (one query per board and role). */
  async sweep(now = Date.now()): Promise<void> {
    const byInvite = new Map<string, { boardId: BoardId | null; role: Role; connections: C[] }>()
    for (const connection of this.connections) {
      const credential = connection.credential
      if (!credential) continue
      if (now >= credential.expiresAt) {
        connection.close(CloseCode.inviteRevoked, CloseReason.inviteExpired)
        continue
      }
      const scope = credential.workspace ? null : connection.boardId
      const entry = byInvite.get(key(scope, connection.role)) ?? { boardId: scope, role: connection.role, connections: [] }
      entry.connections.push(connection)
      byInvite.set(key(scope, connection.role), entry)
    }
    await Promise.all(
      [...byInvite.values()].map(async ({ boardId, role, connections }) => {
        try {
          const current = await this.access.generation(boardId, role)
          for (const connection of connections) {
            if (connection.credential && connection.credential.generation < current) connection.close(CloseCode.inviteRevoked, CloseReason.inviteRevoked)
          }
        } catch (error) {
          this.log.warn('could not re-check invite generations', { boardId, role, error })
        }
      }),
    )
  }
}

function key(boardId: BoardId | null, role: Role): string {
  return `${boardId ?? ':workspace'}\n${role}`
}
