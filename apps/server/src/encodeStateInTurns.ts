// A large document's state, encoded a few hundred kilobytes at a time with a turn of the event loop in between, so
// answering a newcomer's state vector or compacting a huge board never keeps the other rooms waiting for long.
// Yjs encodes a whole state in one synchronous call (a 7 MB board: ~150 ms on a quiet 2-core machine, and ~0.5 s
// on a busy one, for every room on the server). The result is one update, as Yjs would write it: the same bytes
// when the document does not change meanwhile, and otherwise a state that holds at least everything the document
// held when the encoding started (see encodeStateInTurns).
//
// v1 updates encode every struct on its own (a section is a count, a client, a start clock, then the structs), so
// sections can be written piece by piece and put together at the end; `Item.write(encoder, offset)` is the method
// Yjs' own encoder calls.
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/** Bytes of structs encoded between two turns: a few milliseconds of work. */
export const BYTES_PER_TURN = 256 * 1024
/** Below this many structs to write, the whole state is encoded at once by Yjs (a board of a few hundred cards). */
export const STRUCTS_AT_ONCE = 4_000

interface ClientRange {
  client: number
  /** First clock to write (the target's clock, or the first struct's). */
  from: number
  /** The client's clock when the encoding started: everything below it is written. */
  to: number
}

/**
 * What a peer at `targetStateVector` lacks (the whole state for an empty vector), as one v1 update, equivalent to
 * `Y.encodeStateAsUpdate(doc, targetStateVector)` at the moment of the call. Large states are encoded in turns
 * (`nextTurn` between them); the document may change meanwhile (other updates applied, items deleted, split or
 * merged), and the result then also holds some of what came after: each struct is written as it is when its turn
 * comes, continuing exactly where the previous turn stopped, and the delete set is taken at the end, so it covers
 * every deletion of what was written. `stopped()` is asked after every turn: true ends the encoding with null (the
 * room closed).
 */
export async function encodeStateInTurns(
  doc: Y.Doc,
  targetStateVector: Uint8Array,
  nextTurn: () => Promise<void>,
  stopped: () => boolean = () => false,
  bytesPerTurn = BYTES_PER_TURN,
): Promise<Uint8Array | null> {
  const { store } = doc
  const plan = planRanges(store, Y.decodeStateVector(targetStateVector))
  // Small states, and the rare document Yjs holds pending content for (it merges that in), are Yjs' own business.
  if (countStructs(store, plan) < STRUCTS_AT_ONCE || store.pendingStructs || store.pendingDs) return Y.encodeStateAsUpdate(doc, targetStateVector)
  const sections: Uint8Array[] = []
  let sinceTurn = 0
  for (const { client, from, to } of plan) {
    const body = new Y.UpdateEncoderV1()
    let count = 0
    let clock = from
    while (clock < to) {
      const structs = store.clients.get(client)!
      // Found again after every turn: structs may have been split, merged or collected meanwhile.
      for (let index = Y.findIndexSS(structs, clock); index < structs.length && clock < to; index++) {
        const struct = structs[index]!
        const before = encoding.length(body.restEncoder)
        struct.write(body, clock - struct.id.clock)
        sinceTurn += encoding.length(body.restEncoder) - before
        count++
        clock = struct.id.clock + struct.length
        if (sinceTurn >= bytesPerTurn) break
      }
      if (sinceTurn >= bytesPerTurn) {
        sinceTurn = 0
        await nextTurn()
        if (stopped()) return null
      }
    }
    sections.push(section(count, client, from, body.toUint8Array()))
  }
  // Pending content that arrived meanwhile (from another instance) is merged in by Yjs: rare enough to encode at once.
  if (store.pendingStructs || store.pendingDs) return Y.encodeStateAsUpdate(doc, targetStateVector)
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, sections.length)
  for (const bytes of sections) encoding.writeUint8Array(update, bytes)
  writeDeleteSet(update, Y.createDeleteSetFromStructStore(store))
  return encoding.toUint8Array(update)
}

/** A v1 delete set, as Yjs writes it: per client (higher ids first) its deleted ranges as clock and length. */
function writeDeleteSet(encoder: encoding.Encoder, deleteSet: ReturnType<typeof Y.createDeleteSetFromStructStore>): void {
  const clients = [...deleteSet.clients].sort((a, b) => b[0] - a[0])
  encoding.writeVarUint(encoder, clients.length)
  for (const [client, ranges] of clients) {
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, ranges.length)
    for (const range of ranges) {
      encoding.writeVarUint(encoder, range.clock)
      encoding.writeVarUint(encoder, range.len)
    }
  }
}

/** Which clocks of which clients to write, chosen as Yjs' encoder chooses them (higher client ids first). */
function planRanges(store: Y.Doc['store'], target: Map<number, number>): ClientRange[] {
  const plan: ClientRange[] = []
  for (const [client, structs] of store.clients) {
    const to = Y.getState(store, client)
    const known = target.get(client) ?? 0
    if (structs.length === 0 || to <= known) continue
    plan.push({ client, from: Math.max(known, structs[0]!.id.clock), to })
  }
  return plan.sort((a, b) => b.client - a.client)
}

function countStructs(store: Y.Doc['store'], plan: readonly ClientRange[]): number {
  let count = 0
  for (const { client, from } of plan) {
    const structs = store.clients.get(client)!
    count += structs.length - Y.findIndexSS(structs, from)
  }
  return count
}

/** A section of a v1 update: how many structs, whose, from which clock, then the structs. */
function section(count: number, client: number, clock: number, structs: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, count)
  encoding.writeVarUint(encoder, client)
  encoding.writeVarUint(encoder, clock)
  encoding.writeUint8Array(encoder, structs)
  return encoding.toUint8Array(encoder)
}
