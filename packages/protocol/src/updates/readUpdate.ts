// A strict reader of Yjs updates in the v1 encoding (what y-websocket sends), written against the format Yjs
// itself reads (yjs/src/utils/encoding.js `readClientsStructRefs`, `readDeleteSet`, the content readers in
// yjs/src/structs/*). Yjs' own reader is forgiving where a server must not be: it ignores trailing bytes, keeps
// only the last of two sections for one client, trusts every length, creates root types while it reads and
// decodes JSON values recursively without a depth limit. This one reads everything without touching a
// document, refuses all of that, enforces limits while it reads (so a hostile frame costs at most its own
// length), and remembers where each struct starts so a large update can be applied in slices.
//
// Layout (lib0 varUint unless noted):
//   update      = numClients { numStructs client clock struct* } deleteSet
//   struct      = info:uint8 ( GC: len | Skip: len | Item )
//   Item        = [origin: client clock if info&0x80] [rightOrigin: client clock if info&0x40]
//                 [if neither: parentInfo (1: rootName:string | 0: parentId: client clock) [parentSub:string if info&0x20]]
//                 content (by info&0x1f)
//   deleteSet   = numClients { client numRanges { clock len }* }
import { UpdateFormatError, type UpdateLimits } from './limits'

export interface StructId {
  client: number
  clock: number
}

/** Where an item says its parent is. `inherit`: it has an origin or right origin and lives in their parent. */
export type ParentRef = { kind: 'root'; name: string } | { kind: 'id'; id: StructId } | { kind: 'inherit' }

export type ItemContent =
  | { kind: 'deleted' }
  | { kind: 'any'; values: unknown[] }
  | { kind: 'type'; typeRef: number }
  | { kind: 'json' | 'binary' | 'string' | 'embed' | 'format' | 'doc' }

export interface ParsedItem {
  kind: 'item'
  client: number
  clock: number
  length: number
  origin: StructId | null
  rightOrigin: StructId | null
  parent: ParentRef
  parentSub: string | null
  content: ItemContent
}

export interface ParsedGap {
  /** `gc`: a collected (deleted) range; `skip`: a range this update does not contain. */
  kind: 'gc' | 'skip'
  client: number
  clock: number
  length: number
}

export type ParsedStruct = ParsedItem | ParsedGap

export interface ClientSection {
  client: number
  /** Clock of the first struct. */
  clock: number
  structs: ParsedStruct[]
  /** Byte offset of each struct in the update, and `end` after the last one: used to slice the update. */
  offsets: number[]
  end: number
}

export interface DeleteRange {
  clock: number
  length: number
}

export interface ParsedUpdate {
  sections: ClientSection[]
  /** client → ranges, as sent (Yjs merges overlapping ranges when it applies them). */
  deleteSet: Map<number, DeleteRange[]>
  structCount: number
  deleteRangeCount: number
  byteLength: number
}

export const ContentRef = {
  gc: 0,
  deleted: 1,
  json: 2,
  binary: 3,
  string: 4,
  embed: 5,
  format: 6,
  type: 7,
  any: 8,
  doc: 9,
  skip: 10,
} as const

/** Yjs type refs (ContentType): YArray 0, YMap 1, YText 2, YXmlElement 3, YXmlFragment 4, YXmlHook 5, YXmlText 6. */
export const TypeRef = { array: 0, map: 1, text: 2, xmlElement: 3, xmlFragment: 4, xmlHook: 5, xmlText: 6 } as const

const BIT6 = 0x20
const BIT7 = 0x40
const BIT8 = 0x80
const BITS5 = 0x1f

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** A bounds-checked cursor. lib0's decoder reads past the end of a view into the rest of its buffer. */
export class ByteReader {
  pos = 0
  constructor(readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.pos
  }

  uint8(): number {
    if (this.pos >= this.bytes.length) throw new UpdateFormatError('malformed', 'unexpected end of update')
    return this.bytes[this.pos++]!
  }

  varUint(): number {
    let num = 0
    let mult = 1
    for (;;) {
      const byte = this.uint8()
      num += (byte & 0x7f) * mult
      if (byte < 0x80) return num
      mult *= 128
      if (num > Number.MAX_SAFE_INTEGER) throw new UpdateFormatError('malformed', 'integer out of range')
    }
  }

  varInt(): number {
    const first = this.uint8()
    let num = first & 0x3f
    const sign = (first & 0x40) > 0 ? -1 : 1
    if ((first & 0x80) === 0) return sign * num
    let mult = 64
    for (;;) {
      const byte = this.uint8()
      num += (byte & 0x7f) * mult
      if (byte < 0x80) return sign * num
      mult *= 128
      if (num > Number.MAX_SAFE_INTEGER) throw new UpdateFormatError('malformed', 'integer out of range')
    }
  }

  bytesOf(length: number): Uint8Array {
    if (length > this.remaining) throw new UpdateFormatError('malformed', 'length beyond the end of the update')
    const view = this.bytes.subarray(this.pos, this.pos + length)
    this.pos += length
    return view
  }

  varBytes(): Uint8Array {
    return this.bytesOf(this.varUint())
  }

  varString(): string {
    try {
      return utf8.decode(this.varBytes())
    } catch (error) {
      if (error instanceof UpdateFormatError) throw error
      throw new UpdateFormatError('malformed', 'string is not valid UTF-8')
    }
  }

  skip(length: number): void {
    this.bytesOf(length)
  }
}

/** Reads a whole v1 update; throws UpdateFormatError (`malformed`, `too-large`, `too-deep`). */
export function readUpdate(update: Uint8Array, limits: UpdateLimits): ParsedUpdate {
  const steps = readUpdateSteps(update, limits)
  let step = steps.next()
  while (!step.done) step = steps.next()
  return step.value
}

/** Structs, and bytes, read between two turns of the event loop by `readUpdateInTurns` (a few milliseconds). */
const STRUCTS_PER_TURN = 4_000
/** 64 KiB of new cards are a few thousand field values to read: 256 KiB kept a busy server from its other rooms for 20-40 ms. */
const BYTES_PER_TURN = 64 * 1024

/**
 * The same reading, handing the event loop back every few thousand structs: a server reads a large update without
 * keeping everyone else waiting. `nextTurn` is `setImmediate` on a server.
 */
export async function readUpdateInTurns(update: Uint8Array, limits: UpdateLimits, nextTurn: () => Promise<void>): Promise<ParsedUpdate> {
  const steps = readUpdateSteps(update, limits)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await nextTurn()
  }
}

function* readUpdateSteps(update: Uint8Array, limits: UpdateLimits): Generator<void, ParsedUpdate, void> {
  const reader = new ByteReader(update)
  let sinceTurn = 0
  let turnStart = 0
  const sections: ClientSection[] = []
  const seenClients = new Set<number>()
  let structCount = 0
  const numClients = reader.varUint()
  // Every section needs at least three bytes; a count beyond that is a lie, refused before any allocation.
  if (numClients * 3 > reader.remaining) throw new UpdateFormatError('malformed', 'more client sections than bytes')
  for (let c = 0; c < numClients; c++) {
    const numStructs = reader.varUint()
    const client = reader.varUint()
    let clock = reader.varUint()
    if (seenClients.has(client)) throw new UpdateFormatError('malformed', `two sections for client ${client}`)
    seenClients.add(client)
    if (numStructs === 0) throw new UpdateFormatError('malformed', 'empty client section')
    structCount += numStructs
    if (structCount > limits.maxStructs) {
      throw new UpdateFormatError('too-large', `more than ${limits.maxStructs} structs in one update`)
    }
    if (numStructs * 2 > reader.remaining) throw new UpdateFormatError('malformed', 'more structs than bytes')
    const section: ClientSection = { client, clock, structs: [], offsets: [], end: 0 }
    for (let s = 0; s < numStructs; s++) {
      section.offsets.push(reader.pos)
      const struct = readStruct(reader, client, clock, limits)
      section.structs.push(struct)
      clock += struct.length
      if (clock > Number.MAX_SAFE_INTEGER) throw new UpdateFormatError('malformed', 'clock out of range')
      // Structs of a record hold many values: the bytes read count as well as the structs.
      if (++sinceTurn === STRUCTS_PER_TURN || reader.pos - turnStart >= BYTES_PER_TURN) {
        sinceTurn = 0
        turnStart = reader.pos
        yield
      }
    }
    section.end = reader.pos
    sections.push(section)
  }
  const { deleteSet, deleteRangeCount } = readDeleteSet(reader, limits)
  if (reader.remaining > 0) throw new UpdateFormatError('malformed', 'trailing bytes after the update')
  return { sections, deleteSet, structCount, deleteRangeCount, byteLength: update.byteLength }
}

function readStruct(reader: ByteReader, client: number, clock: number, limits: UpdateLimits): ParsedStruct {
  const info = reader.uint8()
  const ref = info & BITS5
  if (ref === ContentRef.gc || ref === ContentRef.skip) {
    const length = reader.varUint()
    if (length === 0) throw new UpdateFormatError('malformed', 'empty range')
    return { kind: ref === ContentRef.gc ? 'gc' : 'skip', client, clock, length }
  }
  const origin = (info & BIT8) === BIT8 ? readId(reader) : null
  const rightOrigin = (info & BIT7) === BIT7 ? readId(reader) : null
  let parent: ParentRef = { kind: 'inherit' }
  let parentSub: string | null = null
  if ((info & (BIT7 | BIT8)) === 0) {
    const parentInfo = reader.varUint()
    parent = parentInfo === 1 ? { kind: 'root', name: reader.varString() } : { kind: 'id', id: readId(reader) }
    if ((info & BIT6) === BIT6) parentSub = reader.varString()
  }
  const { content, length } = readContent(reader, ref, limits)
  if (length === 0) throw new UpdateFormatError('malformed', 'empty item')
  return { kind: 'item', client, clock, length, origin, rightOrigin, parent, parentSub, content }
}

function readId(reader: ByteReader): StructId {
  const client = reader.varUint()
  const clock = reader.varUint()
  return { client, clock }
}

function readContent(reader: ByteReader, ref: number, limits: UpdateLimits): { content: ItemContent; length: number } {
  switch (ref) {
    case ContentRef.deleted:
      return { content: { kind: 'deleted' }, length: reader.varUint() }
    case ContentRef.json: {
      const count = readCount(reader)
      for (let i = 0; i < count; i++) reader.varString()
      return { content: { kind: 'json' }, length: count }
    }
    case ContentRef.binary:
      reader.varBytes()
      return { content: { kind: 'binary' }, length: 1 }
    case ContentRef.string: {
      // Yjs counts a string's length in UTF-16 code units.
      return { content: { kind: 'string' }, length: reader.varString().length }
    }
    case ContentRef.embed:
      reader.varString()
      return { content: { kind: 'embed' }, length: 1 }
    case ContentRef.format:
      reader.varString()
      reader.varString()
      return { content: { kind: 'format' }, length: 1 }
    case ContentRef.type: {
      const typeRef = reader.varUint()
      if (typeRef > TypeRef.xmlText) throw new UpdateFormatError('malformed', `unknown type ref ${typeRef}`)
      if (typeRef === TypeRef.xmlElement || typeRef === TypeRef.xmlHook) reader.varString()
      return { content: { kind: 'type', typeRef }, length: 1 }
    }
    case ContentRef.any: {
      const count = readCount(reader)
      const values: unknown[] = []
      for (let i = 0; i < count; i++) values.push(readAny(reader, limits.maxDepth, 1))
      return { content: { kind: 'any', values }, length: count }
    }
    case ContentRef.doc:
      reader.varString()
      readAny(reader, limits.maxDepth, 1)
      return { content: { kind: 'doc' }, length: 1 }
    default:
      throw new UpdateFormatError('malformed', `unknown content ref ${ref}`)
  }
}

/** A count of following elements, each at least one byte long. */
function readCount(reader: ByteReader): number {
  const count = reader.varUint()
  if (count > reader.remaining) throw new UpdateFormatError('malformed', 'more elements than bytes')
  return count
}

/**
 * lib0's `readAny`, with a depth limit: recursion never goes deeper than `maxDepth`, so a hostile value cannot
 * overflow the stack here or later, when the document is encoded again. Objects are made without a
 * prototype-changing `__proto__` key (refused).
 */
export function readAny(reader: ByteReader, maxDepth: number, depth: number): unknown {
  const tag = reader.uint8()
  switch (tag) {
    case 127:
      return undefined
    case 126:
      return null
    case 125:
      return reader.varInt()
    case 124:
      return new DataView(copy(reader.bytesOf(4))).getFloat32(0, false)
    case 123:
      return new DataView(copy(reader.bytesOf(8))).getFloat64(0, false)
    case 122:
      return new DataView(copy(reader.bytesOf(8))).getBigInt64(0, false)
    case 121:
      return false
    case 120:
      return true
    case 119:
      return reader.varString()
    case 118: {
      if (depth >= maxDepth) throw new UpdateFormatError('too-deep', `a value is nested deeper than ${maxDepth} levels`)
      const count = readCount(reader)
      const object: Record<string, unknown> = {}
      for (let i = 0; i < count; i++) {
        const key = reader.varString()
        if (key === '__proto__') throw new UpdateFormatError('malformed', 'a value has a "__proto__" key')
        object[key] = readAny(reader, maxDepth, depth + 1)
      }
      return object
    }
    case 117: {
      if (depth >= maxDepth) throw new UpdateFormatError('too-deep', `a value is nested deeper than ${maxDepth} levels`)
      const count = readCount(reader)
      const array: unknown[] = []
      for (let i = 0; i < count; i++) array.push(readAny(reader, maxDepth, depth + 1))
      return array
    }
    case 116:
      return copy(reader.varBytes())
    default:
      throw new UpdateFormatError('malformed', `unknown value type ${tag}`)
  }
}

function copy(view: Uint8Array): ArrayBuffer {
  return view.slice().buffer
}

function readDeleteSet(reader: ByteReader, limits: UpdateLimits): { deleteSet: Map<number, DeleteRange[]>; deleteRangeCount: number } {
  const deleteSet = new Map<number, DeleteRange[]>()
  let deleteRangeCount = 0
  const numClients = reader.varUint()
  if (numClients * 2 > reader.remaining) throw new UpdateFormatError('malformed', 'more delete-set clients than bytes')
  for (let c = 0; c < numClients; c++) {
    const client = reader.varUint()
    const numRanges = reader.varUint()
    deleteRangeCount += numRanges
    if (deleteRangeCount > limits.maxDeleteRanges) {
      throw new UpdateFormatError('too-large', `more than ${limits.maxDeleteRanges} deleted ranges in one update`)
    }
    if (numRanges * 2 > reader.remaining) throw new UpdateFormatError('malformed', 'more deleted ranges than bytes')
    if (numRanges === 0) continue
    const ranges = deleteSet.get(client) ?? []
    deleteSet.set(client, ranges)
    for (let r = 0; r < numRanges; r++) {
      const clock = reader.varUint()
      const length = reader.varUint()
      if (length === 0) continue
      if (clock + length > Number.MAX_SAFE_INTEGER) throw new UpdateFormatError('malformed', 'deleted range out of range')
      ranges.push({ clock, length })
    }
  }
  return { deleteSet, deleteRangeCount }
}

/** True when the update changes nothing: no structs and no deleted ranges. */
export function isEmptyUpdate(parsed: ParsedUpdate): boolean {
  return parsed.structCount === 0 && [...parsed.deleteSet.values()].every((ranges) => ranges.length === 0)
}
