import { InstancePresenceRecordType, type TLInstancePresence } from '@tldraw/tlschema'

/**
 * Presence goes out ~30 times a second while someone moves, and awareness always sends the whole state, so
 * it is sent compact: without the id and type name (the receiver derives them from the sender's client id),
 * without fields that hold their default, and with coordinates rounded to 1/100 of a pixel.
 */
export type WirePresence = Partial<Omit<TLInstancePresence, 'id' | 'typeName'>>

const DEFAULTS = InstancePresenceRecordType.create({
  id: InstancePresenceRecordType.createId('defaults'),
  currentPageId: 'page:defaults' as TLInstancePresence['currentPageId'],
  userId: '',
  userName: '',
})

const roundNumbers = (value: unknown): unknown => {
  if (typeof value === 'number') return Math.round(value * 100) / 100
  if (Array.isArray(value)) return value.map(roundNumbers)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, roundNumbers(inner)]))
  }
  return value
}

function isDefault(key: keyof TLInstancePresence, value: unknown): boolean {
  return JSON.stringify(DEFAULTS[key]) === JSON.stringify(value)
}

export function toWirePresence(presence: TLInstancePresence): WirePresence {
  const wire: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(presence) as [keyof TLInstancePresence, unknown][]) {
    if (key === 'id' || key === 'typeName' || key === 'lastActivityTimestamp' || isDefault(key, value)) continue
    wire[key] = key === 'cursor' || key === 'camera' || key === 'screenBounds' ? roundNumbers(value) : value
  }
  // Seconds are precise enough to tell who is idle, and change far less often than milliseconds.
  if (presence.lastActivityTimestamp !== null) wire.lastActivityTimestamp = Math.floor(presence.lastActivityTimestamp / 1000) * 1000
  return wire as WirePresence
}

/** Rebuilds a full presence record for `clientId`; the caller validates it. */
export function fromWirePresence(clientId: number, wire: unknown): TLInstancePresence | null {
  if (!wire || typeof wire !== 'object' || Array.isArray(wire)) return null
  const { id: _id, typeName: _typeName, ...fields } = wire as Record<string, unknown>
  return {
    ...DEFAULTS,
    ...fields,
    id: InstancePresenceRecordType.createId(String(clientId)),
    typeName: 'instance_presence',
  } as TLInstancePresence
}
