// The y-websocket framing, decoded strictly. Every frame is parsed completely, its Yjs payload read by the strict
// reader (updates/readUpdate.ts), before anything touches a document. Layout (lib0 varUint / varUint8Array):
//   [0=sync][0=step1][varUint8Array stateVector]
//   [0=sync][1=step2][varUint8Array update]
//   [0=sync][2=update][varUint8Array update]
//   [1=awareness][varUint8Array awarenessUpdate]
//   [3=queryAwareness]
import * as encoding from 'lib0/encoding'
import { readAwarenessUpdate, type AwarenessEntry, type AwarenessLimits, DEFAULT_AWARENESS_LIMITS } from './updates/readAwareness'
import { ByteReader, readUpdate, readUpdateInTurns, type ParsedUpdate } from './updates/readUpdate'
import { readStateVector } from './updates/stateVector'
import { DEFAULT_UPDATE_LIMITS, UpdateFormatError, type UpdateLimits } from './updates/limits'

export const MessageType = {
  sync: 0,
  awareness: 1,
  /** Server to client only (y-websocket's permission-denied message); refused from clients. */
  auth: 2,
  queryAwareness: 3,
} as const

export const SyncMessageType = {
  step1: 0,
  step2: 1,
  update: 2,
} as const

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array; vector: Map<number, number> }
  | { kind: 'syncStep2'; update: Uint8Array; parsed: ParsedUpdate }
  | { kind: 'update'; update: Uint8Array; parsed: ParsedUpdate }
  | { kind: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { kind: 'queryAwareness' }

export type ClientMessageKind = ClientMessage['kind']

export function isDocumentChange(message: ClientMessage): message is Extract<ClientMessage, { kind: 'syncStep2' | 'update' }> {
  return message.kind === 'syncStep2' || message.kind === 'update'
}

export interface FrameLimits {
  update: UpdateLimits
  awareness: AwarenessLimits
}

export const DEFAULT_FRAME_LIMITS: FrameLimits = { update: DEFAULT_UPDATE_LIMITS, awareness: DEFAULT_AWARENESS_LIMITS }

/** Decodes one frame from a client; throws UpdateFormatError for anything the server cannot accept. */
export function decodeClientFrame(frame: Uint8Array, limits: FrameLimits = DEFAULT_FRAME_LIMITS): ClientMessage {
  const reader = new ByteReader(frame)
  const type = reader.varUint()
  let message: ClientMessage
  switch (type) {
    case MessageType.sync: {
      const syncType = reader.varUint()
      const payload = reader.varBytes()
      switch (syncType) {
        case SyncMessageType.step1:
          message = { kind: 'syncStep1', stateVector: payload, vector: readStateVector(payload) }
          break
        case SyncMessageType.step2:
          message = { kind: 'syncStep2', update: payload, parsed: readUpdate(payload, limits.update) }
          break
        case SyncMessageType.update:
          message = { kind: 'update', update: payload, parsed: readUpdate(payload, limits.update) }
          break
        default:
          throw new UpdateFormatError('malformed', `unknown sync message type ${syncType}`)
      }
      break
    }
    case MessageType.awareness: {
      const update = reader.varBytes()
      message = { kind: 'awareness', update, entries: readAwarenessUpdate(update, limits.awareness) }
      break
    }
    case MessageType.queryAwareness:
      message = { kind: 'queryAwareness' }
      break
    default:
      // Includes `auth`: only a server sends that, so a client sending it is confused.
      throw new UpdateFormatError('malformed', `unknown message type ${type}`)
  }
  // Trailing bytes mean the peer speaks something else; accepting them would hide bugs.
  if (reader.remaining > 0) throw new UpdateFormatError('malformed', 'trailing bytes after the message')
  return message
}

/**
 * `decodeClientFrame` for frames of any size on a server: an update is read in turns (`nextTurn`, e.g. setImmediate),
 * so a large one does not keep other rooms waiting while it is read.
 */
export async function decodeClientFrameInTurns(frame: Uint8Array, limits: FrameLimits, nextTurn: () => Promise<void>): Promise<ClientMessage> {
  const reader = new ByteReader(frame)
  if (reader.varUint() !== MessageType.sync) return decodeClientFrame(frame, limits)
  const syncType = reader.varUint()
  if (syncType !== SyncMessageType.step2 && syncType !== SyncMessageType.update) return decodeClientFrame(frame, limits)
  const update = reader.varBytes()
  if (reader.remaining > 0) throw new UpdateFormatError('malformed', 'trailing bytes after the message')
  const parsed = await readUpdateInTurns(update, limits.update, nextTurn)
  return { kind: syncType === SyncMessageType.step2 ? 'syncStep2' : 'update', update, parsed }
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncMessageType.step1, stateVector)
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(SyncMessageType.step2, update)
}

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  return encodeSync(SyncMessageType.update, update)
}

function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, awarenessUpdate)
  return encoding.toUint8Array(encoder)
}

export function encodeQueryAwareness(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.queryAwareness)
  return encoding.toUint8Array(encoder)
}
