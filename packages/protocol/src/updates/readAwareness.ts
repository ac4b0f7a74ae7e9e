import { ByteReader } from './readUpdate'
import { UpdateFormatError } from './limits'

/**
 * One entry of a y-protocols awareness update: a client id's presence state (`null` = gone) with its clock.
 * Layout: `numEntries { clientId clock stateJson:string }`.
 */
export interface AwarenessEntry {
  clientId: number
  clock: number
  /** The parsed state; null removes the client's presence. */
  state: unknown
}

export interface AwarenessLimits {
  /** Entries in one awareness update. An honest client sends one: its own. */
  maxEntries: number
  /** UTF-8 bytes of one entry's JSON. Sammen's presence is a few hundred bytes. */
  maxStateBytes: number
  /** Nesting of objects and arrays in one state. */
  maxDepth: number
}

export const DEFAULT_AWARENESS_LIMITS: AwarenessLimits = { maxEntries: 16, maxStateBytes: 16 * 1024, maxDepth: 16 }

/** Reads an awareness update strictly (no trailing bytes, every state valid JSON within the limits). */
export function readAwarenessUpdate(update: Uint8Array, limits: AwarenessLimits = DEFAULT_AWARENESS_LIMITS): AwarenessEntry[] {
  const reader = new ByteReader(update)
  const count = reader.varUint()
  if (count > limits.maxEntries) throw new UpdateFormatError('too-large', `more than ${limits.maxEntries} presence entries`)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = reader.varUint()
    const clock = reader.varUint()
    const length = reader.varUint()
    if (length > limits.maxStateBytes) throw new UpdateFormatError('too-large', `a presence state over ${limits.maxStateBytes} bytes`)
    reader.pos -= varUintLength(length)
    const json = reader.varString()
    let state: unknown
    try {
      state = JSON.parse(json)
    } catch {
      throw new UpdateFormatError('malformed', 'presence state is not JSON')
    }
    if (depthOf(state) > limits.maxDepth) throw new UpdateFormatError('too-deep', `a presence state nested deeper than ${limits.maxDepth}`)
    entries.push({ clientId, clock, state })
  }
  if (reader.remaining > 0) throw new UpdateFormatError('malformed', 'trailing bytes after the awareness update')
  return entries
}

function varUintLength(value: number): number {
  let length = 1
  while (value >= 0x80) {
    value = Math.floor(value / 128)
    length++
  }
  return length
}

/** Nesting depth of a parsed JSON value, without recursion (JSON.parse accepts any depth). */
export function depthOf(value: unknown): number {
  let max = 0
  const stack: Array<[unknown, number]> = [[value, 1]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (typeof current !== 'object' || current === null) continue
    max = Math.max(max, depth)
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1])
  }
  return max
}
