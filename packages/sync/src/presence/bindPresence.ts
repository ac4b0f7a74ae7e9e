import { atom, computed, react } from '@tldraw/state'
import {
  createPresenceStateDerivation,
  InstancePresenceRecordType,
  type TLInstancePresence,
  type TLPresenceUserInfo,
  type TLStore,
} from '@tldraw/tlschema'
import type { Awareness } from 'y-protocols/awareness'
import { presenceMetaOf, type PresenceUserInfo } from './presencePerson'
import { fromWirePresence, toWirePresence } from './presenceWire'

export interface PresenceBinding {
  setUser(user: PresenceUserInfo): void
  dispose(): void
}

/** The awareness field that carries a peer's tldraw presence record (cursor, selection, name, colour). */
export const PRESENCE_FIELD = 'presence'

/**
 * Publishes this person's presence (cursor, selection, viewport, name, colour) over Yjs awareness, at most
 * once per `throttleMs`, and mirrors other people's presence into the store as instance_presence records,
 * which tldraw draws as live cursors and selections.
 */
export function bindPresence(options: {
  store: TLStore
  awareness: Awareness
  user: PresenceUserInfo
  throttleMs?: number
}): PresenceBinding {
  const { store, awareness } = options
  const throttleMs = options.throttleMs ?? 33
  const $user = atom('sammen presence user', options.user)
  const ownId = InstancePresenceRecordType.createId(String(awareness.clientID))
  // tldraw draws `userName` next to the cursor, so it gets the label; the plain name and the agency
  // travel in `meta` for the people list.
  const $tldrawUser = computed<TLPresenceUserInfo>('sammen presence tldraw user', () => {
    const user = $user.get()
    return { id: user.id, name: user.label ?? user.name ?? null, color: user.color ?? null }
  })
  const $basePresence = createPresenceStateDerivation($tldrawUser, ownId)(store)
  const $presence = computed<TLInstancePresence | null>('sammen presence', () => {
    const presence = $basePresence.get()
    return presence && { ...presence, meta: presenceMetaOf($user.get()) }
  })
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastSentAt = 0

  const publish = () => {
    timer = null
    lastSentAt = Date.now()
    const presence = $presence.get()
    awareness.setLocalStateField(PRESENCE_FIELD, presence ? toWirePresence(presence) : null)
  }
  const stopReacting = react('publish sammen presence', () => {
    $presence.get()
    if (timer) return
    timer = setTimeout(publish, Math.max(0, lastSentAt + throttleMs - Date.now()))
  })

  const presenceType = store.schema.types.instance_presence
  const onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const puts: TLInstancePresence[] = []
    const removals: TLInstancePresence['id'][] = []
    const states = awareness.getStates()
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const id = InstancePresenceRecordType.createId(String(clientId))
      // A peer only speaks for itself: the record id is derived from its own client id, never sent.
      const candidate = fromWirePresence(clientId, states.get(clientId)?.[PRESENCE_FIELD])
      if (!candidate) {
        if (store.has(id)) removals.push(id)
        continue
      }
      try {
        puts.push(presenceType.validate(candidate) as TLInstancePresence)
      } catch {
        // A malformed presence from a peer is ignored; its document edits are unaffected.
      }
    }
    for (const clientId of removed) {
      const id = InstancePresenceRecordType.createId(String(clientId))
      if (store.has(id)) removals.push(id)
    }
    if (puts.length === 0 && removals.length === 0) return
    store.mergeRemoteChanges(() => {
      if (removals.length > 0) store.remove(removals)
      if (puts.length > 0) store.put(puts)
    })
  }
  awareness.on('change', onChange)
  // Peers that were already here before we bound.
  onChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] })

  return {
    setUser(user) {
      $user.set(user)
    },
    dispose() {
      stopReacting()
      if (timer) clearTimeout(timer)
      awareness.off('change', onChange)
      awareness.setLocalStateField(PRESENCE_FIELD, null)
      const others = store.query.records('instance_presence').get().map((record) => record.id)
      if (others.length > 0) store.mergeRemoteChanges(() => store.remove(others))
    },
  }
}
