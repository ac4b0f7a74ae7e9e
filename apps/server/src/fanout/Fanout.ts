// Cross-instance fan-out: what a Room needs to share its board with the other server instances, and
// the wire format of the messages between them. Backend-neutral so rooms can be tested with an
// in-memory bus; RedisFanout is the real one.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { DocKey } from '@sammen/protocol'

export const FanoutKind = {
  /** payload: a Yjs update the sender has already persisted */
  update: 0,
  /** payload: a y-protocols awareness update */
  awareness: 1,
  /** payload empty: "I just opened this board, send me your clients' awareness states" */
  queryAwareness: 2,
  /** payload empty: "I may have missed messages; reload the board from storage" */
  resync: 3,
  /** payload `varString(role) varUint(generation)`: invites of the role below the generation were revoked */
  revoke: 4,
  /** payload empty: "is a facilitator connected to this board on your instance?" (before idle workshop state ends) */
  queryFacilitators: 5,
  /** payload empty: the answer "yes, here": the board's workshop is still being run */
  facilitatorPresent: 6,
} as const
export type FanoutKind = (typeof FanoutKind)[keyof typeof FanoutKind]

export interface FanoutMessage {
  kind: FanoutKind
  payload: Uint8Array
}

/** Called for messages from OTHER instances (own messages are filtered out), plus a local resync. */
export type FanoutHandler = (message: FanoutMessage) => void

export interface BoardChannel {
  publish(kind: FanoutKind, payload?: Uint8Array): void
  /** Stop receiving; idempotent. */
  leave(): Promise<void>
}

export interface Fanout {
  readonly instanceId: string
  /**
   * Subscribes to the board's channel and resolves once the subscription is active (or after a
   * short wait if the backend is down; a resync message follows when it comes back).
   */
  join(boardId: DocKey, handler: FanoutHandler): Promise<BoardChannel>
  /** Publishes on a document's channel without joining it (revocation reaches instances that hold its sockets). */
  publishTo(boardId: DocKey, kind: FanoutKind, payload: Uint8Array): Promise<void>
  /** Rejects if the backend does not answer; used by `/readyz`. */
  ping(): Promise<void>
  /** Running totals for `/metrics` (RedisFanout keeps them; an in-memory test bus need not). */
  readonly stats?: { published: number; publishFailed: number; received: number }
  close(): Promise<void>
}

/** Redis channel of a board. */
export function channelName(boardId: DocKey): string {
  return `sammen:board:${boardId}`
}

/** `varString(instanceId) varUint(kind) varUint8Array(payload)`, lib0 encoding like the sync protocol. */
export function encodeFanoutMessage(instanceId: string, kind: FanoutKind, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, instanceId)
  encoding.writeVarUint(encoder, kind)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** null for anything malformed or of an unknown kind (e.g. from a newer server version). */
export function decodeFanoutMessage(data: Uint8Array): (FanoutMessage & { instanceId: string }) | null {
  try {
    const decoder = decoding.createDecoder(data)
    const instanceId = decoding.readVarString(decoder)
    const kind = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    if (decoding.hasContent(decoder) || !Object.values<number>(FanoutKind).includes(kind)) return null
    return { instanceId, kind: kind as FanoutKind, payload }
  } catch {
    return null
  }
}

/** Payload of a `revoke` message. */
export function encodeRevocation(role: string, generation: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, role)
  encoding.writeVarUint(encoder, generation)
  return encoding.toUint8Array(encoder)
}

export function decodeRevocation(payload: Uint8Array): { role: string; generation: number } | null {
  try {
    const decoder = decoding.createDecoder(payload)
    const role = decoding.readVarString(decoder)
    const generation = decoding.readVarUint(decoder)
    return decoding.hasContent(decoder) ? null : { role, generation }
  } catch {
    return null
  }
}
