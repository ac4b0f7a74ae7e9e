// Yjs updates (v1) and awareness updates written byte by byte, the way a hostile client would: structs a real
// Y.Doc never produces (GC ranges over someone else's clocks, skips, items ahead of their predecessors, content
// types Sammen does not use, values nested thousands deep), and frames around them.
import * as encoding from 'lib0/encoding'

export interface Id {
  client: number
  clock: number
}

export type Content =
  | { kind: 'any'; values: unknown[] }
  | { kind: 'deleted'; length: number }
  | { kind: 'string'; text: string }
  | { kind: 'binary'; bytes: Uint8Array }
  | { kind: 'type'; typeRef: number }
  | { kind: 'doc'; guid: string }
  /** Raw bytes after the info byte: a content the builder does not model (deep values, bogus refs). */
  | { kind: 'raw'; ref: number; bytes: Uint8Array; length: number }

export type Struct =
  | { kind: 'gc' | 'skip'; length: number }
  | { kind: 'item'; origin?: Id; rightOrigin?: Id; parent?: { root: string } | { id: Id }; parentSub?: string; content: Content }

export interface Section {
  client: number
  clock: number
  structs: Struct[]
}

const CONTENT_REF = { deleted: 1, binary: 3, string: 4, type: 7, any: 8, doc: 9 } as const

export function encodeUpdate(sections: Section[], deleteSet: Array<{ client: number; clock: number; length: number }> = []): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, sections.length)
  for (const section of sections) {
    encoding.writeVarUint(encoder, section.structs.length)
    encoding.writeVarUint(encoder, section.client)
    encoding.writeVarUint(encoder, section.clock)
    for (const struct of section.structs) writeStruct(encoder, struct)
  }
  const byClient = new Map<number, Array<{ clock: number; length: number }>>()
  for (const range of deleteSet) byClient.set(range.client, [...(byClient.get(range.client) ?? []), range])
  encoding.writeVarUint(encoder, byClient.size)
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, ranges.length)
    for (const range of ranges) {
      encoding.writeVarUint(encoder, range.clock)
      encoding.writeVarUint(encoder, range.length)
    }
  }
  return encoding.toUint8Array(encoder)
}

function writeStruct(encoder: encoding.Encoder, struct: Struct): void {
  if (struct.kind !== 'item') {
    encoding.writeUint8(encoder, struct.kind === 'gc' ? 0 : 10)
    encoding.writeVarUint(encoder, struct.length)
    return
  }
  const ref = struct.content.kind === 'raw' ? struct.content.ref : CONTENT_REF[struct.content.kind]
  const hasParentInfo = !struct.origin && !struct.rightOrigin
  const info = ref | (struct.origin ? 0x80 : 0) | (struct.rightOrigin ? 0x40 : 0) | (hasParentInfo && struct.parentSub !== undefined ? 0x20 : 0)
  encoding.writeUint8(encoder, info)
  if (struct.origin) writeId(encoder, struct.origin)
  if (struct.rightOrigin) writeId(encoder, struct.rightOrigin)
  if (hasParentInfo) {
    const parent = struct.parent ?? { root: 'records' }
    if ('root' in parent) {
      encoding.writeVarUint(encoder, 1)
      encoding.writeVarString(encoder, parent.root)
    } else {
      encoding.writeVarUint(encoder, 0)
      writeId(encoder, parent.id)
    }
    if (struct.parentSub !== undefined) encoding.writeVarString(encoder, struct.parentSub)
  }
  const content = struct.content
  switch (content.kind) {
    case 'any':
      encoding.writeVarUint(encoder, content.values.length)
      for (const value of content.values) encoding.writeAny(encoder, value as never)
      return
    case 'deleted':
      encoding.writeVarUint(encoder, content.length)
      return
    case 'string':
      encoding.writeVarString(encoder, content.text)
      return
    case 'binary':
      encoding.writeVarUint8Array(encoder, content.bytes)
      return
    case 'type':
      encoding.writeVarUint(encoder, content.typeRef)
      return
    case 'doc':
      encoding.writeVarString(encoder, content.guid)
      encoding.writeAny(encoder, {})
      return
    case 'raw':
      encoding.writeUint8Array(encoder, content.bytes)
  }
}

function writeId(encoder: encoding.Encoder, id: Id): void {
  encoding.writeVarUint(encoder, id.client)
  encoding.writeVarUint(encoder, id.clock)
}

/** The clock length an item of `content` takes. */
export function contentLength(content: Content): number {
  switch (content.kind) {
    case 'any':
      return content.values.length
    case 'deleted':
      return content.length
    case 'string':
      return content.text.length
    case 'raw':
      return content.length
    default:
      return 1
  }
}

/** A ContentAny value nested `depth` arrays deep, as raw bytes (lib0 would overflow the stack writing it). */
export function deepAnyBytes(depth: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  for (let i = 0; i < depth; i++) {
    encoding.writeUint8(encoder, 117)
    encoding.writeVarUint(encoder, 1)
  }
  encoding.writeUint8(encoder, 126)
  return encoding.toUint8Array(encoder)
}

export function encodeAwareness(entries: Array<{ clientId: number; clock: number; state: unknown }>): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, JSON.stringify(entry.state))
  }
  return encoding.toUint8Array(encoder)
}

/** Frames: `[0,2,update]`, `[0,1,update]`, `[0,0,stateVector]`, `[1,awareness]`. */
export function frame(kind: 'update' | 'step2' | 'step1' | 'awareness', payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  if (kind === 'awareness') encoding.writeVarUint(encoder, 1)
  else {
    encoding.writeVarUint(encoder, 0)
    encoding.writeVarUint(encoder, kind === 'step1' ? 0 : kind === 'step2' ? 1 : 2)
  }
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}
