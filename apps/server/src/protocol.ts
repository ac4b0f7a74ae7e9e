// The y-websocket wire protocol, decoded strictly. Every incoming frame is parsed completely and its
// Yjs payload validated *before* anything touches the room, so a malformed frame is rejected as a
// whole instead of half-applying. Layout (lib0 varUint / varUint8Array encoding):
//   [0=sync][0=step1][varUint8Array stateVector]
//   [0=sync][1=step2][varUint8Array update]
//   [0=sync][2=update][varUint8Array update]
//   [1=awareness][varUint8Array awarenessUpdate]
//   [3=queryAwareness]
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

export const messageSync = 0
export const messageAwareness = 1
export const messageAuth = 2
export const messageQueryAwareness = 3

export const syncStep1 = 0
export const syncStep2 = 1
export const syncUpdate = 2

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }

/** Anything about a frame the server cannot accept; the connection layer maps it to close code 1007. */
export class ProtocolError extends Error {
  override name = 'ProtocolError'
}

export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame)
    const message = readMessage(decoder)
    // Trailing bytes mean the peer speaks something else; accepting them would hide bugs.
    if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after message')
    return message
  } catch (error) {
    if (error instanceof ProtocolError) throw error
    throw new ProtocolError(`undecodable frame: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder)
  switch (type) {
    case messageSync: {
      const syncType = decoding.readVarUint(decoder)
      const payload = decoding.readVarUint8Array(decoder)
      switch (syncType) {
        case syncStep1:
          Y.decodeStateVector(payload) // throws on garbage
          return { kind: 'syncStep1', stateVector: payload }
        case syncStep2:
          validateUpdate(payload)
          return { kind: 'syncStep2', update: payload }
        case syncUpdate:
          validateUpdate(payload)
          return { kind: 'update', update: payload }
        default:
          throw new ProtocolError(`unknown sync message type ${syncType}`)
      }
    }
    case messageAwareness: {
      const update = decoding.readVarUint8Array(decoder)
      validateAwarenessUpdate(update)
      return { kind: 'awareness', update }
    }
    case messageQueryAwareness:
      return { kind: 'queryAwareness' }
    default:
      // Includes messageAuth: only a server sends that, so a client sending it is confused.
      throw new ProtocolError(`unknown message type ${type}`)
  }
}

// Y.applyUpdate integrates structs before it reads the delete set, so an update that is corrupt near
// its end would half-apply. decodeUpdate reads the whole thing without touching any document.
function validateUpdate(update: Uint8Array): void {
  Y.decodeUpdate(update)
}

// Mirrors y-protocols' applyAwarenessUpdate, which parses JSON entry by entry and would leave earlier
// entries applied if a later one is broken.
function validateAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder) // clientID
    decoding.readVarUint(decoder) // clock
    JSON.parse(decoding.readVarString(decoder))
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes in awareness update')
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageSync)
  encoding.writeVarUint(encoder, syncStep1)
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc))
  return encoding.toUint8Array(encoder)
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(syncStep2, update)
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(syncUpdate, update)
}

function encodeSync(syncType: number, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageSync)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageAwareness)
  encoding.writeVarUint8Array(encoder, awarenessUpdate)
  return encoding.toUint8Array(encoder)
}

/** WebSocket close codes the server uses; documented in README.md. */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  malformed: 1007,
  policy: 1008,
  tooBig: 1009,
  internalError: 1011,
  serviceRestart: 1012,
  tryAgainLater: 1013,
  // 4000–4999 are for applications. They mirror the HTTP statuses a client would know them by.
  /** The role's invites were revoked while connected; the token no longer works. */
  inviteRevoked: 4401,
  /** A read-only role (panel, viewer) sent a document change. */
  readOnly: 4403,
  /** More messages per second than the server allows one connection. */
  rateLimited: 4429,
} as const

/**
 * True when a (validated) update changes nothing: no structs and an empty delete set. y-websocket
 * answers the server's sync step 1 with such an update even when the client has nothing to add, so
 * read-only clients must be allowed to send it.
 */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update)
  return structs.length === 0 && ds.clients.size === 0
}
