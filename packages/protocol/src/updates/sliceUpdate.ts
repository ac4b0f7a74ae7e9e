import * as encoding from 'lib0/encoding'
import type { ParsedUpdate } from './readUpdate'

/**
 * Splits a parsed v1 update into updates of at most `maxStructs` structs and about `maxBytes` bytes each (a struct
 * larger than that is a slice of its own), in the order the structs were sent;
 * the delete set goes into the last one. Applied one after the other they have the same effect as the whole
 * update (Yjs holds a slice whose dependencies come in a later slice until they arrive, and the whole update was
 * checked to be complete), but each is a short piece of work, so other rooms are served in between.
 *
 * v1 structs are encoded independently of each other, so a slice is a new section header (count, client, clock of
 * its first struct) followed by the original bytes of its structs.
 */
export function sliceUpdate(update: Uint8Array, parsed: ParsedUpdate, maxStructs: number, maxBytes = Number.POSITIVE_INFINITY): Uint8Array[] {
  if (parsed.structCount <= maxStructs && update.byteLength <= maxBytes) return [update]
  type Piece = { client: number; clock: number; count: number; bytes: Uint8Array }
  const slices: Piece[][] = [[]]
  let inSlice = 0
  let sliceBytes = 0
  for (const section of parsed.sections) {
    const offsetOf = (index: number) => (index < section.structs.length ? section.offsets[index]! : section.end)
    let start = 0
    while (start < section.structs.length) {
      if (inSlice === maxStructs || (inSlice > 0 && sliceBytes + offsetOf(start + 1) - offsetOf(start) > maxBytes)) {
        slices.push([])
        inSlice = 0
        sliceBytes = 0
      }
      // As many structs as fit, at least one (a struct is never split).
      let end = start + 1
      while (end < section.structs.length && inSlice + (end - start) < maxStructs && sliceBytes + offsetOf(end + 1) - offsetOf(start) <= maxBytes) end++
      const bytes = update.subarray(offsetOf(start), offsetOf(end))
      slices[slices.length - 1]!.push({ client: section.client, clock: section.structs[start]!.clock, count: end - start, bytes })
      inSlice += end - start
      sliceBytes += bytes.byteLength
      start = end
    }
  }
  const deleteSetBytes = encodeDeleteSet(parsed)
  return slices.map((pieces, index) => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, pieces.length)
    for (const piece of pieces) {
      encoding.writeVarUint(encoder, piece.count)
      encoding.writeVarUint(encoder, piece.client)
      encoding.writeVarUint(encoder, piece.clock)
      encoding.writeUint8Array(encoder, piece.bytes)
    }
    if (index === slices.length - 1) encoding.writeUint8Array(encoder, deleteSetBytes)
    else encoding.writeVarUint(encoder, 0)
    return encoding.toUint8Array(encoder)
  })
}

function encodeDeleteSet(parsed: ParsedUpdate): Uint8Array {
  const encoder = encoding.createEncoder()
  const clients = [...parsed.deleteSet].filter(([, ranges]) => ranges.length > 0)
  encoding.writeVarUint(encoder, clients.length)
  for (const [client, ranges] of clients) {
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, ranges.length)
    for (const range of ranges) {
      encoding.writeVarUint(encoder, range.clock)
      encoding.writeVarUint(encoder, range.length)
    }
  }
  return encoding.toUint8Array(encoder)
}
