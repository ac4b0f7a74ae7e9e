import type { TLInstancePresence, TLPresenceUserInfo } from '@tldraw/tlschema'

/** The person this browser takes part as, as the app hands them to the room. */
export interface PresenceUser {
  id: string
  name: string
  color: string
  /** The agency the person takes part for (journey-model agency id); null for a citizen / user panel. */
  agencyId?: string | null
  /** What others' cursors show, e.g. "Kari (NAV)"; defaults to `name`. */
  label?: string
}

/** tldraw's presence user, optionally with Sammen's agency and cursor label (see PresenceUser). */
export type PresenceUserInfo = TLPresenceUserInfo & Pick<PresenceUser, 'agencyId' | 'label'>

/** Who a presence record belongs to, as the people list shows them. */
export interface PresencePerson {
  id: string
  name: string
  color: string
  /** The agency the person takes part for; null for citizens and for people who did not say. */
  agencyId: string | null
  /** Takes part as a citizen / user panel member. */
  citizen: boolean
}

// A type alias, not an interface: tldraw's meta must be a JsonObject (index signature).
export type PresenceMeta = {
  name?: string
  agencyId?: string
  citizen?: true
}

const MAX_META_TEXT = 100

/**
 * The presence meta Sammen sends: the plain name when the cursor label differs from it, and the agency
 * (or that the person is a citizen).
 * Empty for a plain tldraw user, so the compact wire format leaves it out (it equals the default `{}`).
 */
export function presenceMetaOf(user: PresenceUserInfo): PresenceMeta {
  const meta: PresenceMeta = {}
  if (user.label !== undefined && user.label !== user.name && typeof user.name === 'string') meta.name = user.name
  if (typeof user.agencyId === 'string' && user.agencyId) meta.agencyId = user.agencyId
  if (user.agencyId === null) meta.citizen = true
  return meta
}

const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_META_TEXT ? value : null

/** Reads a peer's person from its presence record; a peer's meta is untrusted, so only short strings count. */
export function presencePerson(presence: TLInstancePresence): PresencePerson {
  const meta = (presence.meta ?? {}) as Record<string, unknown>
  return {
    id: presence.userId,
    name: textOrNull(meta.name) ?? presence.userName,
    color: presence.color,
    agencyId: textOrNull(meta.agencyId),
    citizen: meta.citizen === true,
  }
}
