// Presence (y-protocols awareness) bound to the participant: a connection sets or removes presence only under
// Yjs client ids its participant holds (owners.ts), so nobody can show the facilitator as someone else, move the
// camera that "follow me" follows, or make someone vanish. A client id nobody holds yet is claimed by the first
// participant to show presence under it, before anyone else learns the id.
//
// Entries under other participants' ids are dropped, not refused: a stock y-websocket client echoes every
// presence change it applies, others' included (and sends `null` for others whose presence timed out on its
// side), so an honest client sends them all the time. Dropping them is what makes them harmless.
import * as encoding from 'lib0/encoding'
import { CloseCode, CloseReason, type AwarenessEntry } from '@sammen/protocol'
import type { ClientOwners, OwnerId } from './owners'
import { mayShowPresence } from './rules'
import type { Role } from '@sammen/protocol'

/** An honest client shows one presence per document; a few more cover a client that changed its id. */
export const MAX_PRESENCE_IDS_PER_CONNECTION = 4

export type PresenceVerdict =
  /** `own`: entries this participant may set (some still `unclaimed`); everything else is dropped. */
  | { ok: true; own: AwarenessEntry[]; unclaimed: number[] }
  | { ok: false; code: number; reason: string; detail: string }

export function checkPresence(entries: readonly AwarenessEntry[], role: Role, owner: OwnerId, owners: ClientOwners, shownBefore: ReadonlySet<number>): PresenceVerdict {
  if (!mayShowPresence(role)) return { ok: false, code: CloseCode.forbidden, reason: CloseReason.notYourPresence, detail: `${role} may not show presence` }
  const own: AwarenessEntry[] = []
  const unclaimed: number[] = []
  const shown = new Set(shownBefore)
  for (const entry of entries) {
    const holder = owners.ownerOf(entry.clientId)
    if (holder !== undefined && holder !== owner) continue
    if (holder === undefined) unclaimed.push(entry.clientId)
    own.push(entry)
    if (entry.state !== null) shown.add(entry.clientId)
  }
  if (shown.size > MAX_PRESENCE_IDS_PER_CONNECTION) {
    return { ok: false, code: CloseCode.tooLarge, reason: CloseReason.tooLarge, detail: `more than ${MAX_PRESENCE_IDS_PER_CONNECTION} presences from one connection` }
  }
  return { ok: true, own, unclaimed }
}

/** Encodes checked entries back into a y-protocols awareness update. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, JSON.stringify(entry.state))
  }
  return encoding.toUint8Array(encoder)
}
