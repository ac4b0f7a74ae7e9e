import { ByteReader } from './readUpdate'
import { UpdateFormatError } from './limits'

/** Reads a state vector (`numClients { client clock }`) strictly: no duplicates, no trailing bytes. */
export function readStateVector(bytes: Uint8Array): Map<number, number> {
  const reader = new ByteReader(bytes)
  const count = reader.varUint()
  if (count * 2 > reader.remaining) throw new UpdateFormatError('malformed', 'more state-vector entries than bytes')
  const vector = new Map<number, number>()
  for (let i = 0; i < count; i++) {
    const client = reader.varUint()
    const clock = reader.varUint()
    if (vector.has(client)) throw new UpdateFormatError('malformed', `client ${client} twice in a state vector`)
    vector.set(client, clock)
  }
  if (reader.remaining > 0) throw new UpdateFormatError('malformed', 'trailing bytes after the state vector')
  return vector
}
